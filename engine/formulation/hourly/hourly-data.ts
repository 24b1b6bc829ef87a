/**
 * Everything the hourly units need, as plain numbers: the representative days and their weights,
 * each day's time slices (segments of whole hours), the load shape of each load class, on-site
 * generation per kW (scaled to the sourced annual yield FactoryData gives each measure), the energy
 * price of every slice of every year, the export price, the basic charge and its billing groups.
 * The grid connection and the PV export rules are FactoryData's (`gridConnection`, `pvExport`), the
 * same figures the annual units read. Built once per factory from the scenario and the annual
 * FactoryData's fields (pure).
 */
import type { EndUseId } from '../../data/end-uses.ts';
import { END_USES } from '../../data/end-uses.ts';
import type { RepresentativeDay } from '../../data/hourly/days.ts';
import { factoryTime, tariffPlan } from '../../data/hourly/factory-time.ts';
import { DAYS_PER_YEAR } from '../../data/schemas/time.ts';
import { continuousShape, hvacShape, productionShape, type LoadClass } from '../../data/hourly/load.ts';
import { segmentDay, segmentMaxima, segmentMeans, type Segment } from '../../data/hourly/segments.ts';
import { mountedPvShape } from '../../data/hourly/solar.ts';
import type { DayTariff } from '../../data/hourly/tariff.ts';
import { windShape } from '../../data/hourly/wind.ts';
import type { Scenario } from '../../data/schemas/scenario.ts';
import { PV_MOUNTINGS } from '../../data/reference/renewable-yield.ts';
import type { Sourced } from '../../data/reference/sourced.ts';
import type { Factory, Measure } from '../../data/schemas/scenario.ts';
import type { DemandCell } from '../applicability.ts';
import type { GridConnectionData } from '../site-limits.ts';
import type { CarrierId } from '../../data/reference/fuels.ts';
import { ofKind, type MeasureOf } from '../measure-kinds.ts';
import { pvMountingOf } from '../site-yield.ts';

/** Per representative day, one value per time slice (or per hour where stated). */
export type DayValues = readonly (readonly number[])[];

export interface BillingGroup {
  readonly id: string;
  /** Indexes into `days`. */
  readonly days: readonly number[];
  /** Months billed at the group's maximum demand: the days it stands for × 12 / 365. */
  readonly months: number;
}

export interface HourlyData {
  readonly days: readonly RepresentativeDay[];
  /** Time slices of each day: whole hours, merged where the profiles change least, never across a price change. */
  readonly segments: readonly (readonly Segment[])[];
  readonly shiftPattern: string;
  /** Load classes with their own yearly energy; `heat` follows production unless the factory gives a heat profile. */
  readonly classes: readonly LoadClass[];
  /** Share of a class's yearly energy per hour, by slice (mean over its hours): Σ_d w_d Σ_k hours_k × share = 1. */
  readonly loadShare: Readonly<Partial<Record<LoadClass, DayValues>>>;
  /** The largest hourly share within each slice (the slice's peak, for the demand charge). */
  readonly loadPeakShare: Readonly<Partial<Record<LoadClass, DayValues>>>;
  /** Hourly generation shapes by `pv:<mounting>` and `wind` (Σ_d w_d Σ_h = 1): the factory's own profile where it gives one. */
  readonly generationShapes: Readonly<Record<string, Hourly24>>;
  /** On-site generation per kW installed, MWh per hour, by slice (Σ w × hours × value = the yearly yield). */
  readonly generationMwhPerKw: Readonly<Record<string, DayValues>>;
  /** Generation measures whose hourly output had to be capped at 1 kWh per kW (yield above what the shape allows). */
  readonly cappedGeneration: readonly string[];
  /** Bands and multipliers of every clock hour of each day. */
  readonly tariff: readonly DayTariff[];
  readonly tariffBasis: Sourced<string>;
  readonly flatRmbPerMwh: Readonly<Record<number, number>>;
  /** Import price by slice, RMB/MWh, by year. */
  readonly priceRmbPerMwh: Readonly<Record<number, DayValues>>;
  /** Export price by slice (never above that slice's import price: one meter nets within the hour), by year. */
  readonly exportRmbPerMwh: Readonly<Record<number, DayValues>>;
  readonly basicChargeBasis: 'demand' | 'capacity';
  /** Demand price by year, RMB per MW of billed maximum demand per month. */
  readonly demandRmbPerMwMonth: Readonly<Record<number, number>>;
  /** Capacity charge by year, RMB per year (capacity basis). */
  readonly capacityRmbPerYear: Readonly<Record<number, number>>;
  readonly billingGroups: readonly BillingGroup[];
  /** The billed maximum demand is at least this, MW. */
  readonly contractFloorMw: number;
  /** Contracted capacity of the connection, kVA (the capacity charge and the contract floor rest on it). */
  readonly connectionKva: number;
}

