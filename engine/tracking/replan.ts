/**
 * Rolling re-plan: re-optimise the years after the last tracked year from the actual state. The
 * tracked years' builds (the capacity commissioned in each), green power, certificates and offsets
 * retired are fixed at their actual values and their caps dropped (engine/optimise/history.ts); the
 * remaining years are optimised as before. The result sits beside the original plan with what changed
 * (builds and capex by measure and year, cost of the remaining years, the carbon shadow price) and why
 * (each measure whose actual build differs from the plan). Pure apart from the solver.
 */
import { wholeUnitSize } from '../formulation/build-limits.ts';
import { componentName } from '../formulation/context.ts';
import type { FactoryData } from '../formulation/factory-data.ts';
import { isBuildable } from '../formulation/measure-kinds.ts';
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import { optimiseFactory } from '../optimise/optimise-factory.ts';
import type { PlanHistory } from '../optimise/history.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import type { SolverBackend } from '../solvers/types.ts';
import type { ActualYear } from './actual-inventory.ts';
import type { Actuals } from './load-actuals.ts';
import { ON_PLAN_FRACTION } from './plan-vs-actual.ts';

export interface BuildChange {
  readonly measureId: string;
  readonly year: number;
  readonly originalUnits: number;
  readonly replanUnits: number;
  readonly originalCapexRmb: number;
  readonly replanCapexRmb: number;
}

export interface Replan {
  readonly fromYear: number;
  readonly history: PlanHistory;
  readonly plan: FactoryPlan;
  /** Builds that differ between the original plan and the re-plan, years after the tracked ones. */
  readonly buildChanges: readonly BuildChange[];
  /** Discounted cost (base-year money) of the years from `fromYear` on, RMB; null without a plan. */
  readonly originalRemainingCostRmb: number | null;
  readonly replanRemainingCostRmb: number | null;
  /** Why the plan changed: each tracked-year difference between plan and actual, in words. */
  readonly reasons: readonly string[];
  readonly warnings: readonly string[];
}

const TOL = 1e-6;
const fmt = (x: number) => (Math.abs(x - Math.round(x)) < 1e-6 ? Math.round(x) : x).toLocaleString('en-US', { maximumFractionDigits: 1 });

export function replan(
  scenario: Scenario,
  data: FactoryData,
  original: FactoryPlan,
  actuals: Actuals,
  years: readonly ActualYear[],
  backend: SolverBackend,
  settings: SolverSettings,
): Replan {
  const throughYear = actuals.years[actuals.years.length - 1]!;
  const { fixedColumns, warnings } = historyColumns(data, actuals, years);
  const history: PlanHistory = { throughYear, fixedColumns };
  const plan = optimiseFactory(scenario, actuals.factory, backend, { settings, history });
  const fromYear = throughYear + 1;
  const remaining = (p: FactoryPlan) =>
    p.costs.length === 0 ? null : p.costs.filter((c) => c.year >= fromYear).reduce((s, c) => s + c.totalRmb * data.discount[c.year]!, 0);
  for (const row of plan.plan.filter((r) => r.year <= throughYear)) {
    const wanted = fixedColumns[componentName('build', row.measureId, row.year)] ?? 0;
    // Held at the model's limit (pace, potential); differences within reporting precision pass silently.
    if (Math.abs(row.buildUnits - wanted) > ON_PLAN_FRACTION * wanted + TOL) {
      warnings.push(`${row.measureId}: ${fmt(wanted)} ${row.sizeUnit} built in ${row.year}, but the model's limits allow ${fmt(row.buildUnits)}; the re-plan holds that`);
    }
  }
  for (const [name, units] of Object.entries(fixedColumns)) {
    const m = /^build\[(\w+),(\d{4})\]$/.exec(name);
    if (m === null || units <= TOL || plan.objectiveRmb === null) continue;
    if (!plan.plan.some((r) => r.measureId === m[1] && r.year === Number(m[2]))) {
      warnings.push(`${m[1]}: ${fmt(units)} built in ${m[2]}, a year the model cannot build it in (earliest year or lead time): not in the re-plan's stock`);
    }
  }
  return {
    fromYear,
    history,
    plan,
    buildChanges: buildChanges(original, plan, fromYear),
    originalRemainingCostRmb: remaining(original),
    replanRemainingCostRmb: remaining(plan),
    reasons: reasons(original, actuals, throughYear),
    warnings,
  };
}

