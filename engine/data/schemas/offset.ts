/** Offset products (碳抵销): bought per tCO2, only for the residual the policy allows. */
import { z } from 'zod';
import { ConfidenceSchema, SnakeIdSchema } from './ids.ts';
import { nonNegative, type YearValueSchema } from '../year-series.ts';

export function offsetProductSchema(yv: YearValueSchema) {
  return z
    .object({
      id: SnakeIdSchema,
      nameEn: z.string().min(1),
      nameZh: z.string().min(1),
      priceRmbPerTco2: nonNegative(yv),
      /** Most the market can supply to this buyer per year; absent = unlimited. */
      availabilityTco2PerYear: z.number().finite().nonnegative().optional(),
      /** Recognised as domestic (CCER) or international (VCS, ITMO) credits. */
      origin: z.enum(['domestic', 'international']),
      source: z.string().min(1),
      confidence: ConfidenceSchema,
    })
    .strict();
}
