/**
 * The words of a compliance check in the current language: a pack's verdict in a year, a criterion's
 * value against its threshold ("renewable share 28 % < 35 %"), and what blocks the years before the
 * plan qualifies. The engine's own messages are English; these are built from the same values with
 * the engine's formatter (engine/data/compliance/format.ts), so both languages show the same numbers.
 */
import { formatMetric, SATISFIED, VIOLATED } from '../../engine/data/compliance/format.ts';
import type { CriterionStatus, Pack, PackVerdict, PackYearStatus } from './api.ts';
import { lang, pick, t, type Key } from './i18n.ts';

type CriterionResult = PackVerdict['criteria'][number];
type CriterionYear = CriterionResult['years'][number];

export const verdictLabel = (s: PackYearStatus): string => t(`certify.status.${s}` as Key);
export const criterionLabel = (s: CriterionStatus): string => t(`certify.crit.${s}` as Key);

export const yearOrNever = (y: number | null): string => (y === null ? t('certify.never') : String(y));

const criterionTitle = (c: Pick<CriterionResult, 'title'>): string => c.title[lang()];

/** "28 % < 35 %": the value, the operator as met or missed, the threshold; the reason when there is no comparison. */
export function valueAgainstThreshold(pack: Pack, c: CriterionResult, y: CriterionYear): string {
  const op = pack.criteria.find((x) => x.id === c.id)?.threshold?.op;
  if (y.status === 'not_applicable') return t('certify.notEts', { year: String(y.year) });
  if (op === undefined) return t('certify.noThreshold');
  if (y.status === 'not_assessable') return t('certify.missing', { what: y.missing.join('; ') });
  if (y.value === null) return t('certify.noResidual');
  const met = y.status === 'pass';
  const value = formatMetric(c.metric, y.value, lang());
  const threshold = formatMetric(c.metric, y.threshold, lang());
  // The accounting standard is in the list but the sector is in the ETS: the list is not the reason.
  if (!met && c.metric === 'accounting_standard' && Array.isArray(y.threshold) && typeof y.value === 'string' && y.threshold.includes(y.value)) {
    return `${value}: ${t('certify.etsStandard')}`;
  }
  const word = op === 'in' || op === 'subset_of' ? t(met ? 'certify.op.in' : 'certify.op.notIn') : (met ? SATISFIED : VIOLATED)[op];
  return `${value} ${word} ${threshold}`;
}

const criterionAt = (v: PackVerdict, id: string, year: number) => {
  const c = v.criteria.find((x) => x.id === id);
  const y = c?.years.find((x) => x.year === year);
  return c === undefined || y === undefined ? null : { c, y };
};

/**
 * What keeps a verdict from qualifying: the prerequisites that fail in the last year that fails
 * (they set the first qualifying year), else what cannot be assessed or is pending in the last year.
 */
export function blockersText(pack: Pack, v: PackVerdict): string {
  const failing = [...v.years].reverse().find((y) => y.status === 'fails');
  if (failing !== undefined) {
    const parts = failing.blockers.map((b) => {
      const at = criterionAt(v, b.criterion, failing.year);
      return at === null ? b.message : `${criterionTitle(at.c)} ${valueAgainstThreshold(pack, at.c, at.y)} (${b.criterion})`;
    });
    return `${failing.year}: ${parts.join('; ')}`;
  }
  const last = v.years.at(-1);
  if (last === undefined || last.pending.length === 0) return t('certify.qualifies');
  const list = last.pending.map((p) => p.criterion).join(', ');
  return last.status === 'undetermined' ? t('certify.undetermined', { list }) : t('certify.pending', { list });
}

/** A pack's name with its grade where the source grades ("… (6★ Type I)"). */
export const packTitle = (pack: Pick<Pack, 'titleEn' | 'titleZh' | 'grade'>): string =>
  `${pick({ nameEn: pack.titleEn, nameZh: pack.titleZh })}${pack.grade === undefined ? '' : ` · ${pack.grade[lang()]}`}`;