/** The load class an electricity use follows (by the end-use it serves, or its source). */
export function loadClassOf(hourly: Pick<HourlyData, 'classes'>, endUse: EndUseId | null): LoadClass {
  if (endUse === null) return 'continuous';
  if (endUse === 'hvac') return 'hvac';
  if (endUse === 'it_load') return 'continuous';
  if (END_USES[endUse].kind === 'heat') return hourly.classes.includes('heat') ? 'heat' : 'production';
  return 'production';
}

/**
 * What the hourly data is built from: the annual FactoryData's fields it reads (declared here, not
 * imported, so factory-data.ts can build its hourly part without an import cycle).
 */
export interface AnnualData {
  readonly factory: Factory;
  readonly years: readonly number[];
  readonly growth: Readonly<Record<number, number>>;
  readonly demand: readonly DemandCell[];
  readonly measures: readonly Measure[];
  readonly yieldMwhPerKw: Readonly<Record<string, number>>;
  readonly priceRmbPerMwh: Readonly<Record<CarrierId, Readonly<Record<number, number>>>>;
  readonly exportRmbPerMwh: Readonly<Record<number, number>>;
  readonly gridConnection: GridConnectionData;
}
type Hourly24 = readonly (readonly number[])[];

const shapeKey = (factory: Factory, m: MeasureOf<'onsite_generation'>): string =>
  m.effect.technology === 'pv' ? `pv:${pvMountingOf(factory, m)}` : 'wind';

/** A measure's output per kW in every hour, MWh: its shape × its yearly yield, at most 1 kWh per kW in an hour. */
function hourlyGenerationPerKw(shape: Hourly24, yieldMwhPerKw: number): { perKw: number[][]; capped: boolean } {
  const raw = shape.map((day) => day.map((x) => x * yieldMwhPerKw));
  return { perKw: raw.map((day) => day.map((x) => Math.min(x, 1e-3))), capped: raw.some((day) => day.some((x) => x > 1e-3)) };
}

