/**
 * Monte Carlo, sensitivity and rollouts: always jobs (202), running the engine's run functions on
 * the server's one worker pool with the job's AbortSignal and progress. A run already in the store answers at once.
 * With a Redis URL configured, Monte Carlo and rollouts without a cap run on `lingtan worker`
 * processes instead (./distributed-runs.ts), stored in the same shape; the sector price search
 * (a rollout with a cap) and sensitivity always run in-process.
 */
import { DEFAULT_SOLVER_SETTINGS } from '../../engine/data/schemas/solver.ts';
import type { ShardRunReport } from '../../engine/distributed/options.ts';
import type { EngineError } from '../../engine/errors.ts';
import { parsePopulation, synthesisePopulation, type PopulationRow } from '../../engine/rollout/population.ts';
import { rolloutTemplates, runRollout } from '../../engine/rollout/rollout.ts';
import { capYearProblem, findSectorPrice } from '../../engine/rollout/sector-price.ts';
import { runMonteCarlo } from '../../engine/simulation/monte-carlo.ts';
import { runSensitivity, sensitivityRanges } from '../../engine/simulation/sensitivity.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { badRequest, engineInputError } from '../errors.ts';
import type { JobOutcome } from '../jobs/manager.ts';
import type { RolloutBody, SimulateBody } from '../schemas.ts';
import { requestKey } from '../store/keys.ts';
import type { RunKind, StoredRun } from '../store/runs.ts';
import type { Answer, Ctx } from './context.ts';
import { shardOutcome } from './distributed-runs.ts';
import { reusable } from './optimise.ts';
import { prepare, requestSettings, resolveSource, type ScenarioFields } from './scenario-input.ts';

/** The stored run; `shards`: the report of a run on Redis workers (failed shards make it `partial`). */
function storedRun(kind: RunKind, id: string, request: unknown, status: string, result: unknown, seconds: number, shards?: ShardRunReport): StoredRun {
  const outcome = shardOutcome(shards, status);
  return {
    id,
    kind,
    status: outcome.status,
    createdAt: new Date().toISOString(),
    requestJson: JSON.stringify(request),
    resultJson: JSON.stringify(result),
    sourceJson: null,
    meta: { solverLimitReached: false, seconds, ...outcome.meta },
  };
}

const failure = (e: EngineError): JobOutcome => ({ ok: false, error: { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) } });

/** Answer from the store, from the job already producing it, or start one. */
async function longRun(
  ctx: Ctx,
  kind: RunKind,
  reqKey: string,
  request: unknown,
  build: () => Promise<{ id: string; total: number; run: (c: Parameters<Parameters<Ctx['jobs']['submit']>[0]['run']>[0]) => Promise<JobOutcome> }>,
): Promise<Answer> {
  const known = ctx.runs.byRequestKey(reqKey);
  if (reusable(known)) return { type: 'run', run: known, cached: true };
  return ctx.inflight.run(`${kind}:${reqKey}`, async (): Promise<Answer> => {
    const spec = await build();
    const stored = ctx.runs.get(spec.id);
    if (reusable(stored)) {
      ctx.runs.alias(reqKey, spec.id);
      return { type: 'run', run: stored, cached: true };
    }
    return { type: 'job', job: ctx.jobs.submit({ kind, runId: spec.id, total: spec.total, request, run: spec.run }) };
  });
}

export async function simulateRequest(ctx: Ctx, body: SimulateBody): Promise<Answer> {
  const resolved = await resolveSource(ctx, body);
  const reqKey = requestKey('simulate', { source: resolved.raw, mode: body.mode, draws: body.draws ?? null, seed: body.seed ?? null });
  return longRun(ctx, 'simulate', reqKey, body, async () => {
    const { scenario, key } = await prepare(ctx, resolved);
    const draws = body.draws ?? scenario.uncertainty.draws;
    const seed = body.seed ?? scenario.uncertainty.seed;
    if (draws > ctx.config.maxDraws) {
      const message = `${draws} draws is more than this server runs (${ctx.config.maxDraws})`;
      throw badRequest(message, [{ path: body.draws !== undefined ? 'draws' : `${resolved.path}.uncertainty.draws`, message }]);
    }
    const id = ctx.runs.runId('simulate', { scenario: key, mode: body.mode, draws, seed });
    const settings = requestSettings(ctx, scenario.solver);
    return {
      id,
      total: draws,
      run: async (job) => {
        const t0 = performance.now();
        const inProcess = async () => ({
          result: await runMonteCarlo(scenario, await loadBackend(settings.backend), { mode: body.mode, draws, seed, settings, pool: ctx.pool, signal: job.signal, onProgress: job.progress }),
          run: undefined,
        });
        const { result, run } = ctx.distributed ? await ctx.distributed.monteCarlo(scenario, { mode: body.mode, draws, seed, settings }, job) : await inProcess();
        const status = result.summary.succeeded > 0 ? 'completed' : 'no_plan';
        return { ok: true, run: storedRun('simulate', id, body, status, result, (performance.now() - t0) / 1000, run), requestKeys: [reqKey] };
      },
    };
  });
}

