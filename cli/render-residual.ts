/**
 * Readable lines for what makes a plan defensible: the marginal costs of its target (both sides),
 * its residual rule (降无可降) with the offset-eligible residual and what is left out and why, and
 * the MAC curve's total against the baseline.
 */
import type { FactoryPlan } from '../engine/optimise/types.ts';
import { formatNumber } from './table.ts';

const perT = (x: number) => `${formatNumber(x, 1)} RMB/tCO2`;

const BASIS: Readonly<Record<NonNullable<FactoryPlan['carbonShadowPriceBasis']>, string>> = {
  dual: 'the dual: both one-sided marginal costs equal it',
  relax_saving: 'the saving from relaxing the cap by 1 t; the optimum is degenerate, see both sides below',
  dual_unchecked: 'a dual, not checked by re-solves',
};

export function marginalCostLines(f: FactoryPlan): string[] {
  const lines = [`  carbon shadow price ${f.targetYear}: ${f.carbonShadowPriceRmbPerTco2 === null ? 'n/a' : `${perT(f.carbonShadowPriceRmbPerTco2)} (${BASIS[f.carbonShadowPriceBasis!]})`}`];
  const m = f.marginalCosts;
  if (m === null) return lines;
  const tighten = m.tightenRmbPerTco2 === null ? `impossible — ${m.tightenNote}` : `costs ${perT(m.tightenRmbPerTco2)}${m.tightenNote ? ` (${m.tightenNote})` : ''}`;
  const relax = m.relaxRmbPerTco2 === null ? `n/a — ${m.relaxNote}` : `saves ${perT(m.relaxRmbPerTco2)}`;
  const check =
    m.integerCheck === 'lp' ? '' : m.integerCheck === 'confirmed' ? '; MILP re-solves agree' : m.integerCheck === 'unchecked' ? '; on the fixed-integer LP, not re-solved as a MILP' : '; another integer choice changes it (MILP re-solve)';
  lines.push(`  marginal cost of the ${m.year} cap: tighten by 1 t ${tighten}; relax by 1 t ${relax}${check}`);
  return lines;
}

export function residualLines(f: FactoryPlan): string[] {
  const r = f.residual;
  const rule =
    r.rule === 'economic'
      ? `economic: every reduction up to ${perT(r.ceilingRmbPerTco2!)} first`
      : r.rule === 'technical'
        ? 'technical: every reduction the site can make first'
        : 'cost_only — NOT COMPLIANT with the guidance (应减尽减, 降无可降): offsets may replace reductions dearer than they are';
  const lines = [`  residual rule (降无可降): ${rule}`];
  const residual = r.offsetEligibleResidualTco2;
  const years = f.emissions.map((e) => e.year).filter((y) => f.emissions.find((e) => e.year === y)!.capTco2 !== null);
  if (residual !== null) {
    lines.push(`    offset-eligible residual, tCO2: ${years.map((y) => `${y} ${formatNumber(residual[y] ?? 0)}`).join(' · ')}`);
  } else {
    lines.push(`    ${r.message}`);
  }
  for (const m of r.aboveCeiling) {
    lines.push(`    left out, above the ceiling: ${m.measureId} ${m.nameZh} ${formatNumber(m.abatementTco2PerYear)} tCO2/yr at ${perT(m.costRmbPerTco2)}`);
  }
  if (r.technicalLimit !== null) {
    const why = r.technicalLimit.limits.map((l) => l.message).join('; ');
    lines.push(`    technical limit ${f.targetYear}: ${formatNumber(r.technicalLimit.grossTco2)} tCO2 gross${why ? ` (${why})` : ''}`);
  }
  if (f.macBaselineTco2 !== null && f.macCurve.length > 0) {
    const total = f.macCurve.reduce((s, p) => s + p.abatementTco2PerYear, 0);
    lines.push(`  MAC curve ${f.targetYear}: ${f.macCurve.length} steps, cumulative ${formatNumber(total)} of a ${formatNumber(f.macBaselineTco2)} tCO2/yr baseline`);
  }
  return lines;
}
