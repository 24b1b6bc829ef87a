/**
 * A two-stage stochastic plan of a scenario, on the worker pool:
 *   1. the scenario set (scenario-set.ts) and the expected-value case;
 *   2. every case solved freely: the wait-and-see optima (EVPI, the decomposition's bounds) and the
 *      deterministic plan (the expected-value case), whose first stage is what a planner without the
 *      stochastic model would commit to;
 *   3. the stochastic program: the extensive form in one HiGHS model (small counts; exact for a
 *      MILP), or the L-shaped decomposition across the pool (decomposition.ts);
 *   4. both first stages evaluated under every scenario with integer recourse: the cost
 *      distributions, VSS, EVPI and how often the target is met.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import { toIssues } from '../data/zod-issues.ts';
import { fail, ok, type Issue, type Result } from '../errors.ts';
import type { ProgressListener } from '../parallel/progress.ts';
import type { TaskOutcome, TaskRunner } from '../parallel/tasks.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { decompose } from './decomposition.ts';
import { firstStageOf } from './extensive-form.ts';
import { EXTENSIVE_FORM_MAX_SCENARIOS, StochasticOptionsSchema, type StochasticOptions, type StochasticOptionsInput } from './options.ts';
import { cvar, expectation, riskObjective, weightedQuantile } from './risk.ts';
import { buildScenarioModel, defaultFirstStageEndYear, firstStageColumns } from './scenario-model.ts';
import { expectedInputs, scenarioSet } from './scenario-set.ts';
import type { CaseSolve } from './solve-case.ts';
import type { CaseTask, StochasticContext, StochasticTasks } from './tasks.ts';
import type { FirstStageRow, PlanOutcome, StochasticResult, StochasticSolverReport } from './types.ts';

export interface StochasticRunOptions {
  readonly options: StochasticOptionsInput;
  readonly settings: SolverSettings;
  readonly pool: TaskRunner<StochasticTasks>;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ProgressListener | undefined;
}

/** The run's options checked against the scenario: field paths name the option (`cvar.alphaFraction`) or the scenario field. */
export function checkStochastic(scenario: Scenario, input: StochasticOptionsInput): Result<StochasticOptions> {
  const parsed = StochasticOptionsSchema.safeParse(input);
  if (!parsed.success) return fail({ code: 'stochastic_invalid', message: 'the stochastic options are not valid', issues: toIssues(parsed.error) });
  const o = parsed.data;
  const issues: Issue[] = [];
  const { startYear, endYear } = scenario.horizon;
  if (o.firstStageEndYear !== undefined && (o.firstStageEndYear < startYear || o.firstStageEndYear > endYear)) {
    issues.push({ path: 'firstStageEndYear', message: `the first stage must end inside the horizon (${startYear}–${endYear}), got ${o.firstStageEndYear}` });
  }
  if (scenario.uncertainty.inputs.length === 0) {
    issues.push({ path: 'uncertainty.inputs', message: 'the scenario declares no uncertain inputs: a stochastic plan needs an uncertainty block with at least one input' });
  }
  if (issues.length > 0) return fail({ code: 'stochastic_invalid', message: 'the stochastic plan cannot be set up', issues });
  return ok(o);
}

const FAILED = (why: string): Result<never> => fail({ code: 'solver_error', message: why });

