/**
 * Uncertain inputs of a scenario (Monte Carlo and sensitivity). Each input id names one quantity
 * the engine knows how to vary, and whether a draw multiplies its reference path or replaces it.
 */
import { z } from 'zod';
import { DistributionSchema } from './distribution.ts';

export const UNCERTAIN_INPUTS = {
  ets_price: { mode: 'multiply', title: 'ETS allowance price (× path)' },
  offset_price: { mode: 'multiply', title: 'Offset prices, every product (× path)' },
  electricity_price: { mode: 'multiply', title: 'Grid electricity price (× path)' },
  natural_gas_price: { mode: 'multiply', title: 'Natural gas price (× path)' },
  coal_price: { mode: 'multiply', title: 'Coal and coke prices (× path)' },
  pv_capex: { mode: 'multiply', title: 'PV capex (× path)' },
  grid_factor_decline: { mode: 'value', title: 'Location-based grid factor decline, fraction per year' },
  residual_factor_decline: { mode: 'value', title: 'Market-based residual factor decline, fraction per year' },
  output_growth: { mode: 'value', title: 'Output growth, fraction per year' },
  shadow_carbon_price: { mode: 'value', title: 'Shadow carbon price, RMB/tCO2' },
} as const;
export type UncertainInputId = keyof typeof UNCERTAIN_INPUTS;
export const UNCERTAIN_INPUT_IDS = Object.keys(UNCERTAIN_INPUTS) as [UncertainInputId, ...UncertainInputId[]];

export const UncertaintySchema = z
  .object({
    seed: z.number().int().nonnegative().default(1),
    draws: z.number().int().positive().max(1_000_000).default(200),
    inputs: z
      .array(z.object({ input: z.enum(UNCERTAIN_INPUT_IDS), distribution: DistributionSchema }).strict())
      .default([]),
  })
  .strict()
  .superRefine((u, ctx) => {
    const seen = new Set<string>();
    u.inputs.forEach((i, k) => {
      if (seen.has(i.input)) ctx.addIssue({ code: 'custom', path: ['inputs', k, 'input'], message: `"${i.input}" is listed twice` });
      seen.add(i.input);
    });
  });
export type Uncertainty = z.output<typeof UncertaintySchema>;

/** One-at-a-time ranges for the tornado; absent inputs take the P5–P95 of their distribution. */
export const SensitivitySchema = z
  .object({
    inputs: z.array(z.object({ input: z.enum(UNCERTAIN_INPUT_IDS), low: z.number(), high: z.number() }).strict()).default([]),
  })
  .strict();
export type Sensitivity = z.output<typeof SensitivitySchema>;
