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

export const RESIDUAL_RULES = ['economic', 'technical', 'cost_only'] as const;
export const ResidualRuleSchema = z.enum(RESIDUAL_RULES);
export type ResidualRule = z.infer<typeof ResidualRuleSchema>;

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
       * Which emissions offsets may cover (降无可降, engine/optimise/residual.ts):
       * - `economic` (default): what remains after every reduction costing up to
       *   `residualCeilingRmbPerTco2`;
       * - `technical`: what remains at the lowest emissions the site can reach at any cost;
       * - `cost_only`: no residual rule, offsets replace any reduction dearer than they are — does
       *   not meet the guidance (应减尽减, 降无可降), kept for comparison.
       */
      residual: ResidualRuleSchema.default(DEFAULT_POLICY.residual),
      /** The economic ceiling of `residual: economic`, RMB/tCO2 in each year's money. */
      residualCeilingRmbPerTco2: z.number().finite().nonnegative().default(DEFAULT_POLICY.residualCeilingRmbPerTco2),
      /** Replaced by `residual: technical`; kept only to say so. */
      strictResidual: z
        .never({ error: 'strictResidual was replaced by residual: "technical" (or "economic", the default, or "cost_only")' })
        .optional(),
      /** Rule packs whose quantitative prerequisites the plan must meet from the target year on. */
      certify: CertifySchema,
    })
    .strict();
}
