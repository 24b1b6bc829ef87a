/**
 * An optimistic bound on the net emissions a single-factory scenario can reach each year, for testing
 * bundled scenarios before (and independently of) the optimiser. Every applicable measure is taken at its
 * limit and measures stack generously:
 * - process changes each convert their maximum output share (shares of different measures add);
 * - efficiency savings on an end-use add up (capped at 100 %);
 * - any fuel in an end-use that an available electrification measure serves is fully electrified;
 * - green purchases clear all electricity Scope 2 (the scenarios here all offer them);
 * - CCUS captures its maximum share of process + fuel CO2;
 * - offsets cover the policy cap in the years the policy allows them.
 * So `bound(y) ≤ cap(y)` is necessary for feasibility, and `bound(y) > cap(y)` proves infeasibility.
 */
import { roughBaseYearEmissions, rowMwh } from '../../engine/data/archetypes/rough-inventory.ts';
import type { Measure, Scenario } from '../../engine/data/schemas/scenario.ts';
import { FUELS } from '../../engine/data/reference/fuels.ts';
import { targetYearOf } from '../../engine/data/load-scenario.ts';

export interface ReachYear {
  readonly year: number;
  readonly boundTco2: number;
  readonly capTco2: number;
}

export interface ReachResult {
  readonly baseGrossTco2: number;
  readonly years: readonly ReachYear[];
}

function applies(m: Measure, sector: string, year: number): boolean {
  return (m.sectors === 'all' || (m.sectors as readonly string[]).includes(sector)) && m.earliestYear <= year;
}

function offsetsAllowed(s: Scenario, year: number, target: number): boolean {
  const when = s.policy.offsetYears;
  if (when === 'all') return true;
  if (when === 'target_year_onward') return year >= target;
  return when.includes(year);
}

/** Optimistic net emissions per horizon year against the policy cap, for the scenario's first factory. */
export function reachBound(s: Scenario): ReachResult {
  const factory = s.factories[0];
  if (factory === undefined) throw new Error('scenario has no factory');
  const base = roughBaseYearEmissions(factory, s.baseYear, 'market_residual').grossTco2;
  const target = targetYearOf(s);
  const targetTco2 = s.policy.netTargetTco2 ?? s.policy.netTargetFractionOfBase * base;
  const years: ReachYear[] = [];
  let scale = 1;
  for (const year of s.horizonYears) {
    scale *= 1 + (factory.output.growthRate[year] ?? 0);
    const avail = s.measures.filter((m) => applies(m, factory.sector, year));
    const endUseFactor = new Map<string, number>();
    let processFactor = 1;
    for (const m of avail) {
      if (m.effect.kind === 'process_change') {
        const share = m.effect.maxOutputShareFraction;
        processFactor -= share * m.effect.processCo2ReductionFraction;
        for (const [endUse, saving] of Object.entries(m.effect.endUseSavingFraction)) {
          endUseFactor.set(endUse, (endUseFactor.get(endUse) ?? 1) - share * (saving ?? 0));
        }
      } else if (m.effect.kind === 'efficiency') {
        for (const endUse of m.effect.endUses) endUseFactor.set(endUse, (endUseFactor.get(endUse) ?? 1) - m.effect.savingFraction);
      }
    }
    const electrified = new Set(avail.flatMap((m) => (m.effect.kind === 'electrification' ? m.effect.endUses : [])));
    let fuel = 0;
    let heat = 0;
    for (const row of factory.inventory.energy) {
      if (row.carrier === 'electricity' || electrified.has(row.endUse)) continue;
      const mwh = rowMwh(row) * scale * Math.max(0, endUseFactor.get(row.endUse) ?? 1);
      const ef = FUELS[row.carrier].efTco2PerMwh?.value ?? 0;
      if (row.carrier === 'purchased_heat') heat += mwh * ef;
      else fuel += mwh * ef;
    }
    const process = factory.inventory.process.reduce((sum, p) => sum + p.activity * p.factorTco2PerUnit, 0) * scale * Math.max(0, processFactor);
    const capture = Math.max(0, ...avail.map((m) => (m.effect.kind === 'carbon_removal' ? m.effect.maxCaptureFraction : 0)));
    if (!avail.some((m) => m.effect.kind === 'green_purchase')) throw new Error('reachBound assumes green purchases are on offer');
    const offsets = offsetsAllowed(s, year, target) ? s.policy.offsetShareCapFraction * base : 0;
    const boundTco2 = (fuel + process) * (1 - capture) + heat - offsets;
    const capTco2 = year >= target ? targetTco2 : base - ((base - targetTco2) * (year - s.baseYear)) / (target - s.baseYear);
    years.push({ year, boundTco2, capTco2 });
  }
  return { baseGrossTco2: base, years };
}
