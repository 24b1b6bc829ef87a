/**
 * A measure is one technology in the catalogue: what it applies to, what it costs by build year,
 * how long it lives, what it does (its effect) and how much of it the site can take.
 * Sizes are in the measure's own `sizeUnit`; every cost and effect is per unit of size.
 */
import { z } from 'zod';
import { ConfidenceSchema, EndUseIdSchema, SectorIdSchema, SnakeIdSchema } from './ids.ts';
import {
  STORAGE_DURATION_HOURS, STORAGE_END_OF_LIFE_CAPACITY, STORAGE_MAX_CYCLES_PER_YEAR, STORAGE_MIN_STATE_OF_CHARGE, STORAGE_ROUND_TRIP_EFFICIENCY,
} from '../reference/storage-dispatch.ts';
import { nonNegative, type YearValueSchema } from '../year-series.ts';
import { PV_MOUNTINGS } from '../reference/renewable-yield.ts';

export const MEASURE_CATEGORIES = [
  'renewable_supply',
  'storage',
  'green_purchase',
  'efficiency',
  'electrification',
  'process_change',
  'carbon_removal',
  'grid_connection',
] as const;
export const MeasureCategorySchema = z.enum(MEASURE_CATEGORIES);
export type MeasureCategory = z.infer<typeof MeasureCategorySchema>;

const positive = z.number().finite().positive();
const fraction = z.number().min(0).max(1);

/** On-site generation (PV, wind): size in kW; yields MWh per kW per year at the site. */
const OnsiteGeneration = z.object({
  kind: z.literal('onsite_generation'),
  technology: z.enum(['pv', 'wind']),
  /** Fixed yield; when absent the province's reference yield for the technology is used. */
  yieldMwhPerKwYear: positive.optional(),
  /** Which site area limits the size, and how much area one kW needs. */
  siteLimit: z.enum(['roof', 'land', 'none']),
  areaM2PerKw: positive.optional(),
  /** PV only: how the array is mounted (default: low tilt on roofs, optimal tilt on land). */
  mounting: z.enum(PV_MOUNTINGS).optional(),
});

/**
 * Battery storage: size in kWh of energy capacity. Annual balance: raises the self-consumption limit
 * of on-site generation. Representative days: charged and discharged hour by hour.
 */
const Storage = z.object({
  kind: z.literal('storage'),
  /** Annual balance only: on-site MWh per year that one kWh moves from surplus hours into load hours. */
  shiftMwhPerKwhYear: positive,
  /** Energy out per energy in, at the meter. */
  roundTripEfficiencyFraction: z.number().gt(0).max(1).default(STORAGE_ROUND_TRIP_EFFICIENCY.value),
  /** Energy capacity / rated power of the product (2 h: 0.5C); more power comes from `storage_power` measures. */
  durationHours: positive.default(STORAGE_DURATION_HOURS.value),
  /** Reserve kept in the battery, as a share of its energy capacity. */
  minStateOfChargeFraction: z.number().min(0).lt(1).default(STORAGE_MIN_STATE_OF_CHARGE.value),
  /** Equivalent full cycles a year the battery's life allows. */
  maxCyclesPerYear: positive.default(STORAGE_MAX_CYCLES_PER_YEAR.value),
  /** Capacity left at the end of life; the dispatch uses the mean over life, (1 + this) / 2 of nameplate. */
  endOfLifeCapacityFraction: z.number().gt(0).max(1).default(STORAGE_END_OF_LIFE_CAPACITY.value),
});

/**
 * Extra inverter (PCS) power for a storage measure: size in kW, added to its rated power (energy /
 * duration) up to energy / `minDurationHours`. Representative days only.
 */
const StoragePower = z.object({
  kind: z.literal('storage_power'),
  storageMeasureId: SnakeIdSchema,
  minDurationHours: positive.default(1),
});

/** Purchased green electricity (绿电交易) or certificates (绿证): a yearly purchase, no build. */
const greenPurchase = (yv: YearValueSchema) =>
  z.object({
    kind: z.literal('green_purchase'),
    instrument: z.enum(['green_power_trading', 'green_certificate']),
    /** Premium over the grid price per MWh bought (trading) or price per certificate (1 MWh). */
    premiumRmbPerMwh: nonNegative(yv),
  });

/** End-uses a measure acts on: at least one, each once. */
const endUses = z
  .array(EndUseIdSchema)
  .min(1)
  .refine((list) => new Set(list).size === list.length, { message: 'each end-use may be listed once' });

/** Efficiency: size in MWh/yr of useful end-use energy treated; saves a share of it. */
const Efficiency = z.object({
  kind: z.literal('efficiency'),
  endUses,
  savingFraction: fraction,
});

/** Electrification: size in output capacity units; delivers useful energy from electricity. */
const Electrification = z.object({
  kind: z.literal('electrification'),
  endUses,
  /** Useful MWh delivered per MWh of electricity (COP for heat pumps, efficiency for boilers). */
  usefulPerElectricity: positive,
  /** Useful MWh per year one unit of size can deliver (kW × full-load hours / 1000). */
  usefulMwhPerUnitYear: positive,
});

