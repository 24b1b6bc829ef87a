/** A factory (site): the unit the engine plans for. */
import { z } from 'zod';
import { ProvinceIdSchema, SectorIdSchema, SnakeIdSchema } from './ids.ts';
import { CertificationSchema } from './certification.ts';
import { InventoryInputSchema } from './inventory.ts';
import { productsSchema } from './product.ts';
import { SiteSchema } from './site.ts';
import { FactoryHourlySchema } from './time.ts';
import type { YearValueSchema } from '../year-series.ts';

export function factorySchema(yv: YearValueSchema) {
  return z
    .object({
      id: SnakeIdSchema,
      name: z.string().min(1),
      sector: SectorIdSchema,
      province: ProvinceIdSchema,
      output: z
        .object({
          unit: z.string().min(1),
          baseQuantity: z.number().finite().positive('base-year output must be > 0'),
          /** Output growth rate per year relative to the previous year (0.03 = +3 %/yr). */
          growthRate: yv.prefault(0),
        })
        .strict(),
      site: SiteSchema,
      /** Share of output exported to the EU (for CBAM), 0..1. */
      euExportShareFraction: z.number().min(0).max(1).default(0),
      inventory: InventoryInputSchema,
      /** Shift pattern, location and own hourly profiles for the representative-day balance. */
      hourly: FactoryHourlySchema.prefault({}),
      /** Declarations for the documentary criteria of the compliance rule packs. */
      certification: CertificationSchema.prefault({}),
      /** Products made, for cradle-to-gate carbon footprints and product-based CBAM (optional). */
      products: productsSchema(yv).optional(),
    })
    .strict();
}
