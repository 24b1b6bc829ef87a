/**
 * A scenario: one or more factories, the assumptions, the policy, the measures on offer and the
 * solver options. The schema is built for the scenario's years so that every per-year input is
 * resolved to plain numbers while parsing (`z.output` holds YearSeries, `z.input` the file form).
 */
import { z } from 'zod';
import { DEFAULT_BASE_YEAR, DEFAULT_HORIZON } from '../defaults.ts';
import type { YearValueSchema } from '../year-series.ts';
import { assumptionsSchema } from './assumptions.ts';
import { factorySchema } from './factory.ts';
import { financeSchema } from './finance.ts';
import { SnakeIdSchema } from './ids.ts';
import { measureSchema, PaceOverrideSchema } from './measure.ts';
import { offsetProductSchema } from './offset.ts';
import { TimeSchema } from './time.ts';
import { policySchema } from './policy.ts';
import { SolverSettingsSchema } from './solver.ts';
import { SensitivitySchema, UncertaintySchema } from './uncertainty.ts';

/** First pass: just enough to know which years to resolve. */
export const ScenarioHeaderSchema = z
  .object({
    baseYear: z.number().int().min(2000).max(2100).default(DEFAULT_BASE_YEAR),
    horizon: z
      .object({
        startYear: z.number().int().default(DEFAULT_HORIZON.startYear),
        endYear: z.number().int().default(DEFAULT_HORIZON.endYear),
      })
      .strict()
      .prefault({}),
  })
  .loose()
  .superRefine((h, ctx) => {
    if (h.horizon.startYear <= h.baseYear) {
      ctx.addIssue({ code: 'custom', path: ['horizon', 'startYear'], message: 'must be after baseYear' });
    }
    if (h.horizon.endYear < h.horizon.startYear) {
      ctx.addIssue({ code: 'custom', path: ['horizon', 'endYear'], message: 'must be ≥ horizon.startYear' });
    }
    if (h.horizon.endYear - h.baseYear > 60) {
      ctx.addIssue({ code: 'custom', path: ['horizon', 'endYear'], message: 'horizon longer than 60 years' });
    }
  });
export type ScenarioHeader = z.output<typeof ScenarioHeaderSchema>;

/** The scenario schema for per-year inputs bound to the scenario's years (`yearValue(years)` from year-value.ts). */
export function scenarioSchema(yv: YearValueSchema) {
  return z
    .object({
      id: SnakeIdSchema,
      name: z.string().min(1),
      description: z.string().optional(),
      baseYear: z.number().int(),
      horizon: z.object({ startYear: z.number().int(), endYear: z.number().int() }).strict(),
      /** Annual electricity balance, or hourly on representative days (the default). */
      time: TimeSchema.prefault({}),
      factories: z.array(factorySchema(yv)).min(1, 'a scenario needs at least one factory'),
      assumptions: assumptionsSchema(yv).prefault({}),
      policy: policySchema(yv).prefault({}),
      finance: financeSchema(yv).prefault({}),
      measures: z
        .object({
          /** Catalogue measures on offer: 'all' applicable ones, or a list of ids. */
          include: z.union([z.literal('all'), z.array(SnakeIdSchema)]).default('all'),
          exclude: z.array(SnakeIdSchema).default([]),
          /** Scenario-specific measures, added to (or replacing by id) catalogue entries. */
          custom: z.array(measureSchema(yv)).default([]),
          /** Build-pace overrides by measure id (lead time, yearly share of potential). */
          pace: z.record(SnakeIdSchema, PaceOverrideSchema).default({}),
          /**
           * Build counted equipment (vehicles, boilers, kilns) in whole units (a MILP). `false` relaxes the
           * counts to continuous sizes, e.g. for large rollouts where a fraction of a truck per plant averages out.
           */
          wholeUnits: z.boolean().default(true),
        })
        .strict()
        .prefault({}),
      offsets: z
        .object({ custom: z.array(offsetProductSchema(yv)).default([]) })
        .strict()
        .prefault({}),
      solver: SolverSettingsSchema.prefault({}),
      uncertainty: UncertaintySchema.prefault({}),
      sensitivity: SensitivitySchema.prefault({}),
    })
    .strict();
}

export type ScenarioFile = z.input<ReturnType<typeof scenarioSchema>>;
export type ParsedScenario = z.output<ReturnType<typeof scenarioSchema>>;
export type Factory = ParsedScenario['factories'][number];
export type Measure = z.output<ReturnType<typeof measureSchema>>;
export type MeasureInput = z.input<ReturnType<typeof measureSchema>>;
export type OffsetProduct = z.output<ReturnType<typeof offsetProductSchema>>;
export type OffsetProductInput = z.input<ReturnType<typeof offsetProductSchema>>;
export type Policy = ParsedScenario['policy'];
export type Assumptions = ParsedScenario['assumptions'];

/** A loaded scenario: the parsed file with its years, the resolved catalogue measures and offset products. */
export type Scenario = Omit<ParsedScenario, 'measures' | 'offsets'> & {
  /** Base year through the end of the horizon. */
  readonly years: readonly number[];
  /** Optimisation years (the horizon). */
  readonly horizonYears: readonly number[];
  readonly measures: readonly Measure[];
  readonly offsetProducts: readonly OffsetProduct[];
  /** `measures.wholeUnits` of the file: counted equipment in whole units. */
  readonly wholeUnits: boolean;
};
