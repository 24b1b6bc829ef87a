/**
 * A re-plan's history: the years already lived are no longer decisions. Their caps are dropped (what was
 * emitted is a fact, reported beside the plan, not a constraint on it) and the named columns — the
 * builds, green purchases and offsets that actually happened — are held at their actual values, so
 * the optimiser re-plans only the remaining years from the actual state.
 */
import type { FactoryData } from '../formulation/factory-data.ts';

export interface PlanHistory {
  /** Last year that already happened. */
  readonly throughYear: number;
  /** Column name (`build[rooftop_pv,2026]`, `green_certificates[2026]`, `offsets[ccer,2026]`) → actual value. */
  readonly fixedColumns: Readonly<Record<string, number>>;
}

export function withHistory(data: FactoryData, history: PlanHistory | undefined): FactoryData {
  if (history === undefined) return data;
  const capTco2 = Object.fromEntries(Object.entries(data.capTco2).filter(([y]) => Number(y) > history.throughYear));
  return { ...data, capTco2, fixedColumns: { ...data.fixedColumns, ...history.fixedColumns } };
}
