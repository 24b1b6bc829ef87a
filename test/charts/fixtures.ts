/**
 * Realistic inputs for every chart, solved in-process (no worker pool): the hand-computed factory
 * optimised with HiGHS, Monte Carlo draws and sensitivity points through `runDraw`, a two-sector
 * rollout through `solveRolloutRow`, a comparison of two target variants, and a loan schedule on
 * the plan's capex.
 */
import { battery, hourlyTiny, noonPv } from '../helpers/hourly-tiny.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factoryBaseline, type FactoryInventory } from '../../engine/accounting/factory-inventory.ts';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { loanSchedule } from '../../engine/finance/loan-schedule.ts';
import type { LoanResult } from '../../engine/finance/types.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import type { ScenarioPlan } from '../../engine/optimise/types.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { RolloutAccumulator } from '../../engine/rollout/aggregate.ts';
import type { RolloutResult } from '../../engine/rollout/rollout.ts';
import { solveRolloutRow } from '../../engine/rollout/solve-row.ts';
import { sectorTemplate } from '../../engine/rollout/templates.ts';
import { UNCERTAIN_INPUTS } from '../../engine/data/schemas/uncertainty.ts';
import { runDraw, type DrawResult } from '../../engine/simulation/draw.ts';
import type { MonteCarloResult } from '../../engine/simulation/monte-carlo.ts';
import { sensitivityRanges, type SensitivityResult, type TornadoRow } from '../../engine/simulation/sensitivity.ts';
import { summariseDraws } from '../../engine/simulation/summarise.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import type { ComparisonRun } from '../../engine/charts/rows/comparison.ts';
import { runStochastic } from '../../engine/stochastic/stochastic-plan.ts';
import type { StochasticResult } from '../../engine/stochastic/types.ts';
import { inlineStochasticRunner } from '../helpers/inline-stochastic.ts';
import type { TrackChartInput } from '../../engine/charts/rows/tracking.ts';
import { loadActuals } from '../../engine/tracking/load-actuals.ts';
import { trackFactory } from '../../engine/tracking/track.ts';
import { trackJson } from '../../engine/tracking/track-json.ts';
import { actualsFile, monthlyCsv, trackScenario } from '../tracking/fixture.ts';
import { DEFAULT_SOLVER_SETTINGS } from '../../engine/data/schemas/solver.ts';

const UNCERTAINTY = `
uncertainty:
  seed: 2026
  draws: 16
  inputs:
    - { input: electricity_price, distribution: { kind: triangular, min: 0.85, mode: 1.0, max: 1.25 } }
    - { input: natural_gas_price, distribution: { kind: uniform, min: 0.8, max: 1.3 } }
    - { input: grid_factor_decline, distribution: { kind: uniform, min: 0.02, max: 0.05 } }
`;

export interface ChartFixtures {
  readonly scenario: Scenario;
  readonly scenarioPlan: ScenarioPlan;
  readonly plan: FactoryPlan;
  /** A plan on representative days (test/helpers/hourly-tiny.ts: PV at noon and a battery), for the dispatch chart. */
  readonly hourlyPlan: FactoryPlan;
  readonly baseline: FactoryInventory;
  readonly monteCarlo: MonteCarloResult;
  readonly sensitivity: SensitivityResult;
  readonly rollout: RolloutResult;
  readonly comparison: readonly ComparisonRun[];
  readonly loan: LoanResult;
  /** The tracking fixture (test/tracking/fixture.ts) with its PV a year late, as `trackJson` gives it. */
  readonly tracking: TrackChartInput;
  /** The hand-solved newsvendor (test/stochastic/newsvendor.test.ts) on 2 enumerated scenarios. */
  readonly stochastic: StochasticResult;
}