export async function runStochastic(scenario: Scenario, backend: SolverBackend, run: StochasticRunOptions): Promise<Result<StochasticResult>> {
  const checked = checkStochastic(scenario, run.options);
  if (!checked.ok) return checked;
  const o = checked.value;
  const set = scenarioSet(scenario, o);
  if (!set.ok) return fail({ code: 'stochastic_invalid', message: 'the scenario set cannot be made', issues: set.issues });
  const t0 = performance.now();
  const cases = set.cases;
  const S = cases.length;
  const probabilities = cases.map((c) => c.probability);
  const ev = expectedInputs(cases);
  const endYear = o.firstStageEndYear ?? defaultFirstStageEndYear(scenario);
  const allCases = [...cases.map((c) => c.inputs), ev];
  const columns = firstStageColumns(scenario, allCases, endYear);
  const { names, integers } = columns;
  const ctx: StochasticContext = { scenario, cases: allCases, probabilities, firstStage: columns, settings: run.settings };
  const context = run.pool.context(ctx);
  const cvarSpec = o.cvar ?? null;
  const method = o.method === 'auto' ? (S <= EXTENSIVE_FORM_MAX_SCENARIOS ? 'extensive' : 'decomposition') : o.method;

  let done = 0;
  // Free solves (S + 1), the extensive form (1) or the decomposition's iterations (S each, added as they start), evaluations (2S).
  let total = 3 * S + 1 + (method === 'extensive' ? 1 : 0);
  let failedTasks = 0;
  const tick = (outcome: TaskOutcome<unknown>) => {
    done++;
    if (!outcome.ok) failedTasks++;
    run.onProgress?.({ done, total, failed: failedTasks });
  };
  const solveCases = async (tasks: CaseTask[]): Promise<Array<TaskOutcome<CaseSolve>>> => {
    const out: Array<TaskOutcome<CaseSolve>> = new Array(tasks.length);
    await run.pool.runAll(tasks.map((t) => ({ kind: 'stochastic_case' as const, ...t })), (i, r) => ((out[i] = r), tick(r)), { context, signal: run.signal });
    return out;
  };
  const values = (rs: Array<TaskOutcome<CaseSolve>>, what: string): CaseSolve[] | string => {
    const bad = rs.findIndex((r) => !r.ok);
    if (bad >= 0) {
      const r = rs[bad]!;
      return `${what}, case ${bad}: ${r.ok ? '' : `${r.error.code} (${r.error.message})`}`;
    }
    return rs.map((r) => (r as { ok: true; value: CaseSolve }).value);
  };

  // 2. Wait-and-see and the deterministic (expected-value) plan.
  const free = values(await solveCases([...Array(S + 1).keys()].map((index) => ({ index, fix: null, relaxIntegers: false }))), 'free solve');
  if (typeof free === 'string') return FAILED(free);
  const noPlan = free.findIndex((r) => r.objectiveRmb === null);
  if (noPlan >= 0) return FAILED(`${noPlan === S ? 'the expected-value case' : `scenario ${noPlan}`} has no plan: ${free[noPlan]!.termination} (${free[noPlan]!.message})`);
  const evFirstStage = free[S]!.firstStage!;
  const waitAndSee = free.slice(0, S).map((r) => r.objectiveRmb!);

  // 3. The stochastic program.
  let firstStage: number[];
  let solver: StochasticSolverReport;
  if (method === 'extensive') {
    const r = await run.pool.run({ kind: 'stochastic_extensive', cvar: cvarSpec }, { context, signal: run.signal });
    tick(r);
    if (!r.ok) return FAILED(`extensive form: ${r.error.code} (${r.error.message})`);
    const e = r.value;
    if (e.firstStage === null || e.objectiveRmb === null) return FAILED(`extensive form: ${e.termination} (${e.message})`);
    firstStage = e.firstStage;
    solver = { method, seconds: e.seconds, objectiveRmb: e.objectiveRmb, rows: e.rows, cols: e.cols, integers: e.integers, ...(e.mipGap !== null ? { mipGap: e.mipGap } : {}), message: e.termination };
  } else {
    // Built here only for the master: a scenario it must hold in full, and the expected-value case's constraints.
    const relaxed = (index: number) => buildScenarioModel(scenario, ctx.cases[index]!, { firstStage: columns, relaxIntegers: true, settings: run.settings, backend });
    const mip = integers;
    // Valid lower bounds for relaxed recourse: the relaxed wait-and-see optima (the exact ones for an LP).
    let lowerBounds = waitAndSee;
    if (mip) {
      total += S;
      const relaxedFree = values(await solveCases([...Array(S).keys()].map((index) => ({ index, fix: null, relaxIntegers: true }))), 'relaxed free solve');
      if (typeof relaxedFree === 'string') return FAILED(relaxedFree);
      lowerBounds = relaxedFree.map((r) => r.objectiveRmb ?? Number.NEGATIVE_INFINITY);
    }
    const started = performance.now();
    const d = await decompose({
      firstStage: firstStageOf(columns),
      probabilities,
      cvar: cvarSpec,
      lowerBoundsRmb: lowerBounds,
      start: evFirstStage,
      relativeGap: o.relativeGap,
      maxIterations: o.maxIterations,
      backend,
      settings: run.settings,
      signal: run.signal,
      fullModel: relaxed,
      feasibility: relaxed(S),
      solveAll: async (x) => {
        total += S;
        const rs = values(await solveCases([...Array(S).keys()].map((index) => ({ index, fix: x, relaxIntegers: mip }))), 'decomposition');
        if (typeof rs === 'string') throw new Error(rs);
        return rs;
      },
    }).catch((e: Error) => e);
    if (d instanceof Error) return FAILED(d.message);
    if (!d.ok || d.firstStage === null) return FAILED(`decomposition: ${d.message}`);
    firstStage = d.firstStage;
    solver = {
      method, seconds: (performance.now() - started) / 1000, objectiveRmb: d.upperBoundRmb, lowerBoundRmb: d.lowerBoundRmb, upperBoundRmb: d.upperBoundRmb,
      iterations: d.iterations, scenariosInMaster: d.scenariosInMaster, relaxedRecourse: mip, message: d.message,
    };
  }

  // 4. Both first stages under every scenario, integer recourse.
  const evaluated = values(
    await solveCases([
      ...[...Array(S).keys()].map((index) => ({ index, fix: firstStage, relaxIntegers: false })),
      ...[...Array(S).keys()].map((index) => ({ index, fix: evFirstStage, relaxIntegers: false })),
    ]),
    'evaluation',
  );
  if (typeof evaluated === 'string') return FAILED(evaluated);
  const alpha = cvarSpec?.alphaFraction ?? 0.95;
  let stochastic = outcome(evaluated.slice(0, S), probabilities, alpha);
  const deterministic = outcome(evaluated.slice(S), probabilities, alpha);
  const ws = expectation(waitAndSee.map((value, s) => ({ value, probability: probabilities[s]! })));
  const objective = (p: PlanOutcome) =>
    p.scenarioCostsRmb.every((c) => c !== null) ? riskObjective(p.scenarioCostsRmb.map((value, s) => ({ value: value!, probability: probabilities[s]! })), cvarSpec) : Number.POSITIVE_INFINITY;
  solver = { ...solver, objectiveRmb: objective(stochastic) };
  // The deterministic first stage is a candidate of the same program: when it evaluates better (a
  // MILP stopped within its gap, or the decomposition's relaxed recourse), the program's answer is it.
  if (objective(deterministic) < solver.objectiveRmb - 1e-9 * Math.abs(solver.objectiveRmb)) {
    firstStage = evFirstStage;
    stochastic = deterministic;
    solver = { ...solver, objectiveRmb: objective(deterministic), message: `${solver.message}; the deterministic first stage evaluated better than the solver's (within its MIP gap), so it is the plan` };
  }
  const years = scenario.years.filter((y) => y >= scenario.horizon.startYear && y <= endYear);
  return ok({
    scenarioId: scenario.id,
    seed: o.seed ?? scenario.uncertainty.seed,
    sampling: o.sampling,
    inputs: scenario.uncertainty.inputs,
    scenarios: cases.map((c, index) => ({ index, probability: c.probability, inputs: c.inputs })),
    expectedInputs: ev,
    firstStageYears: years,
    cvar: cvarSpec,
    plan: planRows(names, firstStage, evFirstStage),
    firstStage: byName(names, firstStage),
    deterministicFirstStage: byName(names, evFirstStage),
    stochastic,
    deterministic,
    waitAndSee: { scenarioCostsRmb: waitAndSee, expectedCostRmb: ws },
    vssRmb: deterministic.expectedCostRmb !== null && stochastic.expectedCostRmb !== null ? deterministic.expectedCostRmb - stochastic.expectedCostRmb : null,
    evpiRmb: stochastic.expectedCostRmb !== null ? stochastic.expectedCostRmb - ws : null,
    solver: { ...solver, seconds: (performance.now() - t0) / 1000 },
    message: stochastic.expectedCostRmb === null ? 'the stochastic first stage has no recourse in some scenario' : 'ok',
  });
}