export function prepareHourlyData(scenario: Scenario, factory: Factory, data: AnnualData): HourlyData {
  const time = factoryTime(scenario, factory);
  const { days } = time;
  const weights = days.map((d) => d.weightDays);
  const own = factory.hourly;
  const hourlyLoad: Partial<Record<LoadClass, Hourly24>> = {
    production: normalise(own.electricLoadProfile ?? productionShape(days, time.shape), weights),
    hvac: normalise(own.electricLoadProfile ?? hvacShape(days, time.shape), weights),
    continuous: normalise(own.electricLoadProfile ?? continuousShape(days), weights),
  };
  if (own.heatLoadProfile !== undefined) hourlyLoad.heat = normalise(own.heatLoadProfile, weights);
  const classes = (['production', 'hvac', 'continuous', 'heat'] as const).filter((c) => hourlyLoad[c] !== undefined);

  // Every shape a generation measure may follow (all PV mountings, so a diagnosis that offers more
  // measures finds theirs), normalised to a yearly sum of 1.
  const generationShapes: Record<string, Hourly24> = {
    wind: normalise(own.windProfile ?? windShape(days), weights),
    ...Object.fromEntries(PV_MOUNTINGS.map((mt) => [`pv:${mt}`, normalise(own.pvProfile ?? mountedPvShape(days, time.location, mt), weights)])),
  };
  const hourlyGeneration: Record<string, Hourly24> = {};
  const cappedGeneration: string[] = [];
  for (const m of ofKind(data.measures, 'onsite_generation')) {
    const g = hourlyGenerationPerKw(generationShapes[shapeKey(factory, m)]!, data.yieldMwhPerKw[m.id] ?? 0);
    if (g.capped) cappedGeneration.push(m.id);
    hourlyGeneration[m.id] = g.perKw;
  }

  const t = scenario.assumptions.tariff;
  const tariff = tariffPlan(scenario, factory, days);
  const segments = days.map((_, d) => {
    const profiles = [...classes.map((c) => hourlyLoad[c]![d]!), ...Object.values(hourlyGeneration).map((g) => g[d]!)];
    const features = Array.from({ length: 24 }, (_, h) => profiles.map((p) => scaledToMean(p)[h]!));
    return segmentDay(features, tariff.days[d]!.multiplier, scenario.time.segmentsPerDay);
  });
  const bySlice = (values: Hourly24, f: typeof segmentMeans = segmentMeans): number[][] => values.map((day, d) => f(day, segments[d]!));
  const loadShare: Partial<Record<LoadClass, DayValues>> = {};
  const loadPeakShare: Partial<Record<LoadClass, DayValues>> = {};
  for (const c of classes) {
    loadShare[c] = bySlice(hourlyLoad[c]!);
    loadPeakShare[c] = bySlice(hourlyLoad[c]!, segmentMaxima);
  }
  const generationMwhPerKw = Object.fromEntries(Object.entries(hourlyGeneration).map(([id, g]) => [id, bySlice(g)]));

  const connectionKva = data.factory.site.gridConnectionKva;
  const priceRmbPerMwh: Record<number, DayValues> = {};
  const exportRmbPerMwh: Record<number, DayValues> = {};
  const demandRmbPerMwMonth: Record<number, number> = {};
  const capacityRmbPerYear: Record<number, number> = {};
  for (const y of scenario.years) {
    priceRmbPerMwh[y] = bySlice(tariff.days.map((d) => d.multiplier.map((k) => k * tariff.flatRmbPerMwh[y]!)));
    exportRmbPerMwh[y] = priceRmbPerMwh[y]!.map((day) => day.map((p) => Math.min(p, data.exportRmbPerMwh[y] ?? 0)));
    demandRmbPerMwMonth[y] = t.basicChargeBasis === 'demand' ? 1000 * t.demandChargeRmbPerKwMonth[y]! : 0;
    capacityRmbPerYear[y] = t.basicChargeBasis === 'capacity' ? 12 * t.capacityChargeRmbPerKvaMonth[y]! * connectionKva : 0;
  }
  return {
    days,
    segments,
    shiftPattern: time.pattern,
    classes,
    loadShare,
    loadPeakShare,
    generationShapes,
    generationMwhPerKw,
    cappedGeneration,
    tariff: tariff.days,
    tariffBasis: tariff.basis,
    flatRmbPerMwh: tariff.flatRmbPerMwh,
    priceRmbPerMwh,
    exportRmbPerMwh,
    basicChargeBasis: t.basicChargeBasis,
    demandRmbPerMwMonth,
    capacityRmbPerYear,
    billingGroups: billingGroups(days),
    contractFloorMw: (t.contractDemandMinShareOfCapacity * connectionKva) / 1000,
    connectionKva,
  };
}

/** A day's profile divided by its mean (all zero stays zero), so profiles of any scale weigh alike. */
function scaledToMean(day: readonly number[]): number[] {
  const mean = day.reduce((a, b) => a + b, 0) / day.length;
  return day.map((x) => (mean > 0 ? x / mean : 0));
}

/** Hourly values divided by their weighted yearly sum (Σ_d w_d Σ_h = 1); validation rules out all-zero shapes. */
function normalise(shape: Hourly24, weights: readonly number[]): number[][] {
  const total = shape.reduce((s, day, d) => s + weights[d]! * day.reduce((a, b) => a + b, 0), 0);
  return shape.map((day) => day.map((x) => (total > 0 ? x / total : 0)));
}

