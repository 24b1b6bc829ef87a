/** One factory of a rollout population: a row scaling its sector's archetype. */
import { z } from 'zod';
import { ProvinceIdSchema, SectorIdSchema } from '../data/schemas/ids.ts';

export const PopulationRowSchema = z
  .object({
    id: z.string().min(1),
    sector: SectorIdSchema,
    province: ProvinceIdSchema,
    /** Output (and energy, process CO2) as a multiple of the sector archetype's. */
    outputScaleFraction: z.number().positive().max(1000),
  })
  .strict();
export type PopulationRow = z.infer<typeof PopulationRowSchema>;

export const PopulationSchema = z.array(PopulationRowSchema).min(1, 'a population needs at least one factory');
