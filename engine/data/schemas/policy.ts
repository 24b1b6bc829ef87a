/**
 * Policy: the target and the rules for offsets (应减尽减, 减排为主、抵销为辅).
 * Defaults are engine assumptions where the national guidance sets no number (see defaults.ts).
 */
import { z } from 'zod';
import { CertifySchema } from './certification.ts';
import { SnakeIdSchema } from './ids.ts';
import { DEFAULT_POLICY } from '../defaults.ts';
import type { YearValueSchema } from '../year-series.ts';

export const Scope2MethodSchema = z.enum(['market', 'location']);
export type Scope2Method = z.infer<typeof Scope2MethodSchema>;

export function policySchema(yv: YearValueSchema) {
  return z
    .object({
      /** Year in which net emissions must reach the target; default: the sector's wave year. */
      targetYear: z.number().int().optional(),
      /** Net target as a share of base-year gross emissions (0 = net zero). */
      netTargetFractionOfBase: z.number().min(0).max(1).default(DEFAULT_POLICY.netTargetFractionOfBase),
      /** Absolute net target in tCO2; overrides the fraction when given. */
      netTargetTco2: z.number().finite().nonnegative().optional(),
      /** How the cap runs from base-year gross emissions to the target. */
      capPath: z.enum(['linear', 'target_year_only']).default(DEFAULT_POLICY.capPath),
      /** Offsets may cover at most this share of base-year gross emissions in any year. */
      offsetShareCapFraction: z.number().min(0).max(1).default(DEFAULT_POLICY.offsetShareCapFraction),
      allowedOffsetProducts: z.array(SnakeIdSchema).default([...DEFAULT_POLICY.allowedOffsetProducts]),
      /** Years in which offsets may be used: from the target year on, every year, or a list. */
      offsetYears: z
        .union([z.enum(['target_year_onward', 'all']), z.array(z.number().int())])
        .default(DEFAULT_POLICY.offsetYears),
      scope2Method: Scope2MethodSchema.default(DEFAULT_POLICY.scope2Method),
      /** Minimum share of electricity use from on-site renewables, green power and certificates. */
      renewableShareFloorFraction: yv.optional(),
      /** Maximum cash capex per year, RMB. */
      capexBudgetRmb: yv.optional(),
      /**
       * Strict 降无可降: first find the lowest net emissions reachable without offsets, then allow
       * offsets only up to that residual (a two-stage, lexicographic solve).
       */
      strictResidual: z.boolean().default(DEFAULT_POLICY.strictResidual),
      /** Rule packs whose quantitative prerequisites the plan must meet from the target year on. */
      certify: CertifySchema,
    })
    .strict();
}
