/**
 * Base-year inventory (path 1, 科学算碳): final energy by end-use × carrier, plus process CO2.
 * Energy may be given as final energy (`energyMwh`, `energyGj`) or as a physical quantity
 * (`massT` for solid and liquid fuels, `volume10kNm3` for gases), converted to MWh with the
 * carrier's net calorific value at load time.
 */
import { z } from 'zod';
import { toMwh, type PhysicalUnit } from '../reference/fuels.ts';
import { CarrierIdSchema, EndUseIdSchema, SnakeIdSchema } from './ids.ts';

const amount = z.number().finite().nonnegative('energy must be ≥ 0');

/** The quantity fields a row may use, with the physical unit each stands for. */
const QUANTITY_FIELDS = [
  ['energyMwh', 'MWh'],
  ['energyGj', 'GJ'],
  ['energyTce', 'tce'],
  ['massT', 't'],
  ['volume10kNm3', '10^4 Nm3'],
] as const satisfies ReadonlyArray<readonly [string, PhysicalUnit]>;

export const EnergyUseInputSchema = z
  .object({
    endUse: EndUseIdSchema,
    carrier: CarrierIdSchema,
    energyMwh: amount.optional(),
    energyGj: amount.optional(),
    energyTce: amount.optional(),
    massT: amount.optional(),
    volume10kNm3: amount.optional(),
    note: z.string().optional(),
  })
  .strict()
  .transform((r, ctx) => {
    const given = QUANTITY_FIELDS.filter(([field]) => r[field] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `give exactly one of ${QUANTITY_FIELDS.map(([f]) => f).join(', ')}` });
      return z.NEVER;
    }
    const [field, unit] = given[0]!;
    try {
      return { endUse: r.endUse, carrier: r.carrier, energyMwh: toMwh(r.carrier, r[field]!, unit) };
    } catch {
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} does not apply to ${r.carrier}; use energyMwh or energyGj` });
      return z.NEVER;
    }
  });

export const ProcessEmissionInputSchema = z
  .object({
    id: SnakeIdSchema,
    description: z.string().optional(),
    /** Base-year activity (e.g. t clinker). */
    activity: z.number().finite().nonnegative('activity must be ≥ 0'),
    activityUnit: z.string().min(1),
    /** Emission factor per unit of activity, tCO2 per activityUnit. */
    factorTco2PerUnit: z.number().finite().nonnegative('factor must be ≥ 0'),
    source: z.string().min(1, 'every factor carries its source'),
  })
  .strict();

export const InventoryInputSchema = z
  .object({
    energy: z.array(EnergyUseInputSchema).min(1, 'the inventory needs at least one energy use'),
    process: z.array(ProcessEmissionInputSchema).default([]),
  })
  .strict();

/** One normalised inventory row: final energy in MWh. */
export type EnergyUse = z.output<typeof EnergyUseInputSchema>;
export type ProcessEmission = z.infer<typeof ProcessEmissionInputSchema>;
