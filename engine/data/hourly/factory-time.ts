/**
 * A factory's time structure and tariff on representative days, from the scenario: its shift
 * pattern, its days and their weights, its location for the sun, and the energy price of every
 * hour of every year. Shared by scenario validation and the hourly formulation.
 *
 * The flat price. The scenario's yearly electricity price is read as the all-in average price a
 * plant with a flat (24-hour) load pays: energy at the TOU prices plus the basic charge spread over
 * its energy. So flat[y] = (price[y] − basic charge of a flat load per MWh) / (mean TOU multiplier
 * over all hours of the year). A plant that draws more at peak then pays more than the average, as
 * under the real tariff; with TOU off and no demand charge, flat = price and the bill equals the
 * annual model's.
 */
import type { Scenario } from '../schemas/scenario.ts';
import { SECTOR_SHIFT_PATTERN, SHIFT_SHAPES, type ShiftPattern, type ShiftShape } from '../reference/load-shapes.ts';
import { PROVINCE_LOCATION, type LatLon } from '../reference/province-coordinates.ts';
import { assumption, type Sourced } from '../reference/sourced.ts';
import { touSchedule, WHOLESALE_WITHOUT_TOU, type TouSchedule } from '../reference/time-of-use.ts';
import type { Factory } from '../schemas/scenario.ts';
import { customDays, generatedDays, type RepresentativeDay } from './days.ts';
import { dayTariffs, type DayTariff } from './tariff.ts';

const HOURS_PER_YEAR = 8760;
const MONTHS_PER_YEAR = 12;

export interface FactoryTime {
  readonly pattern: ShiftPattern;
  readonly shape: ShiftShape;
  readonly workdaysPerWeek: number;
  readonly days: readonly RepresentativeDay[];
  readonly location: LatLon;
}

export function factoryTime(scenario: Pick<Scenario, 'time'>, factory: Factory): FactoryTime {
  const pattern = factory.hourly.shiftPattern ?? SECTOR_SHIFT_PATTERN[factory.sector].value;
  const shape = SHIFT_SHAPES[pattern].value;
  const workdaysPerWeek = factory.hourly.workdaysPerWeek ?? shape.workdaysPerWeek;
  const continuous = pattern === 'continuous' && workdaysPerWeek >= 7;
  const own = scenario.time.representativeDays;
  const days = own !== undefined ? customDays(own) : generatedDays(scenario.time.days, workdaysPerWeek, continuous);
  const ref = PROVINCE_LOCATION[factory.province].value;
  const location = { latitudeDeg: factory.hourly.latitudeDeg ?? ref.latitudeDeg, longitudeDeg: factory.hourly.longitudeDeg ?? ref.longitudeDeg };
  return { pattern, shape, workdaysPerWeek, days, location };
}

export interface TariffPlan {
  readonly schedule: TouSchedule;
  /** What the hourly prices rest on: the province's schedule, the default, or a wholesale rule without TOU. */
  readonly basis: Sourced<string>;
  readonly days: readonly DayTariff[];
  /** Mean TOU multiplier over every hour of the year. */
  readonly meanMultiplier: number;
  /** Basic charge of a flat load, RMB per MWh, by year. */
  readonly flatLoadBasicRmbPerMwh: Readonly<Record<number, number>>;
  /** Flat-period energy price by year, RMB/MWh. */
  readonly flatRmbPerMwh: Readonly<Record<number, number>>;
}

export function tariffPlan(scenario: Pick<Scenario, 'years' | 'assumptions'>, factory: Factory, days: readonly RepresentativeDay[]): TariffPlan {
  const t = scenario.assumptions.tariff;
  const schedule = touSchedule(factory.province);
  const timeOfUse = t.timeOfUse && !(t.purchase === 'wholesale' && WHOLESALE_WITHOUT_TOU[factory.province] !== undefined);
  const tariffs = dayTariffs(days, schedule, { timeOfUse, bandMultipliers: t.bandMultipliers });
  const weight = days.reduce((s, d) => s + d.weightDays, 0);
  const meanMultiplier = days.reduce((s, d, i) => s + d.weightDays * tariffs[i]!.multiplier.reduce((a, b) => a + b, 0), 0) / (24 * weight);
  const flatLoadBasicRmbPerMwh: Record<number, number> = {};
  const flatRmbPerMwh: Record<number, number> = {};
  for (const y of scenario.years) {
    // 1 MW flat: 1,000 kW × the demand price × 12 months over 8,760 MWh.
    flatLoadBasicRmbPerMwh[y] = (1000 * t.demandChargeRmbPerKwMonth[y]! * MONTHS_PER_YEAR) / HOURS_PER_YEAR;
    flatRmbPerMwh[y] = (scenario.assumptions.prices.carrierRmbPerMwh.electricity[y]! - flatLoadBasicRmbPerMwh[y]!) / meanMultiplier;
  }
  const exempt = t.purchase === 'wholesale' ? WHOLESALE_WITHOUT_TOU[factory.province] : undefined;
  const basis = !t.timeOfUse ? assumption('one price', 'schedule', '-', 'The scenario turns time-of-use off (assumptions.tariff.timeOfUse: false).') : (exempt ?? schedule.basis);
  return { schedule, basis, days: tariffs, meanMultiplier, flatLoadBasicRmbPerMwh, flatRmbPerMwh };
}
