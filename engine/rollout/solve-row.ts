/**
 * Solve one factory of a rollout: scale the sector template to the row (output, energy and process
 * CO2 linearly; site areas by the archetype's scaling exponent; energy by the row's intensity, fuel
 * rows by its fuel share, the roof by its roof factor), move it to the row's province, and
 * optimise. A factory that cannot meet its target gets its best plan with a penalised shortfall, so
 * the sector totals show what the population can reach. The result is compact (it crosses threads
 * thousands of times).
 */
import { ARCHETYPES } from '../data/archetypes/index.ts';
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import { SHORTFALL_PENALTY_RMB_PER_TCO2 } from '../optimise/evaluate-plan.ts';
import { optimiseFactory, type OptimiseOptions } from '../optimise/optimise-factory.ts';
import type { FactoryPlan, PlanStatus } from '../optimise/types.ts';
import type { SolverBackend } from '../solvers/types.ts';
import type { PopulationRow } from './population.ts';

export interface RolloutOptions {
  /** A uniform carbon price on net emissions instead of the factory targets (sector price search). */
  readonly carbonPriceRmbPerTco2?: number;
  /** The rollout's solver settings (resolved once at its boundary). */
  readonly settings: SolverSettings;
}

export interface RolloutFactoryResult {
  readonly id: string;
  readonly sector: PopulationRow['sector'];
  readonly province: PopulationRow['province'];
  readonly status: PlanStatus;
  readonly metTarget: boolean;
  readonly baseGrossTco2: number;
  /** Discounted cost without any shortfall penalty, RMB. */
  readonly costRmb: number;
  readonly netTco2ByYear: Readonly<Record<number, number>>;
  readonly shortfallTco2ByYear: Readonly<Record<number, number>>;
  readonly capexRmbByYear: Readonly<Record<number, number>>;
  readonly offsetsTco2ByProduct: Readonly<Record<string, Readonly<Record<number, number>>>>;
  /** Green power trading + certificates, MWh. */
  readonly greenPurchasesMwhByYear: Readonly<Record<number, number>>;
  readonly mac: ReadonlyArray<{ readonly measureId: string; readonly costRmbPerTco2: number; readonly abatementTco2PerYear: number }>;
}

/** One sector template per sector of the population (archetype factory + wave policy). */
export type RolloutTemplates = Readonly<Partial<Record<PopulationRow['sector'], Scenario>>>;

/** The pool task of one rollout factory; the run context is the sector templates. */
export type RolloutTasks = {
  readonly rollout_factory: { readonly task: { readonly row: PopulationRow; readonly options: RolloutOptions }; readonly value: RolloutFactoryResult; readonly context: RolloutTemplates };
};

export function scaleFactory(factory: Factory, row: PopulationRow): Factory {
  const k = row.outputScaleFraction;
  const siteK = k ** ARCHETYPES[row.sector].population.size.siteAreaScalingExponent;
  const intensity = row.energyIntensityFraction ?? 1;
  const fuel = row.fuelShareFraction ?? 1;
  return {
    ...factory,
    id: row.id,
    name: `${factory.name} · ${row.id}`,
    province: row.province,
    output: { ...factory.output, baseQuantity: factory.output.baseQuantity * k },
    site: {
      ...factory.site,
      roofAreaM2: factory.site.roofAreaM2 * siteK * (row.roofAreaFraction ?? 1),
      landAreaM2: factory.site.landAreaM2 * siteK,
      gridConnectionKva: factory.site.gridConnectionKva * siteK,
    },
    inventory: {
      energy: factory.inventory.energy.map((e) => ({ ...e, energyMwh: e.energyMwh * k * intensity * (e.carrier === 'electricity' ? 1 : fuel) })),
      process: factory.inventory.process.map((p) => ({ ...p, activity: p.activity * k })),
    },
  };
}

function priced(template: Scenario, price: number): Scenario {
  const flat = Object.fromEntries(template.years.map((y) => [y, price]));
  return { ...template, assumptions: { ...template.assumptions, prices: { ...template.assumptions.prices, shadowCarbonRmbPerTco2: flat } } };
}

export function solveRolloutRow(template: Scenario, row: PopulationRow, o: RolloutOptions, backend: SolverBackend): RolloutFactoryResult {
  const factory = scaleFactory(template.factories[0]!, row);
  const base = o.carbonPriceRmbPerTco2 === undefined ? template : priced(template, o.carbonPriceRmbPerTco2);
  const scenario: Scenario = { ...base, factories: [factory] };
  const solve: OptimiseOptions = {
    skipDiagnosis: true,
    settings: o.settings,
    // The sector MAC curve is built from each factory's; the target's marginal costs are not reported.
    analysis: { marginalCosts: false },
    ...(o.carbonPriceRmbPerTco2 !== undefined ? { formulation: { omitCaps: true } } : {}),
  };
  let plan = optimiseFactory(scenario, factory, backend, solve);
  if (plan.status === 'infeasible') {
    plan = optimiseFactory(scenario, factory, backend, {
      ...solve,
      formulation: { capShortfall: true, shortfallPenaltyRmbPerTco2: SHORTFALL_PENALTY_RMB_PER_TCO2 },
    });
  }
  return summarise(row, plan);
}

/** A factory meets its target when its net emissions stay within every cap of its policy path. */
const withinCaps = (plan: FactoryPlan) =>
  plan.objectiveRmb !== null && plan.emissions.every((e) => e.capTco2 === null || e.netTco2 <= e.capTco2 + 1e-6 * (1 + Math.abs(e.capTco2)));

function summarise(row: PopulationRow, plan: FactoryPlan): RolloutFactoryResult {
  const byYear = <T>(rows: readonly T[], year: (r: T) => number, value: (r: T) => number) => Object.fromEntries(rows.map((r) => [year(r), value(r)]));
  const offsets: Record<string, Record<number, number>> = {};
  for (const e of plan.emissions) {
    for (const [product, t] of Object.entries(e.offsetsByProductTco2)) (offsets[product] ??= {})[e.year] = t;
  }
  return {
    id: row.id,
    sector: row.sector,
    province: row.province,
    status: plan.status,
    metTarget: withinCaps(plan),
    baseGrossTco2: plan.baseGrossTco2,
    costRmb: plan.costRmb ?? 0,
    netTco2ByYear: byYear(plan.emissions, (e) => e.year, (e) => e.netTco2),
    shortfallTco2ByYear: byYear(plan.emissions, (e) => e.year, (e) => (e.capTco2 === null ? 0 : Math.max(0, e.netTco2 - e.capTco2))),
    capexRmbByYear: byYear(plan.capex, (c) => c.year, (c) => c.totalRmb),
    offsetsTco2ByProduct: offsets,
    greenPurchasesMwhByYear: byYear(plan.energy, (e) => e.year, (e) => e.greenPowerMwh + e.certificatesMwh),
    mac: plan.macCurve.map((p) => ({ measureId: p.measureId, costRmbPerTco2: p.costRmbPerTco2, abatementTco2PerYear: p.abatementTco2PerYear })),
  };
}
