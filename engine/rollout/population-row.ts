/**
 * One factory of a rollout population: a row scaling its sector's archetype. Besides its size, a row
 * may say how the plant differs from the archetype in what varies among real plants of a sector
 * (energy intensity, fuel mix, roof area); a missing factor is 1 (the archetype's).
 */
import { z } from 'zod';
import { ProvinceIdSchema, SectorIdSchema } from '../data/schemas/ids.ts';

const factor = (what: string) => z.number().positive().max(100).optional().describe(what);

export const PopulationRowSchema = z
  .object({
    id: z.string().min(1),
    sector: SectorIdSchema,
    province: ProvinceIdSchema,
    /** Output (and energy, process CO2) as a multiple of the sector archetype's. */
    outputScaleFraction: z.number().positive().max(1000),
    energyIntensityFraction: factor('Energy use per unit of output (every carrier) as a multiple of the archetype\'s (default 1).'),
    fuelShareFraction: factor('Fuel and purchased heat use (every carrier but electricity) as a further multiple: the fuel mix (default 1).'),
    roofAreaFraction: factor('Roof area as a multiple of the size-scaled archetype roof (default 1).'),
  })
  .strict();
export type PopulationRow = z.infer<typeof PopulationRowSchema>;

/** The optional per-plant factors, in CSV column order. */
export const VARIATION_COLUMNS = ['energyIntensityFraction', 'fuelShareFraction', 'roofAreaFraction'] as const;

export const PopulationSchema = z.array(PopulationRowSchema).min(1, 'a population needs at least one factory');
