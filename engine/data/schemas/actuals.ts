/**
 * Actuals of one factory (path 5, 智能控碳 / 持续改进): the meter map, production, the measures
 * commissioned, green power and certificates bought, and offsets retired with their registry serials.
 * The interval readings themselves come as CSV (`meter-csv.ts`). Dates and times are China Standard
 * Time (UTC+8), the clock of every Chinese energy-management system and utility bill.
 */
import { z } from 'zod';
import { PHYSICAL_UNITS } from '../reference/fuels.ts';
import { CarrierIdSchema, EndUseIdSchema, SnakeIdSchema } from './ids.ts';

/**
 * What a meter measures. `grid_import` is the fiscal meter of purchased electricity (the utility bill),
 * `grid_export` on-site generation fed back, `onsite_generation` the PV or wind inverter meter, `fuel` a
 * fuel or purchased-heat meter of one end-use. Electricity use = import + generation − export.
 */
export const METER_ROLES = ['grid_import', 'grid_export', 'onsite_generation', 'fuel'] as const;
export type MeterRole = (typeof METER_ROLES)[number];
export const METER_INTERVALS = ['month', 'hour'] as const;
export type MeterInterval = (typeof METER_INTERVALS)[number];

/**
 * How missing intervals are filled: `mean_rate_of_year` — the meter's mean rate per hour over the
 * intervals read in that year × the hours missing (reported line by line); `fail` — any gap is an error.
 */
export const GAP_RULES = ['mean_rate_of_year', 'fail'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const positive = (what: string) => z.number().finite().positive(`${what} must be > 0`);

export const MeterSchema = z
  .object({
    id: z.string().min(1),
    role: z.enum(METER_ROLES),
    /** Fuel meters: the carrier metered (not electricity). Electricity meters: omitted or `electricity`. */
    carrier: CarrierIdSchema.optional(),
    /** Fuel meters: the end-use the meter serves. */
    endUse: EndUseIdSchema.optional(),
    /** The unit every reading of this meter is in. */
    unit: z.enum(PHYSICAL_UNITS),
    interval: z.enum(METER_INTERVALS).default('month'),
    description: z.string().optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.role === 'fuel') {
      if (m.carrier === undefined) ctx.addIssue({ code: 'custom', path: ['carrier'], message: 'a fuel meter names its carrier' });
      if (m.carrier === 'electricity') ctx.addIssue({ code: 'custom', path: ['carrier'], message: 'electricity is metered with role grid_import, grid_export or onsite_generation' });
      if (m.endUse === undefined) ctx.addIssue({ code: 'custom', path: ['endUse'], message: 'a fuel meter names the end-use it serves' });
    } else if (m.carrier !== undefined && m.carrier !== 'electricity') {
      ctx.addIssue({ code: 'custom', path: ['carrier'], message: `a ${m.role} meter measures electricity` });
    }
  });
export type Meter = z.output<typeof MeterSchema>;

export const InstalledMeasureSchema = z
  .object({
    /** The measure's id in the scenario's catalogue. */
    measureId: SnakeIdSchema,
    /** Size in the measure's size unit (kWp, kW, MWh/yr treated, …). */
    sizeUnits: positive('sizeUnits'),
    /** Commissioning date: the measure counts from this day on. */
    commissioned: isoDate,
    /** Cash capex actually spent, RMB (optional: compared with the plan's capex when given). */
    capexRmb: z.number().finite().nonnegative().optional(),
    note: z.string().optional(),
  })
  .strict();
export type InstalledMeasure = z.output<typeof InstalledMeasureSchema>;

export const GreenPurchaseSchema = z
  .object({
    /** Green power bought through trading (绿电交易) or green certificates (绿证, GEC) retired. */
    kind: z.enum(['green_power', 'certificate']),
    /** The year whose electricity it covers. */
    year: z.number().int(),
    mwh: positive('mwh'),
    /** Registry or contract serial (绿证 serial range, trading contract id): what a verifier traces. */
    serial: z.string().min(1, 'every purchase carries its registry serial or contract id'),
    registry: z.string().min(1).optional(),
  })
  .strict();
export type GreenPurchase = z.output<typeof GreenPurchaseSchema>;

export const OffsetRetiredSchema = z
  .object({
    /** Offset product id (ccer, vcs, itmo, or a scenario's custom product). */
    product: SnakeIdSchema,
    /** The year whose emissions the retirement is claimed against. */
    year: z.number().int(),
    tco2: positive('tco2'),
    registry: z.string().min(1),
    serial: z.string().min(1, 'every retirement carries its registry serial'),
    retiredOn: isoDate,
    vintage: z.number().int().optional(),
  })
  .strict();
export type OffsetRetired = z.output<typeof OffsetRetiredSchema>;

export const FactorUpdateSchema = z
  .object({
    year: z.number().int(),
    gridLocationTco2PerMwh: positive('gridLocationTco2PerMwh').optional(),
    gridMarketResidualTco2PerMwh: positive('gridMarketResidualTco2PerMwh').optional(),
    source: z.string().min(1, 'every factor carries its source'),
  })
  .strict();

export const ActualsSchema = z
  .object({
    /** The scenario factory these actuals belong to (default: the scenario's only factory). */
    factoryId: SnakeIdSchema.optional(),
    meters: z.array(MeterSchema).min(1, 'the meter map needs at least one meter'),
    gapFill: z
      .object({
        rule: z.enum(GAP_RULES).default('mean_rate_of_year'),
        /** A meter-year with more than this share of its hours missing is an error, not an estimate. */
        maxMissingFraction: z.number().min(0).max(1).default(0.25),
      })
      .strict()
      .prefault({}),
    /** Production per year, in the factory's output unit (intensity KPI, process CO2, volume variance). */
    output: z.array(z.object({ year: z.number().int(), quantity: positive('quantity') }).strict()).default([]),
    installed: z.array(InstalledMeasureSchema).default([]),
    greenPurchases: z.array(GreenPurchaseSchema).default([]),
    offsetsRetired: z.array(OffsetRetiredSchema).default([]),
    /**
     * Grid factors published after the plan was made (MEE publishes with a lag of about two years; a
     * verifier applies the one in force). Default: the scenario's factors, so the factor variance is 0.
     */
    factors: z.array(FactorUpdateSchema).default([]),
  })
  .strict()
  .superRefine((a, ctx) => {
    const seen = new Map<string, number>();
    a.meters.forEach((m, i) => {
      const first = seen.get(m.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['meters', i, 'id'], message: `meter ${m.id} is already listed at meters[${first}]` });
      else seen.set(m.id, i);
    });
    const years = new Map<number, number>();
    a.output.forEach((o, i) => {
      if (years.has(o.year)) ctx.addIssue({ code: 'custom', path: ['output', i, 'year'], message: `output for ${o.year} is already given at output[${years.get(o.year)}]` });
      else years.set(o.year, i);
    });
  });
export type ActualsInput = z.input<typeof ActualsSchema>;
export type ActualsFile = z.output<typeof ActualsSchema>;
