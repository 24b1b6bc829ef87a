/** Readable text for an optimised scenario: per factory, the plan, the emissions path and the costs. */
import type { Scenario } from '../engine/data/schemas/scenario.ts';
import { PROVINCES } from '../engine/data/reference/provinces.ts';
import { SECTORS } from '../engine/data/sectors.ts';
import type { ScenarioPlan } from '../engine/optimise/types.ts';
import type { FactoryPlan } from '../engine/optimise/types.ts';
import { COST_CATEGORIES } from '../engine/results/types.ts';
import { marginalCostLines, residualLines } from './render-residual.ts';
import { formatNumber, table } from './table.ts';

const rmbM = (x: number) => formatNumber(x / 1e6, 2);

export function renderPlan(scenario: Scenario, result: ScenarioPlan): string {
  const head = `Scenario ${scenario.name} (${scenario.id}) — ${result.status}` +
    (result.objectiveRmb !== null ? `, discounted cost ${rmbM(result.objectiveRmb)} M RMB (${scenario.baseYear} money)` : '');
  return [head, ...result.factories.map((f) => renderFactory(scenario, f))].join('\n\n');
}

function renderFactory(scenario: Scenario, f: FactoryPlan): string {
  const sector = SECTORS[f.sector];
  const province = PROVINCES[f.province];
  const lines = [
    `${f.name} (${f.factoryId}) · ${sector.nameZh} ${sector.nameEn} · ${province.nameZh} ${province.nameEn}`,
    `  status: ${f.status} — ${f.message}`,
    `  target: net ≤ ${formatNumber(f.netTargetTco2)} tCO2 by ${f.targetYear} (base-year gross ${formatNumber(f.baseGrossTco2)} tCO2, Scope 2 ${scenario.policy.scope2Method}-based)`,
  ];
  if (f.diagnosis !== null) {
    lines.push('  diagnosis:');
    for (const s of f.diagnosis.shortfallTco2.filter((x) => x.shortfallTco2 > 1e-6)) {
      lines.push(`    ${s.year}: best reachable net exceeds the cap (${formatNumber(s.capTco2)}) by ${formatNumber(s.shortfallTco2)} tCO2`);
    }
    const r = f.diagnosis.residual;
    if (r.sources.length > 0) lines.push(`    what remains in ${r.year}: ${r.sources.map((x) => `${x.label} ${formatNumber(x.tco2)} tCO2`).join('; ')}`);
    if (f.diagnosis.causes.length > 0) lines.push('    what you can change (each alone, largest share of the shortfall first):');
    f.diagnosis.causes.forEach((c, i) => lines.push(`    ${i + 1}. [${c.field}] ${c.message}`));
    for (const b of f.diagnosis.bindingLimits) lines.push(`    binding: ${b.message}  [${b.component}]`, `      try: ${b.fix}`);
  }
  if (f.objectiveRmb === null) return [...lines, ...residualLines(f)].join('\n');
  lines.push(`  discounted cost: ${rmbM(f.objectiveRmb)} M RMB`, ...marginalCostLines(f), ...residualLines(f));
  const years = f.emissions.map((e) => e.year);
  const measures = [...new Map(f.plan.map((p) => [p.measureId, p])).values()];
  lines.push('', '  What to build (new size per year):');
  lines.push(indent(table(
    ['measure', 'unit', ...years.map(String), 'capex M RMB'],
    measures.map((m) => [
      clip(`${m.measureId} ${m.nameZh}`, 44),
      m.sizeUnit,
      ...years.map((y) => f.plan.find((p) => p.measureId === m.measureId && p.year === y)?.buildUnits ?? 0),
      f.plan.filter((p) => p.measureId === m.measureId).reduce((s, p) => s + p.capexRmb, 0) / 1e6,
    ]),
    { digits: 1 },
  )));
  lines.push('', '  Emissions path, tCO2:');
  lines.push(indent(table(
    ['year', 'scope 1', 'scope 2', 'offsets', 'net', 'cap'],
    f.emissions.map((e) => [String(e.year), e.scope1Tco2, e.scope2Tco2, e.offsetsTco2, e.netTco2, e.capTco2 === null ? '—' : formatNumber(e.capTco2)]),
  )));
  const offsets = f.emissions.flatMap((e) => Object.entries(e.offsetsByProductTco2).map(([p, t]) => `${e.year} ${p} ${formatNumber(t)} t`));
  if (offsets.length > 0) lines.push(`  offsets bought: ${offsets.join('; ')}`);
  lines.push('', '  Costs by year, M RMB (each year\'s money):');
  const used = COST_CATEGORIES.filter((c) => f.costs.some((y) => Math.abs(y.byCategoryRmb[c]) > 0.5));
  lines.push(indent(table(
    ['year', ...used, 'total', 'cash capex'],
    f.costs.map((y, i) => [String(y.year), ...used.map((c) => y.byCategoryRmb[c] / 1e6), y.totalRmb / 1e6, (f.capex[i]?.totalRmb ?? 0) / 1e6]),
    { digits: 2 },
  )));
  lines.push(...renderHourly(f));
  const s = f.solver;
  lines.push(`  solver: ${s.backend}, ${s.termination}, ${s.rows} rows × ${s.cols} cols (${s.integers} integer), ${s.nonzeros} nonzeros, build ${(s.buildSeconds * 1000).toFixed(1)} ms, solve ${(s.solveSeconds * 1000).toFixed(1)} ms${s.mipGap !== null ? `, gap ${s.mipGap.toExponential(1)}` : ''}`);
  return lines.join('\n');
}

/** On representative days: the tariff behind the hours, PV self-consumption from the hours, and the battery's size and why it pays. */
function renderHourly(f: FactoryPlan): string[] {
  const h = f.hourly;
  if (h === undefined || h === null) return [];
  const lines = ['', `  Hours (${h.days.length} representative days, ${h.shiftPattern}; tariff: ${h.tariff.schedule}, ${h.tariff.confidence}):`];
  lines.push(indent(table(
    ['year', 'on-site MWh', 'self-consumed %', 'exported MWh', 'curtailed MWh', 'peak import MW', 'basic charge M RMB'],
    h.years.map((y) => [String(y.year), y.onsiteGenerationMwh, y.selfConsumptionShare === null ? '—' : formatNumber(100 * y.selfConsumptionShare, 1), y.exportedMwh, y.curtailedMwh, formatNumber(y.peakImportMw, 1), formatNumber(y.basicChargeRmb / 1e6, 2)]),
    { digits: 0 },
  )));
  if (h.storage.length === 0) {
    lines.push('  Storage: none built (no spread, demand charge or surplus it could earn its cost on).');
    return lines;
  }
  lines.push('  Storage and why it pays, M RMB a year (each year\'s money):');
  lines.push(indent(table(
    ['year', 'MWh', 'MW', 'cycles', 'arbitrage', 'self-consumption', 'demand charge', 'value', 'cost'],
    h.storage.map((st) => {
      const value = st.arbitrageRmb + st.selfConsumptionRmb + st.demandChargeRmb;
      return [String(st.year), st.energyKwh / 1000, st.powerKw / 1000, st.equivalentCycles, st.arbitrageRmb / 1e6, st.selfConsumptionRmb / 1e6, st.demandChargeRmb / 1e6, value / 1e6, st.annualisedCostRmb / 1e6];
    }),
    { digits: 2 },
  )));
  return lines;
}

const clip = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);
const indent = (s: string) => s.split('\n').map((l) => `  ${l}`).join('\n');
