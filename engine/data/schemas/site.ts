/**
 * A factory's site: the areas on-site generation may use, the grid connection, and per-site
 * overrides of the reference PV and wind yields and of the PV export rules. Every override is
 * optional; without one the engine uses the sourced reference data for the factory's province.
 */
import { z } from 'zod';
import { PV_MOUNTINGS } from '../reference/renewable-yield.ts';
import { PV_PROJECT_CLASSES } from '../reference/pv-export-rules.ts';

const positive = z.number().finite().positive();
const fraction = z.number().min(0).max(1);

export const PvSiteSchema = z
  .object({
    /** Mounting of rooftop arrays (default `low_tilt`: modules following a 3–10° roof). */
    rooftopMounting: z.enum(PV_MOUNTINGS).optional(),
    /** Site yield of every PV array, kWh/kWp/yr averaged over its life (e.g. from a PVsyst study); replaces the reference. */
    yieldKwhPerKwp: positive.max(2500).optional(),
    degradation: z
      .object({ firstYearFraction: z.number().min(0).max(0.2), perYearFraction: z.number().min(0).max(0.05) })
      .strict()
      .optional(),
    /** Fix the project class (2025 distributed-PV measures) instead of letting the size decide it. */
    projectClass: z.enum(PV_PROJECT_CLASSES).optional(),
    /** Replaces the province's cap on exported PV, as a share of PV generation. */
    maxExportShareFraction: fraction.optional(),
  })
  .strict();

export const SiteSchema = z
  .object({
    roofAreaM2: z.number().finite().nonnegative('roof area must be ≥ 0').default(0),
    landAreaM2: z.number().finite().nonnegative('land area must be ≥ 0').default(0),
    /** Contracted capacity of the grid connection (transformer capacity), kVA. */
    gridConnectionKva: z.number().finite().positive('grid connection must be > 0'),
    /** Voltage of the connection, kV; default inferred from its size (pv-export-rules.ts). */
    connectionVoltageKv: positive.max(500).optional(),
    /** Gross roof area per kWp of rooftop PV on this site; default: the published median (9.5 m²/kWp). */
    roofM2PerKwp: positive.max(50).optional(),
    pv: PvSiteSchema.prefault({}),
    /** Site wind full-load hours (e.g. from a wind measurement campaign); replaces the reference. */
    windFullLoadHours: positive.max(8760).optional(),
  })
  .strict();
export type Site = z.output<typeof SiteSchema>;
