/**
 * The certification part of an infeasibility diagnosis: which `policy.certify` criteria cannot be
 * met (their shortfall columns are positive at the least-shortfall point) and how a binding
 * certify row reads, naming the pack, the criterion and the threshold.
 */
import { packById } from '../data/compliance/packs.ts';
import { thresholdFor } from '../data/compliance/pack-schema.ts';
import { formatMetric } from '../compliance/format.ts';
import type { LinearModel } from '../model/linear-model.ts';

const parse = (name: string, block: string): [string, string, number] | null => {
  if (!name.startsWith(`${block}[`)) return null;
  const [pack, criterion, year] = name.slice(block.length + 1, -1).split(',');
  return pack && criterion && year ? [pack, criterion, Number(year)] : null;
};

function describe(packId: string, criterionId: string, year: number): string {
  const pack = packById(packId);
  const c = pack?.criteria.find((x) => x.id === criterionId);
  if (pack === undefined || c === undefined || c.threshold === null) return `${criterionId} (${packId}) in ${year}`;
  const t = formatMetric(c.metric, thresholdFor(c.threshold, year), 'en');
  return `${c.titleEn} ${c.threshold.op} ${t} (${criterionId}, ${pack.titleEn}, ${pack.document}) cannot be met in ${year}`;
}

/** Criteria whose shortfall column is positive, as binding limits. */
export function certifyShortfalls(model: LinearModel, x: Float64Array): Array<{ component: string; message: string }> {
  const out: Array<{ component: string; message: string }> = [];
  model.colNames.forEach((name, j) => {
    const p = parse(name, 'certify_shortfall');
    if (p !== null && x[j]! > 1e-6) out.push({ component: `certify[${p.join(',')}]`, message: describe(...p) });
  });
  return out;
}

/** A binding certify row in words, or null for other rows. */
export function describeCertifyRow(name: string): { family: string; message: string } | null {
  const p = parse(name, 'certify');
  return p === null ? null : { family: `certify:${p[0]}:${p[1]}`, message: describe(...p) };
}
