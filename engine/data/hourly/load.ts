/**
 * Hourly demand shapes per representative day, by load class: `production` (motors, compressed
 * air, lighting, process electricity: the shift pattern), `hvac` (the shift pattern × a monthly
 * cooling factor), `continuous` (IT load, carbon capture: flat), `heat` (electrified process heat:
 * follows production unless the factory gives its own heat profile). Shapes only: hourly.ts
 * normalises them so a year's weighted hours add up to one.
 */
import { HVAC_MONTHLY_FACTOR, type ShiftShape } from '../reference/load-shapes.ts';
import type { RepresentativeDay } from './days.ts';
import { monthAverage } from './days.ts';

export const LOAD_CLASSES = ['production', 'hvac', 'continuous', 'heat'] as const;
export type LoadClass = (typeof LOAD_CLASSES)[number];

const shiftOf = (shape: ShiftShape, day: RepresentativeDay): readonly number[] => (day.dayType === 'workday' ? shape.workday : shape.restDay);

export function productionShape(days: readonly RepresentativeDay[], shape: ShiftShape): number[][] {
  return days.map((d) => [...shiftOf(shape, d)]);
}

export function hvacShape(days: readonly RepresentativeDay[], shape: ShiftShape): number[][] {
  return days.map((d) => monthAverage(d, (m) => shiftOf(shape, d).map((x) => x * HVAC_MONTHLY_FACTOR.value[m - 1]!)));
}

export function continuousShape(days: readonly RepresentativeDay[]): number[][] {
  return days.map(() => new Array<number>(24).fill(1));
}