/** Days sharing a calendar month are billed together (a season's days, a month's days). */
function billingGroups(days: readonly RepresentativeDay[]): BillingGroup[] {
  const groups: Array<{ days: number[]; months: Set<number> }> = [];
  days.forEach((day, i) => {
    const months = day.monthDays.map(([m]) => m);
    const hit = groups.filter((g) => months.some((m) => g.months.has(m)));
    const merged = { days: [i, ...hit.flatMap((g) => g.days)].sort((a, b) => a - b), months: new Set([...months, ...hit.flatMap((g) => [...g.months])]) };
    for (const g of hit) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  });
  return groups
    .sort((a, b) => a.days[0]! - b.days[0]!)
    .map((g) => ({
      id: days[g.days[0]!]!.id.replace(/_(workday|rest_day)$/, ''),
      days: g.days,
      months: (g.days.reduce((s, d) => s + days[d]!.weightDays, 0) * 12) / DAYS_PER_YEAR,
    }));
}

/**
 * The plant's all-in average electricity price by year at this tariff: the baseline's hourly load
 * (base-year electricity by end-use × output growth, on its load shapes) priced hour by hour plus
 * its basic charge, per MWh. Replaces the annual price in FactoryData on representative days, so the
 * finance baseline and the MAC screening price electricity as the plan's bill does.
 */
export function baselineAverageRmbPerMwh(hourly: HourlyData, data: AnnualData, years: readonly number[]): Record<number, number> {
  const out: Record<number, number> = {};
  const cells = data.demand.filter((c) => c.carrier === 'electricity');
  const energy = cells.reduce((s, c) => s + c.baseMwh, 0);
  for (const y of years) {
    const g = data.growth[y] ?? 1;
    if (energy <= 0) {
      out[y] = data.priceRmbPerMwh.electricity[y]!;
      continue;
    }
    const load = (share: HourlyData['loadShare'], d: number, k: number) =>
      cells.reduce((s, c) => s + c.baseMwh * g * share[loadClassOf(hourly, c.endUse)]![d]![k]!, 0);
    let bill = hourly.capacityRmbPerYear[y]!;
    hourly.days.forEach((day, d) => {
      hourly.segments[d]!.forEach((seg, k) => {
        bill += day.weightDays * seg.hours * load(hourly.loadShare, d, k) * hourly.priceRmbPerMwh[y]![d]![k]!;
      });
    });
    for (const group of hourly.billingGroups) {
      const peak = Math.max(hourly.contractFloorMw, ...group.days.flatMap((d) => hourly.segments[d]!.map((_, k) => load(hourly.loadPeakShare, d, k))));
      bill += group.months * hourly.demandRmbPerMwMonth[y]! * peak;
    }
    out[y] = bill / (energy * g);
  }
  return out;
}

/**
 * The hourly data with generation per kW for on-site generation measures it does not have yet (a
 * diagnosis offering measures the scenario left out): each on its shape, averaged over the
 * existing time slices.
 */
export function withGenerationFor(hourly: HourlyData, factory: Factory, measures: readonly Measure[], yieldMwhPerKw: Readonly<Record<string, number>>): HourlyData {
  const missing = ofKind(measures, 'onsite_generation').filter((m) => hourly.generationMwhPerKw[m.id] === undefined);
  if (missing.length === 0) return hourly;
  const added = missing.map((m) => {
    const g = hourlyGenerationPerKw(hourly.generationShapes[shapeKey(factory, m)]!, yieldMwhPerKw[m.id] ?? 0);
    return [m.id, g.perKw.map((day, d) => segmentMeans(day, hourly.segments[d]!))] as const;
  });
  return { ...hourly, generationMwhPerKw: { ...hourly.generationMwhPerKw, ...Object.fromEntries(added) } };
}

/** Largest useful battery energy at this site, kWh: a full day at the connection's real-power limit (before any upgrade). */
export const hourlyStorageBoundKwh = (data: Pick<AnnualData, 'gridConnection' | 'years'>): number =>
  24 * Math.max(...data.years.map((y) => data.gridConnection.connectionKw[y]!));

/**
 * FactoryData with its hourly part: null on the annual balance; on representative days the hourly
 * data, and the electricity price replaced by the plant's all-in average at its tariff.
 */
export function withHourly<T extends AnnualData>(scenario: Scenario, factory: Factory, data: T): T & { readonly hourly: HourlyData | null } {
  if (scenario.time.resolution === 'annual') return { ...data, hourly: null };
  const hourly = prepareHourlyData(scenario, factory, data);
  const electricity = baselineAverageRmbPerMwh(hourly, data, scenario.years);
  return { ...data, hourly, priceRmbPerMwh: { ...data.priceRmbPerMwh, electricity } };
}
