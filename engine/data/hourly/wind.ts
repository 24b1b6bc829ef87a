/**
 * Hourly wind output shape. No hourly wind dataset for Chinese provinces was found
 * (sources/china-power-market.md §4: Renewables.ninja and MERRA-2 need downloads), so the shape is
 * our assumption: the East Asian monsoon makes winter and spring windier than summer, and at hub
 * height (80–100 m) inland winds peak at night under a stable boundary layer. Scaled to the annual
 * full-load hours FactoryData gives the measure (hourly.ts).
 */
import { assumption } from '../reference/sourced.ts';
import type { RepresentativeDay } from './days.ts';
import { monthAverage } from './days.ts';

export const WIND_SHAPE = assumption(
  {
    monthly: [1.15, 1.15, 1.2, 1.2, 1.05, 0.9, 0.8, 0.8, 0.85, 1.0, 1.1, 1.15],
    diurnalAmplitude: 0.15,
    peakHour: 2,
  },
  'relative output',
  2025,
  'Monthly factors: winter/spring monsoon ≈1.15–1.2, summer ≈0.8; diurnal 1 + 0.15 cos(2π (h − 2)/24), highest at 2:00. Replace with measured or reanalysis profiles (`hourly.windProfile`).',
);

export function windShape(days: readonly RepresentativeDay[]): number[][] {
  const { monthly, diurnalAmplitude, peakHour } = WIND_SHAPE.value;
  const diurnal = Array.from({ length: 24 }, (_, h) => 1 + diurnalAmplitude * Math.cos((2 * Math.PI * (h + 0.5 - peakHour)) / 24));
  return days.map((d) => monthAverage(d, (m) => diurnal.map((x) => x * monthly[m - 1]!)));
}