/** Process change: size in units of output per year converted to the new route. */
const processChange = (yv: YearValueSchema) => z.object({
  kind: z.literal('process_change'),
  /** Share of process CO2 per unit of converted output that disappears. */
  processCo2ReductionFraction: fraction,
  /** Share of each end-use's energy per unit of converted output that disappears. */
  endUseSavingFraction: z.partialRecord(EndUseIdSchema, fraction).default({}),
  /** Electricity added per unit of converted output, MWh. */
  addedElectricityMwhPerUnit: z.number().finite().nonnegative().default(0),
  /** At most this share of output can be converted. */
  maxOutputShareFraction: fraction.default(1),
  /**
   * Alternative production routes share one output: measures with the same group together convert
   * at most the whole output (e.g. scrap-EAF and H2-DRI in one steel plant). Absent = stacks freely.
   */
  routeGroup: z.string().min(1).optional(),
  /**
   * Change of non-energy running cost per unit of converted output, RMB by year (feedstock, electrodes,
   * consumables; negative = a saving). Energy changes are modelled through the end-use savings.
   */
  variableCostRmbPerUnit: yv.prefault(0),
});

/** Grid connection upgrade: size in kVA added to the site's connection. */
const GridConnection = z.object({
  kind: z.literal('grid_connection'),
});

/** Carbon removal (CCUS): size in tCO2/yr of capture capacity. */
const CarbonRemoval = z.object({
  kind: z.literal('carbon_removal'),
  /** At most this share of process + fuel CO2 can be captured. */
  maxCaptureFraction: fraction,
  electricityMwhPerTco2: z.number().finite().nonnegative(),
  /** Transport and storage, RMB per tCO2 captured. */
  variableCostRmbPerTco2: z.number().finite().nonnegative(),
});

export function measureEffectSchema(yv: YearValueSchema) {
  return z.discriminatedUnion('kind', [
    OnsiteGeneration,
    Storage,
    StoragePower,
    greenPurchase(yv),
    Efficiency,
    Electrification,
    processChange(yv),
    CarbonRemoval,
    GridConnection,
  ]);
}

/** Build pace of a measure: years from the horizon start to the first build, and the yearly share of its potential. */
export const PaceSchema = z
  .object({
    /** Whole years between the start of the horizon and the first possible build (design, permits, delivery). */
    leadTimeYears: z.number().int().min(0).max(20).default(0),
    /** Largest share of the measure's potential at the site built in one year (shutdown windows, changeovers). */
    maxShareOfPotentialPerYear: z.number().min(0).max(1).default(1),
    /** Why these values (source or stated assumption). */
    basis: z.string().min(1),
  })
  .strict();
export type Pace = z.output<typeof PaceSchema>;

/** A scenario's override of a measure's pace: any field given replaces the catalogue's. */
export const PaceOverrideSchema = z
  .object({
    leadTimeYears: z.number().int().min(0).max(20).optional(),
    maxShareOfPotentialPerYear: z.number().min(0).max(1).optional(),
    basis: z.string().min(1).optional(),
  })
  .strict();

export function measureSchema(yv: YearValueSchema) {
  return z
    .object({
      id: SnakeIdSchema,
      nameEn: z.string().min(1),
      nameZh: z.string().min(1),
      category: MeasureCategorySchema,
      /** Sectors the measure applies to, or 'all'. */
      sectors: z.union([z.literal('all'), z.array(SectorIdSchema).min(1)]),
      sizeUnit: z.string().min(1),
      /** Capex per unit of size by build year (learning curve), RMB. Zero for green purchases. */
      capexRmbPerUnit: nonNegative(yv).prefault(0),
      fixedOmRmbPerUnitYear: z.number().finite().nonnegative().default(0),
      lifetimeYears: z.number().int().positive(),
      effect: measureEffectSchema(yv),
      /** Absolute cap on installed size (units); site limits and demand add their own caps. */
      maxUnits: z.number().finite().nonnegative().optional(),
      /** Cap on new build per year (units). */
      maxBuildPerYearUnits: z.number().finite().nonnegative().optional(),
      /** First year the technology can be bought (availability). */
      earliestYear: z.number().int().default(2026),
      /** Build pace: lead time and how much of the site's potential one year can deliver (see pace.ts). */
      pace: PaceSchema.optional(),
      /**
       * Counted equipment (vehicles, boilers, kilns): builds come in whole units of this size, so the
       * number built per year is an integer (makes the model a MILP).
       */
      unitSizeUnits: z.number().finite().positive().optional(),
      /** Lumpy measures make the model a MILP: a minimum size per build and/or a fixed project cost. */
      lumpy: z
        .object({
          minSizeUnits: z.number().finite().nonnegative().default(0),
          fixedCostRmb: z.number().finite().nonnegative().default(0),
        })
        .strict()
        .optional(),
      source: z.string().min(1, 'every number carries its source (or says it is an assumption)'),
      confidence: ConfidenceSchema,
    })
    .strict();
}