function historyColumns(data: FactoryData, actuals: Actuals, years: readonly ActualYear[]) {
  const fixedColumns: Record<string, number> = {};
  const warnings: string[] = [];
  const buildable = new Map(data.measures.filter(isBuildable).map((m) => [m.id, m]));
  for (const inst of actuals.file.installed) {
    const year = Number(inst.commissioned.slice(0, 4));
    if (year > years[years.length - 1]!.year) {
      warnings.push(`${inst.measureId} commissioned ${inst.commissioned}, after the tracked years: the re-plan decides that year freely`);
    } else if (!buildable.has(inst.measureId)) {
      warnings.push(`${inst.measureId} is not a measure the model builds at this factory: its effect shows in the meters, not in the re-plan's stock`);
    }
  }
  for (const a of years) {
    for (const m of buildable.values()) {
      let units = actuals.file.installed
        .filter((i) => i.measureId === m.id && Number(i.commissioned.slice(0, 4)) === a.year)
        .reduce((s, i) => s + i.sizeUnits, 0);
      const size = wholeUnitSize(data, m);
      if (size !== null && Math.abs(units / size - Math.round(units / size)) > 1e-9) {
        warnings.push(`${m.id}: ${fmt(units)} ${m.sizeUnit} in ${a.year} is not a whole number of ${fmt(size)} ${m.sizeUnit} units; held at ${fmt(Math.round(units / size) * size)}`);
        units = Math.round(units / size) * size;
      }
      fixedColumns[componentName('build', m.id, a.year)] = units;
      if (m.lumpy !== undefined) fixedColumns[componentName('invest', m.id, a.year)] = units > 0 ? 1 : 0;
      if (size !== null) fixedColumns[componentName('units_built', m.id, a.year)] = units / size;
    }
    fixedColumns[componentName('green_power', a.year)] = a.greenPowerMwh;
    fixedColumns[componentName('green_certificates', a.year)] = a.certificatesMwh;
    for (const o of data.offsetProducts) fixedColumns[componentName('offsets', o.id, a.year)] = a.offsetsByProductTco2[o.id] ?? 0;
    for (const product of Object.keys(a.offsetsByProductTco2)) {
      if (!data.offsetProducts.some((o) => o.id === product)) {
        warnings.push(`${a.year}: ${product} offsets retired are not allowed by the policy (allowedOffsetProducts): counted in actual net emissions, not in the re-plan`);
      }
    }
  }
  return { fixedColumns, warnings };
}

function buildChanges(original: FactoryPlan, plan: FactoryPlan, fromYear: number): BuildChange[] {
  const key = (id: string, y: number) => `${id}|${y}`;
  const rows = new Map<string, BuildChange>();
  const add = (p: FactoryPlan, which: 'original' | 'replan') => {
    for (const r of p.plan.filter((x) => x.year >= fromYear && x.buildUnits > TOL)) {
      const k = key(r.measureId, r.year);
      const c = rows.get(k) ?? { measureId: r.measureId, year: r.year, originalUnits: 0, replanUnits: 0, originalCapexRmb: 0, replanCapexRmb: 0 };
      rows.set(k, which === 'original' ? { ...c, originalUnits: r.buildUnits, originalCapexRmb: r.capexRmb } : { ...c, replanUnits: r.buildUnits, replanCapexRmb: r.capexRmb });
    }
  };
  add(original, 'original');
  add(plan, 'replan');
  return [...rows.values()]
    .filter((c) => Math.abs(c.originalUnits - c.replanUnits) > TOL * (1 + c.originalUnits))
    .sort((a, b) => a.year - b.year || a.measureId.localeCompare(b.measureId));
}

function reasons(original: FactoryPlan, actuals: Actuals, throughYear: number): string[] {
  const out: string[] = [];
  const ids = [...new Set([...original.plan.map((p) => p.measureId), ...actuals.file.installed.map((i) => i.measureId)])];
  for (const id of ids) {
    const planned = original.plan.filter((p) => p.measureId === id && p.year <= throughYear).reduce((s, p) => s + p.buildUnits, 0);
    const built = actuals.file.installed.filter((i) => i.measureId === id && Number(i.commissioned.slice(0, 4)) <= throughYear).reduce((s, i) => s + i.sizeUnits, 0);
    if (Math.abs(planned - built) <= ON_PLAN_FRACTION * planned + TOL) continue;
    const unit = original.plan.find((p) => p.measureId === id)?.sizeUnit ?? 'units';
    out.push(`${id}: the plan built ${fmt(planned)} ${unit} by the end of ${throughYear}, ${fmt(built)} ${unit} were commissioned (${built < planned ? 'behind' : 'ahead of'} plan by ${fmt(Math.abs(planned - built))})`);
  }
  return out;
}
