/**
 * How the certify_criteria unit explains itself in a diagnosis: a criterion whose shortfall column
 * is positive at the least-shortfall point cannot be met; a binding certify row names the pack, the
 * criterion and its threshold.
 */
import { formatMetric } from '../data/compliance/format.ts';
import { thresholdFor } from '../data/compliance/pack-schema.ts';
import { packById } from '../data/compliance/packs.ts';
import { componentName, type BindingExplanation, type Component, type UnitExplainer } from './context.ts';

const FIX = 'meet it with more renewable supply or abatement (green power, on-site generation, electrification), or certify against another pack (policy.certify)';

function describe(packId: string, criterionId: string, year: number): string {
  const pack = packById(packId);
  const c = pack?.criteria.find((x) => x.id === criterionId);
  if (pack === undefined || c === undefined || c.threshold === null) return `${criterionId} (${packId}) in ${year}`;
  const t = formatMetric(c.metric, thresholdFor(c.threshold, year), 'en');
  return `${c.titleEn} ${c.threshold.op} ${t} (${criterionId}, ${pack.titleEn}, ${pack.document}) cannot be met in ${year}`;
}

const keysOf = (c: Component): [string, string, number] => [String(c.keys[0]), String(c.keys[1]), Number(c.keys[2])];

export const certifyExplainer: UnitExplainer = {
  row(c): BindingExplanation | null {
    if (c.block !== 'certify' && c.block !== 'certify_use') return null;
    const [pack, criterion, year] = keysOf(c);
    return { family: `certify:${pack}:${criterion}`, message: describe(pack, criterion, year), fix: FIX };
  },
  shortfall(c): BindingExplanation | null {
    const [pack, criterion, year] = keysOf(c);
    return { family: `certify:${pack}:${criterion}`, component: componentName('certify', pack, criterion, year), message: describe(pack, criterion, year), fix: FIX };
  },
};
