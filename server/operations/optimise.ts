/**
 * Optimise and finance: the cost-optimal plan of every factory (and the bank's view of it). Small
 * scenarios answer at once (solved in the worker pool); more factories than `syncMaxFactories` make
 * a job. Identical requests are answered from the store.
 */
import { financeJson } from '../../engine/finance/finance-json.ts';
import { optimiseJson } from '../../engine/optimise/plan-json.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { hasPlan, type ScenarioPlan } from '../../engine/optimise/types.ts';
import type { SolverSettings } from '../../engine/data/schemas/solver.ts';
import type { BackendId } from '../../engine/solvers/types.ts';
import { ApiError } from '../errors.ts';
import type { SolvedScenario } from '../../engine/tasks/scenario-tasks.ts';
import type { JobOutcome } from '../jobs/manager.ts';
import { requestKey } from '../store/keys.ts';
import type { RunMeta, StoredRun } from '../store/runs.ts';
import { runNow, type Answer, type Ctx } from './context.ts';
import { prepare, requestSettings, resolveSource, type ScenarioFields } from './scenario-input.ts';

export interface OptimiseRequest extends ScenarioFields {
  readonly backend?: BackendId | undefined;
  readonly timeLimitSeconds?: number | undefined;
}

type PlanKind = 'optimise' | 'finance';

/** What charts read back from an optimise or finance run. */
export interface PlanSource {
  readonly scenarioName: string;
  readonly plan: ScenarioPlan;
  readonly baselines: SolvedScenario['baselines'];
  readonly finance: SolvedScenario['finance'];
}

const LIMITS = new Set(['time_limit', 'iteration_limit', 'interrupted']);

/** The API error of a plan without a solution (null when every factory has a plan). */
function planError(plan: ScenarioPlan): RunMeta['error'] {
  const failed = plan.factories.filter((f) => !hasPlan(f));
  if (failed.length === 0) return undefined;
  const first = failed[0]!;
  const code =
    first.status === 'infeasible'
      ? 'infeasible'
      : first.status === 'unbounded'
        ? 'unbounded'
        : first.solver.termination === 'time_limit'
          ? 'time_limit'
          : (first.solver.errorCode ?? 'solver_error');
  const message = failed.map((f) => `${f.factoryId}: ${f.message}`).join('; ');
  return {
    code,
    message: code === 'infeasible' ? `no plan meets every constraint (${message})` : message,
    diagnosis: failed.map((f) => ({ factoryId: f.factoryId, status: f.status, message: f.message, diagnosis: f.diagnosis })),
  };
}

/** The stored run of a solved plan. */
export function planRun(kind: PlanKind, id: string, request: unknown, scenario: Scenario, outcome: SolvedScenario): StoredRun {
  const { plan } = outcome;
  const source: PlanSource = { scenarioName: scenario.name, plan, baselines: outcome.baselines, finance: outcome.finance };
  const result = kind === 'finance' && outcome.finance !== null ? financeJson(outcome.finance) : optimiseJson(plan);
  const error = planError(plan);
  return {
    id,
    kind,
    status: plan.status,
    createdAt: new Date().toISOString(),
    requestJson: JSON.stringify(request),
    resultJson: JSON.stringify(result),
    sourceJson: JSON.stringify(source),
    meta: {
      solverLimitReached: plan.factories.some((f) => LIMITS.has(f.solver.termination)),
      seconds: outcome.seconds,
      ...(error ? { error } : {}),
    },
  };
}

/**
 * A stored run can answer a request unless a solver limit cut it short (that answer depends on the
 * machine) or shards of a distributed run failed (a fault, not the answer): those are recomputed.
 */
export const reusable = (run: StoredRun | null): run is StoredRun => run !== null && !run.meta.solverLimitReached && run.meta.failedShards === undefined;

export function solvePlan(ctx: Ctx, kind: PlanKind, scenario: Scenario, settings: SolverSettings, signal?: AbortSignal): Promise<SolvedScenario> {
  return runNow(ctx, { kind: 'solve_scenario', scenario, settings, finance: kind === 'finance' }, signal);
}

export async function planRequest(ctx: Ctx, kind: PlanKind, body: OptimiseRequest): Promise<Answer> {
  const resolved = await resolveSource(ctx, body);
  const reqKey = requestKey(kind, { source: resolved.raw, backend: body.backend ?? null, timeLimitSeconds: body.timeLimitSeconds ?? null });
  const known = ctx.runs.byRequestKey(reqKey);
  if (reusable(known)) return { type: 'run', run: known, cached: true };
  return ctx.inflight.run(`${kind}:${reqKey}`, async (): Promise<Answer> => {
    const { scenario, key } = await prepare(ctx, resolved);
    const settings = requestSettings(ctx, scenario.solver, { backend: body.backend, timeLimitSeconds: body.timeLimitSeconds });
    const id = ctx.runs.runId(kind, { scenario: key, backend: settings.backend, timeLimitSeconds: settings.timeLimitSeconds });
    const stored = ctx.runs.get(id);
    if (reusable(stored)) {
      ctx.runs.alias(reqKey, id);
      return { type: 'run', run: stored, cached: true };
    }
    const request = { ...body };
    if (scenario.factories.length > ctx.config.syncMaxFactories) {
      const job = ctx.jobs.submit({
        kind,
        runId: id,
        total: 1,
        request,
        run: async ({ signal, progress }): Promise<JobOutcome> => {
          progress({ done: 0, total: 1, failed: 0 });
          const outcome = await ctx.pool.run({ kind: 'solve_scenario', scenario, settings, finance: kind === 'finance' }, { signal });
          if (!outcome.ok) return { ok: false, error: { code: 'solver_error', message: `the solve failed: ${outcome.error.message}` } };
          progress({ done: 1, total: 1, failed: 0 });
          return { ok: true, run: planRun(kind, id, request, scenario, outcome.value), requestKeys: [reqKey] };
        },
      });
      return { type: 'job', job };
    }
    const outcome = await solvePlan(ctx, kind, scenario, settings);
    const run = planRun(kind, id, request, scenario, outcome);
    ctx.runs.put(run, [reqKey]);
    return { type: 'run', run, cached: false };
  });
}