async function stochastic(backend: SolverBackend): Promise<StochasticResult> {
  const scenario = load(readFileSync(join(import.meta.dirname, '../fixtures/scenarios/newsvendor-stochastic.yaml'), 'utf8'), 'newsvendor-stochastic.yaml');
  const r = await runStochastic(scenario, backend, { options: { sampling: 'enumerate' }, settings: scenario.solver, pool: inlineStochasticRunner(backend) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

function tracking(backend: SolverBackend): TrackChartInput {
  const scenario = trackScenario();
  const actuals = loadActuals(scenario, { actuals: actualsFile(), actualsName: 'actuals', readingsCsv: monthlyCsv(), readingsName: 'readings' });
  if (!actuals.ok) throw new Error(JSON.stringify(actuals.error));
  return trackJson(trackFactory(scenario, actuals.value, backend, scenario.solver));
}

function load(text: string, name: string): Scenario {
  const r = loadScenarioText(text, name);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

function monteCarlo(scenario: Scenario, backend: SolverBackend): MonteCarloResult {
  const draws: DrawResult[] = [];
  for (let index = 0; index < scenario.uncertainty.draws; index++) {
    draws.push(runDraw(scenario, { index, seed: scenario.uncertainty.seed, mode: 'reoptimise', settings: scenario.solver }, backend));
  }
  return { scenarioId: scenario.id, mode: 'reoptimise', seed: scenario.uncertainty.seed, inputs: scenario.uncertainty.inputs, summary: summariseDraws(draws), draws, failed: [], message: '' };
}

/** What `runSensitivity` computes, without its worker pool. */
export function sensitivity(scenario: Scenario, backend: SolverBackend): SensitivityResult {
  const base = runDraw(scenario, { index: 0, seed: 0, mode: 'reoptimise', settings: scenario.solver, values: {} }, backend);
  const rows = sensitivityRanges(scenario).map((r, i): TornadoRow => {
    const lo = runDraw(scenario, { index: 2 * i, seed: 0, mode: 'reoptimise', settings: scenario.solver, values: { [r.input]: r.low } }, backend);
    const hi = runDraw(scenario, { index: 2 * i + 1, seed: 0, mode: 'reoptimise', settings: scenario.solver, values: { [r.input]: r.high } }, backend);
    return {
      input: r.input,
      title: UNCERTAIN_INPUTS[r.input].title,
      lowValue: r.low,
      highValue: r.high,
      costLowRmb: lo.totalCostRmb,
      costHighRmb: hi.totalCostRmb,
      shadowPriceLowRmbPerTco2: lo.shadowPriceRmbPerTco2,
      shadowPriceHighRmbPerTco2: hi.shadowPriceRmbPerTco2,
      swingRmb: lo.totalCostRmb !== null && hi.totalCostRmb !== null ? Math.abs(hi.totalCostRmb - lo.totalCostRmb) : 0,
    };
  });
  return { scenarioId: scenario.id, baseCostRmb: base.totalCostRmb, baseShadowPriceRmbPerTco2: base.shadowPriceRmbPerTco2, rows };
}

function rollout(backend: SolverBackend): RolloutResult {
  const acc = new RolloutAccumulator();
  const population = [
    { id: 'm1', sector: 'machinery', province: 'jiangsu', outputScaleFraction: 0.5 },
    { id: 'm2', sector: 'machinery', province: 'guangdong', outputScaleFraction: 1 },
    { id: 'e1', sector: 'electronics', province: 'zhejiang', outputScaleFraction: 0.8 },
  ] as const;
  for (const row of population) {
    const template = sectorTemplate(row.sector, { endYear: 2028 });
    if (!template.ok) throw new Error(JSON.stringify(template.error));
    acc.add(solveRolloutRow(template.value, row, { settings: DEFAULT_SOLVER_SETTINGS }, backend));
  }
  return { factories: population.length, sectors: acc.result(), failures: acc.failures, carbonPriceRmbPerTco2: null };
}

function loan(plan: FactoryPlan): LoanResult {
  const years = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033];
  const capex = years.map((y) => plan.capex.find((c) => c.year === y)?.totalRmb ?? 0);
  const c = {
    years,
    capexRmb: capex,
    cfadsRmb: [0.5e6, 3e6, 4.5e6, 5e6, 5e6, 5.2e6, 5.2e6, 5.4e6],
    rateFraction: years.map(() => 0.035),
    graceYears: 2,
    amortisation: 'annuity' as const,
  };
  const debt = 0.7 * capex.reduce((s, x) => s + x, 0);
  const schedule = loanSchedule(c, debt);
  const dscrs = schedule.flatMap((r) => (r.dscr === null ? [] : [r.dscr]));
  return {
    status: 'sized',
    debtRmb: debt,
    sizedBy: 'loan_to_cost',
    amortisation: 'annuity',
    firstYear: years[0]!,
    finalYear: years[years.length - 1]!,
    loanToCostCapRmb: debt,
    dscrCapRmb: debt * 1.5,
    equityRmb: capex.reduce((s, x) => s + x, 0) - debt,
    schedule,
    minDscr: Math.min(...dscrs),
    averageDscr: dscrs.reduce((s, x) => s + x, 0) / dscrs.length,
    sculptedDscr: null,
    dsraFundingRmb: 0,
    warnings: [],
  };
}

let cached: Promise<ChartFixtures> | undefined;

export function chartFixtures(): Promise<ChartFixtures> {
  cached ??= (async () => {
    const backend = await loadBackend('highs');
    const text = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/hand-computed.yaml'), 'utf8');
    const scenario = load(text + UNCERTAINTY, 'hand-computed.yaml');
    const scenarioPlan = optimiseScenario(scenario, backend);
    const plan = scenarioPlan.factories[0]!;
    const halfway = load(text.replace('targetYear: 2028', 'targetYear: 2028\n  netTargetFractionOfBase: 0.5'), 'halfway.yaml');
    return {
      scenario,
      scenarioPlan,
      plan,
      hourlyPlan: (() => {
        const h = hourlyTiny({ measures: [battery(), noonPv(4000, 0.75)] });
        return optimiseFactory(h, h.factories[0]!, backend);
      })(),
      baseline: factoryBaseline(scenario, scenario.factories[0]!),
      monteCarlo: monteCarlo(scenario, backend),
      sensitivity: sensitivity(scenario, backend),
      rollout: rollout(backend),
      comparison: [
        { label: 'Net zero 2028', plan: scenarioPlan },
        { label: 'Half by 2028', plan: optimiseScenario(halfway, backend) },
      ],
      loan: loan(plan),
      tracking: tracking(backend),
      stochastic: await stochastic(backend),
    };
  })();
  return cached;
}
