/**
 * Compare 2–10 scenarios (or stored optimise runs) side by side: discounted cost, target-year net
 * emissions, capex, carbon shadow price, offsets. Each scenario is optimised as its own run (and
 * stored as one); the comparison refers to them.
 */
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import type { SolverSettings } from '../../engine/data/schemas/solver.ts';
import { comparePlans, comparisonLabels } from '../../engine/optimise/compare-plans.ts';
import { ApiError, badRequest } from '../errors.ts';
import type { JobOutcome } from '../jobs/manager.ts';
import { requestKey } from '../store/keys.ts';
import type { StoredRun } from '../store/runs.ts';
import type { Answer, Ctx } from './context.ts';
import { planRun, reusable, solvePlan, type PlanSource } from './optimise.ts';
import { prepare, requestSettings, resolveSource, type ScenarioFields } from './scenario-input.ts';

export interface CompareRequest {
  readonly runs: ReadonlyArray<ScenarioFields & { readonly runId?: string | undefined; readonly label?: string | undefined }>;
  readonly timeLimitSeconds?: number | undefined;
}

/** What charts read back from a comparison. */
export interface CompareSource {
  readonly members: ReadonlyArray<{ readonly label: string; readonly runId: string }>;
}

type Member =
  | { readonly state: 'stored'; readonly run: StoredRun; readonly label: string | undefined }
  | { readonly state: 'todo'; readonly id: string; readonly reqKey: string; readonly scenario: Scenario; readonly settings: SolverSettings; readonly request: unknown; readonly label: string | undefined };

const planSourceOf = (run: StoredRun): PlanSource => JSON.parse(run.sourceJson ?? 'null') as PlanSource;

async function member(ctx: Ctx, m: CompareRequest['runs'][number], index: number, timeLimit: number | undefined): Promise<Member> {
  const at = `runs[${index}]`;
  if (m.runId !== undefined) {
    if (m.scenario !== undefined || m.scenarioText !== undefined || m.scenarioId !== undefined) {
      throw badRequest('give either runId or a scenario', [{ path: `${at}.runId`, message: 'give either runId or a scenario, not both' }]);
    }
    const run = ctx.runs.get(m.runId);
    if (run === null || (run.kind !== 'optimise' && run.kind !== 'finance')) {
      const message = run === null ? `no run "${m.runId}"` : `run "${m.runId}" is a ${run.kind} run, not an optimisation`;
      throw new ApiError(400, 'unknown_run', message, [{ path: `${at}.runId`, message }]);
    }
    return { state: 'stored', run, label: m.label };
  }
  const resolved = await resolveSource(ctx, m, at);
  const reqKey = requestKey('optimise', { source: resolved.raw, backend: null, timeLimitSeconds: timeLimit ?? null });
  const known = ctx.runs.byRequestKey(reqKey);
  if (reusable(known)) return { state: 'stored', run: known, label: m.label };
  const { scenario, key } = await prepare(ctx, resolved);
  const settings = requestSettings(ctx, scenario.solver, { timeLimitSeconds: timeLimit });
  const id = ctx.runs.runId('optimise', { scenario: key, backend: settings.backend, timeLimitSeconds: settings.timeLimitSeconds });
  const stored = ctx.runs.get(id);
  if (reusable(stored)) {
    ctx.runs.alias(reqKey, id);
    return { state: 'stored', run: stored, label: m.label };
  }
  const { label: _label, runId: _runId, ...request } = m;
  return { state: 'todo', id, reqKey, scenario, settings, request: { ...request, ...(timeLimit !== undefined ? { timeLimitSeconds: timeLimit } : {}) }, label: m.label };
}

function compareRun(id: string, request: CompareRequest, members: ReadonlyArray<{ label: string; run: StoredRun }>, seconds: number): StoredRun {
  const entries = comparePlans(members.map((m) => ({ label: m.label, name: m.label, plan: planSourceOf(m.run).plan })));
  const result = { runs: entries.map(({ label, status: _status, ...row }, i) => ({ label, runId: members[i]!.run.id, status: members[i]!.run.status, ...row })) };
  const source: CompareSource = { members: members.map((m) => ({ label: m.label, runId: m.run.id })) };
  return {
    id,
    kind: 'compare',
    status: 'completed',
    createdAt: new Date().toISOString(),
    requestJson: JSON.stringify(request),
    resultJson: JSON.stringify(result),
    sourceJson: JSON.stringify(source),
    meta: { solverLimitReached: members.some((m) => m.run.meta.solverLimitReached), seconds },
  };
}

/** Labels: as given, else the scenario name; repeated labels get a number. */
const labelsOf = (members: readonly Member[]): string[] =>
  comparisonLabels(members.map((m) => ({ label: m.label, name: m.state === 'todo' ? m.scenario.name : planSourceOf(m.run).scenarioName })));

export async function compareRequest(ctx: Ctx, body: CompareRequest): Promise<Answer> {
  const reqKey = requestKey('compare', body);
  const known = ctx.runs.byRequestKey(reqKey);
  if (reusable(known)) return { type: 'run', run: known, cached: true };
  return ctx.inflight.run(`compare:${reqKey}`, async (): Promise<Answer> => {
    const members = await Promise.all(body.runs.map((m, i) => member(ctx, m, i, body.timeLimitSeconds)));
    const labels = labelsOf(members);
    const memberIds = members.map((m) => (m.state === 'stored' ? m.run.id : m.id));
    const id = ctx.runs.runId('compare', labels.map((label, i) => ({ label, runId: memberIds[i] })));
    const stored = ctx.runs.get(id);
    if (reusable(stored)) {
      ctx.runs.alias(reqKey, id);
      return { type: 'run', run: stored, cached: true };
    }
    const t0 = performance.now();
    const solveAll = async (signal?: AbortSignal, progress?: (done: number) => void) => {
      let done = 0;
      return Promise.all(
        members.map(async (m, i) => {
          if (m.state === 'stored') return { label: labels[i]!, run: m.run };
          const outcome = await solvePlan(ctx, 'optimise', m.scenario, m.settings, signal);
          const run = planRun('optimise', m.id, m.request, m.scenario, outcome);
          ctx.runs.put(run, [m.reqKey]);
          progress?.(++done);
          return { label: labels[i]!, run };
        }),
      );
    };
    const todo = members.filter((m): m is Extract<Member, { state: 'todo' }> => m.state === 'todo');
    const factories = todo.reduce((s, m) => s + m.scenario.factories.length, 0);
    if (factories > ctx.config.syncMaxFactories) {
      const job = ctx.jobs.submit({
        kind: 'compare',
        runId: id,
        total: todo.length,
        request: body,
        run: async ({ signal, progress }): Promise<JobOutcome> => {
          try {
            const solved = await solveAll(signal, (done) => progress({ done, total: todo.length, failed: 0 }));
            return { ok: true, run: compareRun(id, body, solved, (performance.now() - t0) / 1000), requestKeys: [reqKey] };
          } catch (error) {
            const e = error instanceof ApiError ? error : null;
            return { ok: false, error: { code: e?.code ?? 'job_failed', message: error instanceof Error ? error.message : String(error) } };
          }
        },
      });
      return { type: 'job', job };
    }
    const solved = await solveAll();
    const run = compareRun(id, body, solved, (performance.now() - t0) / 1000);
    ctx.runs.put(run, [reqKey]);
    return { type: 'run', run, cached: false };
  });
}