export async function sensitivityRequest(ctx: Ctx, body: ScenarioFields): Promise<Answer> {
  const resolved = await resolveSource(ctx, body);
  const reqKey = requestKey('sensitivity', { source: resolved.raw });
  return longRun(ctx, 'sensitivity', reqKey, body, async () => {
    const { scenario, key } = await prepare(ctx, resolved);
    const cases = 2 * sensitivityRanges(scenario).length;
    const id = ctx.runs.runId('sensitivity', { scenario: key });
    const settings = requestSettings(ctx, scenario.solver);
    return {
      id,
      total: cases,
      run: async ({ signal, progress }) => {
        const t0 = performance.now();
        const result = await runSensitivity(scenario, await loadBackend(settings.backend), { pool: ctx.pool, settings, signal, onProgress: progress });
        return { ok: true, run: storedRun('sensitivity', id, body, 'completed', result, (performance.now() - t0) / 1000), requestKeys: [reqKey] };
      },
    };
  });
}

/** The population of a rollout request: rows, CSV, or synthesised from a sector archetype. */
export function rolloutPopulation(ctx: Ctx, body: RolloutBody): PopulationRow[] {
  const forms = [body.population !== undefined, body.populationCsv !== undefined, body.sector !== undefined || body.count !== undefined].filter(Boolean).length;
  if (forms !== 1) {
    const message = 'give exactly one of population, populationCsv, or sector with count';
    throw badRequest(message, [{ path: 'population', message }]);
  }
  const max = ctx.config.maxPopulation;
  if (body.sector !== undefined || body.count !== undefined) {
    if (body.sector === undefined || body.count === undefined) {
      const missing = body.sector === undefined ? 'sector' : 'count';
      throw badRequest(`${missing} is required with ${missing === 'sector' ? 'count' : 'sector'}`, [{ path: missing, message: 'required field is missing' }]);
    }
    if (body.count > max) throw badRequest(`at most ${max} factories`, [{ path: 'count', message: `at most ${max} factories on this server` }]);
    return synthesisePopulation(body.sector, body.count, body.seed ?? 1);
  }
  if (body.seed !== undefined) throw badRequest('seed goes with sector and count', [{ path: 'seed', message: 'seed goes with sector and count' }]);
  const parsed = body.populationCsv !== undefined ? parsePopulation(body.populationCsv, 'population.csv') : parsePopulation(JSON.stringify(body.population), 'population.json');
  if (!parsed.ok) throw engineInputError(parsed.error, body.populationCsv !== undefined ? 'populationCsv' : 'population');
  if (parsed.value.length > max) {
    throw badRequest(`at most ${max} factories`, [{ path: body.populationCsv !== undefined ? 'populationCsv' : 'population', message: `at most ${max} factories on this server` }]);
  }
  return parsed.value;
}

export async function rolloutRequest(ctx: Ctx, body: RolloutBody): Promise<Answer> {
  const rows = rolloutPopulation(ctx, body);
  if (body.cap !== undefined && body.carbonPriceRmbPerTco2 !== undefined) {
    const message = 'a cap finds its own carbon price: give cap or carbonPriceRmbPerTco2, not both';
    throw badRequest(message, [{ path: 'carbonPriceRmbPerTco2', message }]);
  }
  if (body.cap !== undefined) {
    const templates = rolloutTemplates(rows, {});
    const outside = templates.ok ? capYearProblem(templates.value, body.cap.year) : null;
    if (outside !== null) throw badRequest(outside, [{ path: 'cap.year', message: outside }], 'scenario_inconsistent');
  }
  // The sector templates carry the default solver settings.
  const settings = requestSettings(ctx, DEFAULT_SOLVER_SETTINGS, { timeLimitSeconds: body.timeLimitSeconds });
  const { timeLimitSeconds } = settings;
  const reqKey = requestKey('rollout', body);
  return longRun(ctx, 'rollout', reqKey, body, async () => {
    const id = ctx.runs.runId('rollout', { rows, cap: body.cap ?? null, carbonPriceRmbPerTco2: body.carbonPriceRmbPerTco2 ?? null, timeLimitSeconds });
    return {
      id,
      total: rows.length,
      run: async ({ signal, progress }) => {
        const t0 = performance.now();
        const seconds = () => (performance.now() - t0) / 1000;
        if (body.cap !== undefined) {
          // In-process even with Redis workers: the price search runs rollout after rollout.
          const r = await findSectorPrice(rows, { pool: ctx.pool, settings, capTco2: body.cap.tco2, capYear: body.cap.year, signal, onProgress: progress });
          if (!r.ok) return failure(r.error);
          return { ok: true, run: storedRun('rollout', id, body, r.value.met ? 'cap_met' : 'cap_not_met', r.value, seconds()), requestKeys: [reqKey] };
        }
        if (ctx.distributed) {
          const d = await ctx.distributed.rollout(rows, { settings, carbonPriceRmbPerTco2: body.carbonPriceRmbPerTco2 }, { signal, progress });
          if (!d.ok) return failure(d.error);
          return { ok: true, run: storedRun('rollout', id, body, 'completed', d.value.result, seconds(), d.value.run), requestKeys: [reqKey] };
        }
        const r = await runRollout(rows, { pool: ctx.pool, settings, signal, onProgress: progress, ...(body.carbonPriceRmbPerTco2 !== undefined ? { carbonPriceRmbPerTco2: body.carbonPriceRmbPerTco2 } : {}) });
        if (!r.ok) return failure(r.error);
        return { ok: true, run: storedRun('rollout', id, body, 'completed', r.value, seconds()), requestKeys: [reqKey] };
      },
    };
  });
}
