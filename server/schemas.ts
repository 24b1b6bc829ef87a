/**
 * Request and response schemas of the API, built from the engine's zod schemas (population rows,
 * sector ids, uncertainty settings, the scenario file). A scenario in a request is validated by the
 * engine's loader (`loadScenarioData`: two passes, years from the header), so its schema here only
 * documents it: the OpenAPI component `ScenarioFile` is the engine's scenario schema (input side).
 */
import { z } from 'zod';
import { SectorIdSchema } from '../engine/data/schemas/ids.ts';
import { BackendIdSchema, SolverSettingsSchema } from '../engine/data/schemas/solver.ts';
import { scenarioSchema } from '../engine/data/schemas/scenario.ts';
import { UncertaintySchema } from '../engine/data/schemas/uncertainty.ts';
import { CvarSchema, StochasticOptionsSchema } from '../engine/stochastic/options.ts';
import { yearRange, yearValue } from '../engine/data/year-value.ts';
import { PopulationRowSchema } from '../engine/rollout/population.ts';
import type { SimulationMode } from '../engine/simulation/draw.ts';
import { CHART_KIND_IDS } from '../engine/charts/registry.ts';
import { JOB_EVENTS, JOB_STATES } from './store/jobs.ts';
import { RUN_KINDS } from './store/runs.ts';

/** Years the documented scenario schema is drawn for (the defaults: base year 2025, horizon 2026–2030). */
const DOC_YEARS = yearRange(2025, 2030);

/** The engine's scenario file schema as JSON Schema (input side), for the OpenAPI document. */
export function scenarioFileJsonSchema(target: 'draft-2020-12' | 'openapi-3.0'): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema(yearValue(DOC_YEARS)), { io: 'input', unrepresentable: 'any', target }) as Record<string, unknown>;
}

export const ScenarioFileRef = z.unknown().meta({
  id: 'ScenarioFile',
  description: 'A scenario file as JSON (the engine schema, engine/data/schemas/scenario.ts; `factory` is shorthand for `factories: [factory]`).',
});

const modes = ['evaluate', 'reoptimise'] as const satisfies readonly SimulationMode[];

/** Where a request's scenario comes from: exactly one of these. */
const scenarioSource = {
  scenario: ScenarioFileRef.optional(),
  scenarioText: z.string().optional().describe('The scenario file as YAML or JSON text (also: a request body of type application/yaml).'),
  scenarioId: z.string().optional().describe('A bundled scenario (GET /v1/scenarios), e.g. "automotive-shanghai".'),
};

const timeLimitSeconds = SolverSettingsSchema.shape.timeLimitSeconds.unwrap().optional().describe('Solver time limit per solve, seconds (capped by the server); replaces the scenario\'s `solver.timeLimitSeconds`.');

export const ScenarioBodySchema = z.object(scenarioSource).strict();

export const OptimiseBodySchema = z
  .object({ ...scenarioSource, backend: BackendIdSchema.optional().describe('Solver backend (default: the scenario\'s, normally highs).'), timeLimitSeconds })
  .strict();
export type OptimiseBody = z.output<typeof OptimiseBodySchema>;

export const FinanceBodySchema = z.object({ ...scenarioSource, timeLimitSeconds }).strict();

export const TrackBodySchema = z
  .object({
    ...scenarioSource,
    actuals: z.unknown().optional().describe('The actuals file as JSON (engine/data/schemas/actuals.ts: meters, output, installed, greenPurchases, offsetsRetired, factors).'),
    actualsText: z.string().optional().describe('The actuals file as YAML or JSON text.'),
    readingsCsv: z.string().describe('Meter readings as CSV: timestamp,meter_id,quantity,unit (interval start, China Standard Time).'),
    timeLimitSeconds,
  })
  .strict();
export type TrackBody = z.output<typeof TrackBodySchema>;

