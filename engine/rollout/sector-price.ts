/**
 * The uniform carbon price at which a sector meets a cap on its total emissions in one year: a
 * bisection over parallel solves of every factory, each minimising cost + price × net emissions
 * (factory targets dropped). Total emissions are non-increasing in the price, so the bisection
 * brackets the clearing price; the result is the lowest price found that meets the cap.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { PopulationRow } from './population.ts';
import { rolloutTemplates, runRollout, type RolloutResult, type RolloutRunOptions } from './rollout.ts';

export interface SectorPriceOptions extends Omit<RolloutRunOptions, 'carbonPriceRmbPerTco2'> {
  readonly capTco2: number;
  readonly capYear: number;
  /** Search interval, RMB/tCO2 (default 0 – 5,000). */
  readonly maxPriceRmbPerTco2?: number;
  /** Stop when the cap is met within this share or the price interval is this narrow (default 0.001, 0.5 RMB). */
  readonly relativeTolerance?: number;
  readonly priceToleranceRmb?: number;
  /** Called after each bisection step. */
  readonly onIteration?: (p: { iteration: number; priceRmbPerTco2: number; totalTco2: number }) => void;
}

export interface SectorPriceResult {
  readonly capTco2: number;
  readonly capYear: number;
  readonly met: boolean;
  readonly priceRmbPerTco2: number;
  readonly totalTco2: number;
  readonly iterations: ReadonlyArray<{ readonly priceRmbPerTco2: number; readonly totalTco2: number }>;
  readonly totals: RolloutResult;
  readonly message: string;
}

const yearTotal = (r: RolloutResult, year: number) => r.sectors.reduce((s, t) => s + (t.netTco2ByYear[year] ?? 0), 0);

/** Why a cap year cannot be met or missed by these templates (it lies outside a horizon), or null. */
export function capYearProblem(templates: Partial<Record<string, Scenario>>, capYear: number): string | null {
  for (const t of Object.values(templates)) {
    if (t !== undefined && (capYear < t.horizon.startYear || capYear > t.horizon.endYear)) {
      return `the cap year ${capYear} is outside the rollout horizon ${t.horizon.startYear}–${t.horizon.endYear}`;
    }
  }
  return null;
}

export async function findSectorPrice(rows: readonly PopulationRow[], o: SectorPriceOptions): Promise<Result<SectorPriceResult>> {
  const templates = rolloutTemplates(rows, o);
  if (!templates.ok) return templates;
  const outside = capYearProblem(templates.value, o.capYear);
  if (outside !== null) return fail({ code: 'scenario_inconsistent', message: outside, issues: [{ path: 'cap.year', message: outside }] });
  const context = o.pool.context(templates.value);
  const iterations: Array<{ priceRmbPerTco2: number; totalTco2: number }> = [];
  try {
    const at = async (price: number): Promise<Result<RolloutResult>> => {
      const r = await runRollout(rows, { ...o, carbonPriceRmbPerTco2: price }, context);
      if (r.ok) {
        iterations.push({ priceRmbPerTco2: price, totalTco2: yearTotal(r.value, o.capYear) });
        o.onIteration?.({ iteration: iterations.length, priceRmbPerTco2: price, totalTco2: yearTotal(r.value, o.capYear) });
      }
      return r;
    };
    const relTol = o.relativeTolerance ?? 1e-3;
    const priceTol = o.priceToleranceRmb ?? 0.5;
    const meets = (r: RolloutResult) => yearTotal(r, o.capYear) <= o.capTco2 * (1 + relTol) + 1e-6;
    let lo = 0;
    const low = await at(lo);
    if (!low.ok) return low;
    if (meets(low.value)) return ok(result(o, true, lo, low.value, iterations, 'the cap is met without a carbon price'));
    let hi = o.maxPriceRmbPerTco2 ?? 5000;
    const high = await at(hi);
    if (!high.ok) return high;
    if (!meets(high.value)) return ok(result(o, false, hi, high.value, iterations, `the cap is not met even at ${hi} RMB/tCO2: the sector cannot reach it with the measures on offer`));
    let best = high.value;
    while (hi - lo > priceTol) {
      const mid = (lo + hi) / 2;
      const r = await at(mid);
      if (!r.ok) return r;
      if (meets(r.value)) {
        hi = mid;
        best = r.value;
        if (Math.abs(yearTotal(r.value, o.capYear) - o.capTco2) <= relTol * Math.max(1, o.capTco2)) break;
      } else lo = mid;
    }
    return ok(result(o, true, hi, best, iterations, `the sector meets its ${o.capYear} cap at ${hi.toFixed(2)} RMB/tCO2`));
  } catch (error) {
    return fail({ code: 'solver_error', message: (error as Error).message });
  }
}

function result(o: SectorPriceOptions, met: boolean, price: number, totals: RolloutResult, iterations: SectorPriceResult['iterations'], message: string): SectorPriceResult {
  return { capTco2: o.capTco2, capYear: o.capYear, met, priceRmbPerTco2: price, totalTco2: yearTotal(totals, o.capYear), iterations, totals, message };
}
