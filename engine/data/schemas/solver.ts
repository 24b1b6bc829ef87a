/**
 * Solver settings: which backend, its time limit and MIP gap. A scenario carries its own
 * (`solver:`); an operation (a CLI command, an API request) resolves them once, with its overrides
 * and limits, into one `SolverSettings` value that every solve of the operation takes.
 */
import { z } from 'zod';

/** The solver backends, in one place. */
export const BACKEND_IDS = ['highs', 'jslp'] as const;
export const BackendIdSchema = z.enum(BACKEND_IDS);
export type BackendId = z.infer<typeof BackendIdSchema>;

export function isBackendId(value: string): value is BackendId {
  return (BACKEND_IDS as readonly string[]).includes(value);
}

export const SolverSettingsSchema = z
  .object({
    backend: BackendIdSchema.default('highs'),
    timeLimitSeconds: z.number().positive().default(60),
    /**
     * Relative MIP gap at which a plan counts as optimal. 0.1 %: far inside the uncertainty of the
     * inputs, and it keeps lumpy 60-measure pathways near 50 ms where 0.01 % takes about 1 s.
     */
    mipRelGap: z.number().min(0).max(1).default(1e-3),
    /**
     * A factory optimisation's MILPs after its residual stage (the plan, the marginal-cost checks)
     * try their rounded LP relaxation first and keep it when it is proven within `mipRelGap` of the
     * relaxation's bound (engine/solvers/rounded-start.ts). The residual stage, stochastic plans and
     * plan evaluations always use branch and bound; false leaves every MILP to it.
     */
    mipRounding: z.boolean().default(true),
  })
  .strict();
export type SolverSettings = z.infer<typeof SolverSettingsSchema>;

/** The settings of a scenario file that says nothing about its solver (e.g. rollout templates). */
export const DEFAULT_SOLVER_SETTINGS: SolverSettings = SolverSettingsSchema.parse({});

export interface SolverOverrides {
  readonly backend?: BackendId | undefined;
  readonly timeLimitSeconds?: number | undefined;
}

/**
 * The settings of an operation: the scenario's, with the request's overrides, the time limit capped
 * at `maxTimeLimitSeconds` (a server's limit) when given.
 */
export function resolveSolverSettings(scenario: SolverSettings, overrides: SolverOverrides = {}, maxTimeLimitSeconds?: number): SolverSettings {
  const timeLimitSeconds = overrides.timeLimitSeconds ?? scenario.timeLimitSeconds;
  return {
    backend: overrides.backend ?? scenario.backend,
    timeLimitSeconds: maxTimeLimitSeconds === undefined ? timeLimitSeconds : Math.min(timeLimitSeconds, maxTimeLimitSeconds),
    mipRelGap: scenario.mipRelGap,
    mipRounding: scenario.mipRounding,
  };
}