export const SimulateBodySchema = z
  .object({
    ...scenarioSource,
    mode: z.enum(modes).default('reoptimise').describe('evaluate: the base plan\'s capacity fixed; reoptimise: every draw optimised afresh.'),
    draws: UncertaintySchema.shape.draws.unwrap().optional().describe('Number of draws (default: the scenario\'s `uncertainty.draws`).'),
    seed: UncertaintySchema.shape.seed.unwrap().optional().describe('Seed (default: the scenario\'s `uncertainty.seed`).'),
  })
  .strict();
export type SimulateBody = z.output<typeof SimulateBodySchema>;

export const SensitivityBodySchema = ScenarioBodySchema;

const stochastic = StochasticOptionsSchema.shape;
export const StochasticBodySchema = z
  .object({
    ...scenarioSource,
    scenarios: stochastic.scenarios.describe('Scenarios sampled from the uncertainty block (default 20; the cap on enumerated ones).'),
    sampling: stochastic.sampling.describe('sample: seeded equiprobable draws (identical ones merged); enumerate: every combination of discrete inputs.'),
    seed: stochastic.seed.describe("Seed of the sampled scenarios (default: the scenario's `uncertainty.seed`)."),
    firstStageEndYear: stochastic.firstStageEndYear.describe("Last year whose builds are decided now (default: the horizon's second year)."),
    cvar: CvarSchema.optional().describe('Risk aversion: minimise E[cost] + weight × CVaR at alphaFraction (Rockafellar–Uryasev).'),
    method: stochastic.method.describe('extensive: one HiGHS model of every scenario; decomposition: L-shaped cuts on the worker pool; auto: extensive up to 30 scenarios.'),
    timeLimitSeconds,
  })
  .strict();
export type StochasticBody = z.output<typeof StochasticBodySchema>;

/**
 * ASSUMPTION: a uniform carbon price above 100,000 RMB/tCO2 (about 150 times the EU ETS price of
 * 2025) describes no policy; larger values only overflow the solver's coefficients.
 */
const MAX_CARBON_PRICE_RMB_PER_TCO2 = 100_000;

export const RolloutBodySchema = z
  .object({
    population: z.array(PopulationRowSchema.meta({ id: 'PopulationRow' })).min(1).optional().describe('The factories (engine/rollout/population.ts).'),
    populationCsv: z.string().optional().describe('The population as CSV (header id,sector,province,outputScaleFraction, optionally energyIntensityFraction,fuelShareFraction,roofAreaFraction); also: a body of type text/csv.'),
    sector: SectorIdSchema.optional().describe('Synthesise a population of this sector…'),
    count: z.number().int().min(1).optional().describe('…with this many factories…'),
    seed: z.number().int().min(0).optional().describe('…from this seed (default 1).'),
    cap: z
      .object({ tco2: z.number().nonnegative().describe('Sector cap on net emissions, tCO2'), year: z.number().int().min(2000).max(2100).describe('The year the cap applies to (within the rollout horizon)') })
      .strict()
      .optional()
      .describe('With a cap: the uniform carbon price at which the sector meets it (bisection over rollouts).'),
    carbonPriceRmbPerTco2: z
      .number()
      .nonnegative()
      .max(MAX_CARBON_PRICE_RMB_PER_TCO2)
      .optional()
      .describe(`A uniform carbon price instead of the factory targets, RMB/tCO2 (at most ${MAX_CARBON_PRICE_RMB_PER_TCO2}).`),
    timeLimitSeconds,
  })
  .strict();
export type RolloutBody = z.output<typeof RolloutBodySchema>;

export const CompareBodySchema = z
  .object({
    runs: z
      .array(
        z
          .object({
            ...scenarioSource,
            runId: z.string().optional().describe('An optimise run already in the store.'),
            label: z.string().min(1).max(200).optional().describe('What the comparison calls this run (default: the scenario name).'),
          })
          .strict(),
      )
      .min(2)
      .max(10),
    timeLimitSeconds,
  })
  .strict();
