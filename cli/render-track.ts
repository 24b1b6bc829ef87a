/** Readable text for a tracking run: actuals, plan vs actual with the variance wedges, the re-plan, the loan KPI. */
import type { Scenario } from '../engine/data/schemas/scenario.ts';
import type { TrackResult } from '../engine/tracking/track.ts';
import { WEDGES } from '../engine/tracking/plan-vs-actual.ts';
import { formatNumber, table } from './table.ts';

const indent = (s: string) => s.split('\n').map((l) => `  ${l}`).join('\n');
const rmbM = (x: number | null) => (x === null ? 'n/a' : `${formatNumber(x / 1e6, 2)} M RMB`);

export function renderTrack(scenario: Scenario, t: TrackResult): string {
  const out = [`Tracking ${scenario.name} (${scenario.id}) · factory ${t.factoryId} — ${t.message}`];
  out.push('', `Actual inventory (Scope 2 ${t.scope2Method}-based), tCO2:`);
  out.push(indent(table(
    ['year', 'output', 'scope 1', 'scope 2 loc.', 'scope 2 mkt.', 'offsets', 'net', 'data quality'],
    t.actual.map((a, i) => [String(a.year), a.output, a.inventory.scope1Tco2, a.inventory.scope2LocationTco2, a.inventory.scope2MarketTco2, a.offsetsTco2, a.netTco2, t.kpi[i]!.dataQuality.grade]),
  )));
  for (const g of t.gaps) out.push(`  gap filled: ${g.meterId} ${g.from}…${g.to} (${g.hours} h) ${formatNumber(g.filledMwh, 1)} MWh by ${g.rule}`);
  const pva = t.planVsActual;
  if (pva !== null) {
    out.push('', 'Plan vs actual net emissions and the variance explained, tCO2:');
    out.push(indent(table(
      ['year', 'plan', 'actual', 'cap', ...WEDGES, 'cap met'],
      pva.emissions.map((e) => [
        String(e.year), e.planNetTco2, e.actualNetTco2, e.capTco2 === null ? '—' : formatNumber(e.capTco2),
        ...WEDGES.map((w) => e.wedgesTco2[w] + 0), e.capMet === null ? '—' : e.capMet ? 'yes' : 'no',
      ]),
    )));
    if (pva.builds.length > 0) {
      out.push('', 'Builds against the plan:');
      out.push(indent(table(
        ['measure', 'year', 'planned', 'built', 'plan stock', 'actual stock', 'status'],
        pva.builds.map((b) => [b.measureId, String(b.year), b.plannedUnits, b.builtUnits, b.plannedStockUnits, b.actualStockUnits, b.status]),
        { digits: 1 },
      )));
    }
  }
  const re = t.replan;
  if (re !== null) {
    out.push('', `Re-plan ${re.fromYear}–${scenario.horizon.endYear} from the actual state — ${re.plan.status}: ${re.plan.message}`);
    for (const r of re.reasons) out.push(`  why: ${r}`);
    if (re.buildChanges.length > 0) {
      out.push(indent(table(
        ['measure', 'year', 'original', 're-plan', 'original capex M', 're-plan capex M'],
        re.buildChanges.map((c) => [c.measureId, String(c.year), c.originalUnits, c.replanUnits, c.originalCapexRmb / 1e6, c.replanCapexRmb / 1e6]),
        { digits: 1 },
      )));
    } else out.push('  builds of the remaining years unchanged');
    out.push(`  cost of ${re.fromYear}–${scenario.horizon.endYear} (discounted): original ${rmbM(re.originalRemainingCostRmb)}, re-plan ${rmbM(re.replanRemainingCostRmb)}`);
    if (re.plan.diagnosis !== null) out.push(`  the cap path no longer holds: ${re.plan.diagnosis.summary}`);
  }
  out.push('', 'Loan KPI (carbon-linked margin):');
  out.push(indent(table(
    ['year', 'threshold tCO2', 'actual tCO2', 'met', 'step bps', 'rate %', 'grade'],
    t.kpi.map((k) => [
      String(k.year), k.thresholdTco2 === null ? '—' : formatNumber(k.thresholdTco2), k.actualNetTco2,
      k.met === null ? '—' : k.met ? 'yes' : 'no', String(k.marginStepBps), (k.rateFraction * 100).toFixed(2), k.dataQuality.grade,
    ]),
  )));
  for (const w of t.warnings) out.push(`warning: ${w}`);
  return out.join('\n');
}
