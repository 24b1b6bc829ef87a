/**
 * What a two-stage stochastic run is asked: how many scenarios and how they are made, which years are
 * the first stage (decided now, shared by every scenario), the risk measure, and how to solve.
 */
import { z } from 'zod';

/** Above this many scenarios `method: auto` decomposes instead of solving the extensive form. */
export const EXTENSIVE_FORM_MAX_SCENARIOS = 30;

export const CvarSchema = z
  .object({
    /** CVaR level α: the mean of the worst (1 − α) share of scenario costs. */
    alphaFraction: z.number().gt(0, 'alpha must lie strictly between 0 and 1').lt(1, 'alpha must lie strictly between 0 and 1'),
    /** λ: weight of CVaR beside the expected cost (0 = risk-neutral). */
    weight: z.number().min(0, 'the CVaR weight must be ≥ 0').max(1e3),
  })
  .strict();
export type Cvar = z.infer<typeof CvarSchema>;

export const StochasticOptionsSchema = z
  .object({
    /** Scenarios sampled from the uncertainty block (sample), or the cap on enumerated ones (enumerate). */
    scenarios: z.number().int().min(1, 'at least one scenario is needed').max(1000).default(20),
    /** sample: N equiprobable draws (identical draws merged, their probabilities added); enumerate: every combination of discrete inputs. */
    sampling: z.enum(['sample', 'enumerate']).default('sample'),
    /** Seed of the sampled scenarios; default the scenario's `uncertainty.seed`. */
    seed: z.number().int().nonnegative().optional(),
    /** Last year of the first stage; default the horizon's second year (2026–2027 for a 2026 start). */
    firstStageEndYear: z.number().int().optional(),
    cvar: CvarSchema.optional(),
    /** extensive: one HiGHS model of every scenario; decomposition: L-shaped (Benders) cuts on the pool. */
    method: z.enum(['auto', 'extensive', 'decomposition']).default('auto'),
    /** Decomposition stops when (upper − lower bound) ≤ this × |upper bound|. */
    relativeGap: z.number().positive().max(0.1).default(1e-6),
    maxIterations: z.number().int().positive().max(10_000).default(300),
  })
  .strict();
export type StochasticOptionsInput = z.input<typeof StochasticOptionsSchema>;
export type StochasticOptions = z.output<typeof StochasticOptionsSchema>;