export type CompareBody = z.output<typeof CompareBodySchema>;

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200) });
export const ChartParamsSchema = z.object({ id: z.string().min(1).max(200), kind: z.string().min(1).max(100) });

export const ChartQuerySchema = z
  .object({
    format: z.enum(['json', 'svg', 'png']).default('json').describe('json: the Vega-Lite spec; svg or png: rendered.'),
    lang: z.enum(['en', 'zh']).optional(),
    factory: z.string().min(1).optional().describe('For a run with several factories: which one (default the first).'),
    metric: z.enum(['cost', 'net_emissions', 'shadow_price']).optional().describe('mc_fan: net_emissions | cost; tornado: cost | shadow_price.'),
    year: z.coerce.number().int().min(1990).max(2100).optional().describe('dispatch: the year (default the last of the horizon).'),
    day: z.string().min(1).max(100).optional().describe('dispatch: the representative day id (default a summer working day).'),
    width: z.coerce.number().int().min(50).max(4000).optional(),
    height: z.coerce.number().int().min(50).max(4000).optional(),
    scale: z.coerce.number().positive().max(8).optional().describe('PNG pixels per SVG unit (default 2).'),
  })
  .strict();
export type ChartQuery = z.output<typeof ChartQuerySchema>;

export const MeasuresQuerySchema = z.object({ sector: SectorIdSchema.optional(), category: z.string().optional() }).strict();

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(RUN_KINDS),
    runId: z.string(),
    state: z.enum(JOB_STATES),
    progress: z.object({ done: z.number(), total: z.number(), failed: z.number() }),
    error: z.object({ code: z.string(), message: z.string() }).loose().nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    history: z
      .array(z.object({ at: z.string(), event: z.enum(JOB_EVENTS), message: z.string().optional() }))
      .describe('What happened to the job: queued, started, stopped (the server shut down), requeued or resumed (after a restart), and how it ended.'),
    links: z.object({ self: z.string(), events: z.string(), run: z.string().nullable() }),
  })
  .meta({ id: 'Job' });

export const JobAcceptedSchema = z.object({ job: JobSchema }).loose();

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  auth: z.enum(['keys', 'off']).describe('keys: /v1 routes need an API key; off: the open local mode (loopback only).'),
  uptimeSeconds: z.number(),
  runs: z.number().nullable().describe("The caller's stored runs (null without a valid key)."),
  jobs: z.object({ queued: z.number(), running: z.number(), accepting: z.boolean() }),
  distributed: z
    .object({
      redis: z.string().describe('The Redis URL, its credentials replaced by ***.'),
      connected: z.boolean().describe('The server has a ready connection to Redis.'),
    })
    .nullable()
    .describe('null: every job runs in-process. Otherwise simulate jobs and rollout jobs without a cap run on `lingtan worker` processes through this Redis.'),
});

export const ChartListSchema = z.object({
  runId: z.string(),
  charts: z.array(
    z.object({
      kind: z.enum(CHART_KIND_IDS as [string, ...string[]]),
      title: z.object({ en: z.string(), zh: z.string() }),
      description: z.string(),
      factories: z.array(z.string()).nullable(),
      href: z.string(),
    }),
  ),
});

/** A run envelope: the result itself is the engine's (see the README for its shape per kind). */
export const RunEnvelopeSchema = z
  .object({
    runId: z.string(),
    kind: z.enum(RUN_KINDS),
    status: z.string(),
    cached: z.boolean(),
    createdAt: z.string(),
    solverLimitReached: z.boolean(),
    seconds: z.number(),
    links: z.object({ self: z.string(), charts: z.string() }),
    failedShards: z
      .array(z.object({ shard: z.number(), jobId: z.string(), start: z.number(), end: z.number(), message: z.string(), attempts: z.number() }))
      .optional()
      .describe('Status `partial` (a run on Redis workers): the shards that failed for good; their items are listed as failed in the result.'),
    result: z.unknown(),
  })
  .loose()
  .meta({ id: 'Run' });
