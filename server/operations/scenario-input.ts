/**
 * A request's scenario: from the body (JSON), from YAML/JSON text, or a bundled file by id; loaded
 * and validated by the engine in the worker pool. Errors are 400s whose paths point into the request.
 */
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { resolveSolverSettings, type SolverOverrides, type SolverSettings } from '../../engine/data/schemas/solver.ts';
import type { ScenarioSource } from '../../engine/tasks/scenario-tasks.ts';
import { ApiError, badRequest, engineInputError, quoted } from '../errors.ts';
import { runNow, type Ctx } from './context.ts';

export interface ScenarioFields {
  readonly scenario?: unknown;
  readonly scenarioText?: string | undefined;
  readonly scenarioId?: string | undefined;
}

export interface ResolvedSource {
  readonly source: ScenarioSource;
  /** The source as sent, for the request key. */
  readonly raw: unknown;
  /** Where in the request the scenario is, for error paths. */
  readonly path: string;
}

const join = (prefix: string, field: string) => (prefix === '' ? field : `${prefix}.${field}`);

export async function resolveSource(ctx: Ctx, fields: ScenarioFields, prefix = ''): Promise<ResolvedSource> {
  const given = (['scenario', 'scenarioText', 'scenarioId'] as const).filter((k) => fields[k] !== undefined);
  if (given.length !== 1) {
    const message = given.length === 0 ? 'a scenario is required: give one of scenario, scenarioText or scenarioId' : `give only one of ${given.join(', ')}`;
    throw badRequest(message, [{ path: join(prefix, given.length === 0 ? 'scenario' : given[1]!), message }]);
  }
  if (fields.scenarioId !== undefined) {
    const bundled = await ctx.scenarios.get(fields.scenarioId);
    if (bundled === null) {
      const known = (await ctx.scenarios.list()).map((s) => s.id);
      const message = `no bundled scenario ${quoted(fields.scenarioId)} (known: ${known.join(', ')})`;
      throw new ApiError(400, 'unknown_scenario', message, [{ path: join(prefix, 'scenarioId'), message }]);
    }
    return { source: { text: bundled.text, fileName: bundled.file }, raw: { text: bundled.text, format: bundled.file.endsWith('.json') ? 'json' : 'yaml' }, path: join(prefix, 'scenarioId') };
  }
  if (fields.scenarioText !== undefined) {
    // YAML is a superset of JSON: one parser reads both.
    const limits = { maxDepth: ctx.config.maxInputDepth, maxNodes: ctx.config.maxInputNodes };
    return { source: { text: fields.scenarioText, fileName: 'scenario.yaml', limits }, raw: { text: fields.scenarioText, format: 'yaml' }, path: join(prefix, 'scenarioText') };
  }
  return { source: { data: fields.scenario, fileName: 'scenario' }, raw: { data: fields.scenario }, path: join(prefix, 'scenario') };
}

export interface Prepared {
  readonly scenario: Scenario;
  /** Hash of the loaded (normalised) scenario. */
  readonly key: string;
}

/** Load and validate in the worker pool; a bad scenario is a 400 with paths into the request. */
export async function prepare(ctx: Ctx, resolved: ResolvedSource): Promise<Prepared> {
  const loaded = await runNow(ctx, { kind: 'load_scenario', source: resolved.source });
  // Text sources report paths inside the file; point at the text field.
  if (!loaded.ok) throw engineInputError(loaded.error, resolved.path);
  return { scenario: loaded.scenario, key: loaded.key };
}

/**
 * The solver settings of a request, resolved once: the scenario's (or a rollout template's), the
 * request's overrides, the time limit capped by the server's maximum. Every solve of the request
 * (and of the job it makes) takes this value.
 */
export function requestSettings(ctx: Ctx, solver: SolverSettings, overrides: SolverOverrides = {}): SolverSettings {
  return resolveSolverSettings(solver, overrides, ctx.config.maxSolveSeconds);
}