const clean = (v: number) => (Math.abs(v) < 1e-7 ? 0 : v);
const byName = (names: readonly string[], x: readonly number[]) => Object.fromEntries(names.map((n, j) => [n, clean(x[j]!)]));

const BUILD = /^(.+)\.build\[(.+),(\d{4})\]$/;

function planRows(names: readonly string[], x: readonly number[], ev: readonly number[]): FirstStageRow[] {
  const rows: FirstStageRow[] = [];
  names.forEach((n, j) => {
    const m = BUILD.exec(n);
    if (m === null || (Math.abs(x[j]!) < 1e-7 && Math.abs(ev[j]!) < 1e-7)) return;
    rows.push({ factoryId: m[1]!, measureId: m[2]!, year: Number(m[3]), stochasticUnits: clean(x[j]!), deterministicUnits: clean(ev[j]!) });
  });
  return rows;
}

function outcome(rs: readonly CaseSolve[], probabilities: readonly number[], alpha: number): PlanOutcome {
  const costs = rs.map((r) => r.objectiveRmb);
  const complete = costs.every((c) => c !== null);
  const xs = complete ? costs.map((value, s) => ({ value: value!, probability: probabilities[s]! })) : [];
  const q = (p: number) => (complete ? weightedQuantile(xs, p) : null);
  return {
    scenarioCostsRmb: costs,
    expectedCostRmb: complete ? expectation(xs) : null,
    p5Rmb: q(0.05),
    p50Rmb: q(0.5),
    p95Rmb: q(0.95),
    cvarRmb: complete ? cvar(xs, alpha) : null,
    targetMetProbability: Math.min(1, rs.reduce((s, r, i) => s + (r.objectiveRmb !== null && r.shortfallTco2 <= 1e-6 ? probabilities[i]! : 0), 0)),
    expectedShortfallTco2: rs.reduce((s, r, i) => s + probabilities[i]! * r.shortfallTco2, 0),
  };
}
