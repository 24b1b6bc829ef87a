/**
 * Sector archetypes: one typical factory per sector, as a scenario-ready factory plus what population
 * synthesis needs (a seeded lognormal output-scale distribution and province weights) and a record of
 * which numbers are sourced and which are our assumptions.
 *
 * The factory part is exactly a scenario `factory` (factorySchema); per-year inputs (growth) may be
 * numbers, year maps or expressions, resolved over `ARCHETYPE_YEARS` when parsed.
 */
import { z } from 'zod';
import { factorySchema } from '../schemas/factory.ts';
import { ProvinceIdSchema, SectorIdSchema } from '../schemas/ids.ts';
import { yearRange, yearValue } from '../year-value.ts';

/** Years an archetype's per-year inputs are resolved over when parsed on their own. */
export const ARCHETYPE_YEARS: readonly number[] = yearRange(2025, 2060);

/**
 * Output-scale distribution of the sector's factories relative to the archetype, for seeded
 * population synthesis: `output = baseQuantity × clamp(exp(N(ln medianScale, sigma)), min, max)`.
 * Energy and process rows scale linearly with output; site areas and the grid connection scale with
 * `output^siteAreaScalingExponent` (larger plants are denser).
 */
export const SizeDistributionSchema = z
  .object({
    /** Median factory output as a multiple of the archetype's base output. */
    medianScaleFraction: z.number().positive(),
    /** Standard deviation of ln(output). */
    lognormalSigma: z.number().positive().max(3),
    minScaleFraction: z.number().positive(),
    maxScaleFraction: z.number().positive(),
    siteAreaScalingExponent: z.number().min(0).max(1.5),
    /** Seed of the draw; synthesis derives factory i's seed from (seed, i). */
    seed: z.number().int().nonnegative(),
  })
  .strict()
  .refine((d) => d.minScaleFraction <= d.medianScaleFraction && d.medianScaleFraction <= d.maxScaleFraction, {
    message: 'need minScaleFraction ≤ medianScaleFraction ≤ maxScaleFraction',
  });
export type SizeDistribution = z.infer<typeof SizeDistributionSchema>;

/**
 * How plants of a sector differ from its archetype beyond size, for seeded population synthesis:
 * each factor is `clamp(exp(sigma × z), e^(−2.5 sigma), e^(2.5 sigma))` with z standard normal, so
 * its median is 1 (the archetype's). Plants of one sector and size differ in energy intensity
 * (vintage, process route, utilisation), in how much of their heat comes from fuel or purchased heat
 * rather than electricity, and in usable roof area (building form, shading, load-bearing roofs).
 */
export const PlantVariationSchema = z
  .object({
    /** Standard deviation of ln(energy intensity): every carrier's use per unit of output. */
    energyIntensitySigma: z.number().min(0).max(1.5),
    /** Standard deviation of ln(fuel and purchased-heat use) on top of the intensity: the fuel mix. */
    fuelShareSigma: z.number().min(0).max(1.5),
    /** Standard deviation of ln(roof area) relative to the size-scaled archetype roof. */
    roofAreaSigma: z.number().min(0).max(1.5),
  })
  .strict();
export type PlantVariation = z.infer<typeof PlantVariationSchema>;

/**
 * ASSUMPTION (ours, 2026): within-sector spread used when an archetype states none. Benchmarking
 * studies of Chinese and international plants report best-to-worst-quartile energy-intensity ratios
 * of roughly 1.3–2 within a sector; sigma 0.2 puts the interquartile ratio at e^(2 × 0.674 × 0.2) ≈ 1.31
 * and the 5–95 % ratio at ≈ 1.93. Fuel share 0.25 and roof area 0.35 are wider on purpose (heat
 * sourcing and building form vary more than process efficiency). Not sourced figures: replace with
 * sector surveys where they exist.
 */
export const DEFAULT_PLANT_VARIATION: PlantVariation = { energyIntensitySigma: 0.2, fuelShareSigma: 0.25, roofAreaSigma: 0.35 };

/** Relative weights of the provinces a sector's factories are drawn from (need not sum to 1). */
export const ProvinceWeightsSchema = z
  .partialRecord(ProvinceIdSchema, z.number().positive())
  .refine((w) => Object.keys(w).length > 0, { message: 'give at least one province weight' });

export function archetypeSchema(yv: ReturnType<typeof yearValue>) {
  return z
    .object({
      sector: SectorIdSchema,
      /** One paragraph: what the plant makes and how. */
      description: z.string().min(1),
      factory: factorySchema(yv),
      /** Which numbers rest on sources (reference keys, URLs) and which are our assumptions. */
      provenance: z
        .object({
          sourced: z.array(z.string().min(1)).min(1),
          assumptions: z.array(z.string().min(1)).min(1),
        })
        .strict(),
      /**
       * Our hand estimate of base-year gross CO2 (Scope 1 + process + Scope 2), tCO2, with Scope 2 at the
       * 2025 market-based residual factor (the engine's default method). A check, never an input.
       */
      estimatedGrossTco2: z.number().positive(),
      population: z
        .object({ size: SizeDistributionSchema, provinces: ProvinceWeightsSchema, variation: PlantVariationSchema.optional() })
        .strict(),
    })
    .strict()
    .refine((a) => a.factory.sector === a.sector, { message: 'factory.sector must equal the archetype sector', path: ['factory', 'sector'] })
    .refine((a) => a.population.provinces[a.factory.province] !== undefined, {
      message: "the archetype's own province must carry a population weight",
      path: ['population', 'provinces'],
    });
}

export const ArchetypeSchema = archetypeSchema(yearValue(ARCHETYPE_YEARS));
/** File form (what the data files hold; per-year inputs unresolved). */
export type Archetype = z.input<typeof ArchetypeSchema>;
/** Parsed form (per-year inputs resolved over ARCHETYPE_YEARS, defaults filled). */
export type ParsedArchetype = z.output<typeof ArchetypeSchema>;
/** The factory of an archetype in file form: drop it into a scenario's `factories`. */
export type ArchetypeFactory = Archetype['factory'];
