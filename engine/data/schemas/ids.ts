/** zod enums for the identifiers used throughout scenarios, built from the reference tuples. */
import { z } from 'zod';
import { SECTOR_IDS } from '../sectors.ts';
import { END_USE_IDS } from '../end-uses.ts';
import { PROVINCE_IDS } from '../reference/provinces.ts';
import { CARRIER_IDS } from '../reference/fuels.ts';

export const SectorIdSchema = z.enum(SECTOR_IDS);
export const EndUseIdSchema = z.enum(END_USE_IDS);
export const ProvinceIdSchema = z.enum(PROVINCE_IDS);
export const CarrierIdSchema = z.enum(CARRIER_IDS);

/** Stable snake_case identifier: appears in model component names, LP files and the API. */
export const SnakeIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case: lower-case letters, digits and underscores, starting with a letter');

export const ConfidenceSchema = z.enum(['high', 'medium', 'low', 'derived', 'assumption']);

const nonNegative = (what: string) => z.number().finite().nonnegative(`${what} must be ≥ 0`);
export const NonNegativeSchema = nonNegative('value');
export const FractionSchema = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
