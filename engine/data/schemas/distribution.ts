/**
 * The schema of a distribution for an uncertain input: uniform, triangular, normal, lognormal or
 * discrete. Samplers and quantiles are in simulation/distributions.ts.
 */
import { z } from 'zod';

export const DistributionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('uniform'), min: z.number(), max: z.number() }).strict(),
  z.object({ kind: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number() }).strict(),
  z.object({ kind: z.literal('normal'), mean: z.number(), sd: z.number().positive() }).strict(),
  /** ln X ~ N(ln median, sigma). */
  z.object({ kind: z.literal('lognormal'), median: z.number().positive(), sigma: z.number().positive() }).strict(),
  z
    .object({
      kind: z.literal('discrete'),
      values: z.array(z.number()).min(1),
      /** Relative weights (default equal). */
      weights: z.array(z.number().nonnegative()).optional(),
    })
    .strict(),
]).superRefine((d, ctx) => {
  if ((d.kind === 'uniform' || d.kind === 'triangular') && !(d.min <= d.max)) ctx.addIssue({ code: 'custom', message: 'need min ≤ max' });
  if (d.kind === 'triangular' && !(d.min <= d.mode && d.mode <= d.max)) ctx.addIssue({ code: 'custom', message: 'need min ≤ mode ≤ max' });
  if (d.kind === 'discrete' && d.weights && d.weights.length !== d.values.length) ctx.addIssue({ code: 'custom', message: 'weights and values differ in length' });
  if (d.kind === 'discrete' && d.weights && !d.weights.some((w) => w > 0)) ctx.addIssue({ code: 'custom', message: 'some weight must be > 0' });
});
export type Distribution = z.infer<typeof DistributionSchema>;
