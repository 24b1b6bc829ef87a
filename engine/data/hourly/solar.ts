/**
 * Hourly PV output shapes from solar geometry and clear-sky physics (no hourly dataset for Chinese
 * provinces was found: sources/china-power-market.md §4). For each representative day, each month
 * it stands for is placed on its recommended mean day and the sun is followed through every clock
 * hour of Beijing time (UTC+8) in 6-minute steps:
 *
 * - declination δ = 23.45° sin(360° (284 + n) / 365) (Cooper 1969) on day n, the recommended
 *   average day of each month (Klein 1977, Solar Energy 19:325; Duffie & Beckman table 1.6.1);
 * - equation of time (Spencer 1971), and solar time = clock time + (longitude − 120°)/15 h + EoT;
 * - clear-sky global horizontal irradiance GHI = 1098 cos Z exp(−0.057 / cos Z) W/m² (Haurwitz
 *   1945; pvlib `clearsky.haurwitz`), split 85 % beam / 15 % diffuse (clear-sky assumption);
 * - plane of array: beam on a plane at tilt β and azimuth γ (Duffie & Beckman eq. 1.6.2), isotropic
 *   diffuse (Liu–Jordan), ground reflection at albedo 0.2; an east–west array is the mean of its two
 *   faces.
 *
 * The result is a shape only: the hourly data scales it so that the year's output equals the
 * sourced annual yield FactoryData gives the measure (renewable-yield.ts for the province, the
 * array's mounting and degradation, or the site's own figure), so the hours carry the same energy
 * as the annual model. Clouds are spread evenly over the year (every month gets the
 * same clear-sky fraction): a stated simplification, since the monsoon makes southern summers
 * cloudier and northern winters clearer.
 */
import type { PvMounting } from '../reference/renewable-yield.ts';
import type { RepresentativeDay } from './days.ts';
import { monthAverage } from './days.ts';

/** Recommended average day of each month (day of year), Klein 1977. */
export const MEAN_DAY_OF_MONTH = [17, 47, 75, 105, 135, 162, 198, 228, 258, 288, 318, 344] as const;
const DEG = Math.PI / 180;
const STEPS_PER_HOUR = 10;
const BEAM_SHARE = 0.85;
const ALBEDO = 0.2;

export interface PvGeometry {
  readonly latitudeDeg: number;
  readonly longitudeDeg: number;
  /** Module tilt from horizontal. */
  readonly tiltDeg: number;
  /** Azimuth the modules face, degrees from south (east negative, west positive); default 0. */
  readonly azimuthDeg?: number;
}

/** Minutes solar time runs ahead of mean solar time on day n (Spencer 1971). */
export function equationOfTimeMinutes(n: number): number {
  const b = (2 * Math.PI * (n - 1)) / 365;
  return 229.18 * (0.000075 + 0.001868 * Math.cos(b) - 0.032077 * Math.sin(b) - 0.014615 * Math.cos(2 * b) - 0.04089 * Math.sin(2 * b));
}

/** Solar declination on day n, degrees (Cooper 1969). */
export const declinationDeg = (n: number): number => 23.45 * Math.sin((2 * Math.PI * (284 + n)) / 365);

/** Clear-sky irradiance on the module plane per clock hour (mean over the hour), W/m², on day n. */
export function clearSkyPlaneOfArray(g: PvGeometry, n: number): number[] {
  const phi = g.latitudeDeg * DEG;
  const beta = g.tiltDeg * DEG;
  const gamma = (g.azimuthDeg ?? 0) * DEG;
  const delta = declinationDeg(n) * DEG;
  const offsetHours = (g.longitudeDeg - 120) / 15 + equationOfTimeMinutes(n) / 60;
  const out: number[] = [];
  for (let h = 0; h < 24; h++) {
    let sum = 0;
    for (let k = 0; k < STEPS_PER_HOUR; k++) {
      const solarHour = h + (k + 0.5) / STEPS_PER_HOUR + offsetHours;
      const omega = 15 * (solarHour - 12) * DEG;
      const cosZ = Math.sin(phi) * Math.sin(delta) + Math.cos(phi) * Math.cos(delta) * Math.cos(omega);
      if (cosZ <= 0.01) continue;
      const ghi = 1098 * cosZ * Math.exp(-0.057 / cosZ);
      const dni = (BEAM_SHARE * ghi) / cosZ;
      // Angle of incidence on a plane tilted β facing γ (Duffie & Beckman eq. 1.6.2).
      const cosTheta =
        Math.sin(delta) * Math.sin(phi) * Math.cos(beta) -
        Math.sin(delta) * Math.cos(phi) * Math.sin(beta) * Math.cos(gamma) +
        Math.cos(delta) * Math.cos(phi) * Math.cos(beta) * Math.cos(omega) +
        Math.cos(delta) * Math.sin(phi) * Math.sin(beta) * Math.cos(gamma) * Math.cos(omega) +
        Math.cos(delta) * Math.sin(beta) * Math.sin(gamma) * Math.sin(omega);
      const beam = dni * Math.max(0, cosTheta);
      const diffuse = (1 - BEAM_SHARE) * ghi * ((1 + Math.cos(beta)) / 2);
      const reflected = ghi * ALBEDO * ((1 - Math.cos(beta)) / 2);
      sum += beam + diffuse + reflected;
    }
    out.push(sum / STEPS_PER_HOUR);
  }
  return out;
}

/** Clear-sky plane-of-array irradiance per representative day and hour, W/m² (a shape to be scaled). */
export function pvShape(days: readonly RepresentativeDay[], g: PvGeometry): number[][] {
  const byMonth = new Map<number, number[]>();
  const perMonth = (m: number): number[] => {
    let s = byMonth.get(m);
    if (s === undefined) {
      s = clearSkyPlaneOfArray(g, MEAN_DAY_OF_MONTH[m - 1]!);
      byMonth.set(m, s);
    }
    return s;
  };
  return days.map((d) => monthAverage(d, perMonth));
}

/**
 * ASSUMPTION: the planes of each mounting (renewable-yield.ts PV_MOUNTINGS). Low tilt: modules on a
 * low-pitch colour-steel or flat concrete roof at ≈10° facing south; optimal tilt: latitude − 5°
 * facing south (the reference's ground arrays and carports); east–west: two faces at 10° towards
 * east and west, equal shares.
 */
export function mountingPlanes(mounting: PvMounting, latitudeDeg: number): Array<{ tiltDeg: number; azimuthDeg: number }> {
  if (mounting === 'low_tilt') return [{ tiltDeg: 10, azimuthDeg: 0 }];
  if (mounting === 'optimal_tilt') return [{ tiltDeg: Math.max(0, latitudeDeg - 5), azimuthDeg: 0 }];
  return [{ tiltDeg: 10, azimuthDeg: -90 }, { tiltDeg: 10, azimuthDeg: 90 }];
}

/** Clear-sky shape of an array with this mounting at this place (the mean of its planes). */
export function mountedPvShape(days: readonly RepresentativeDay[], place: { latitudeDeg: number; longitudeDeg: number }, mounting: PvMounting): number[][] {
  const planes = mountingPlanes(mounting, place.latitudeDeg).map((p) => pvShape(days, { ...place, ...p }));
  return days.map((_, d) => Array.from({ length: 24 }, (_, h) => planes.reduce((s, p) => s + p[d]![h]!, 0) / planes.length));
}
