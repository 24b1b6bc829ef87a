/**
 * A population of factories for a sector rollout: one row per factory, scaling its sector's
 * archetype. Read from CSV (header `id,sector,province,outputScaleFraction`) or JSON (an array of
 * rows), or synthesised from the archetypes' seeded size and province distributions.
 */
import { ARCHETYPES } from '../data/archetypes/index.ts';
import { PROVINCE_IDS, type ProvinceId } from '../data/reference/provinces.ts';
import type { SectorId } from '../data/sectors.ts';
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { formatPath } from '../errors.ts';
import { DEFAULT_CSV_LIMITS, parsePopulationCsv, POPULATION_COLUMNS, type PopulationCsvLimits } from './population-csv.ts';
import { PopulationSchema, type PopulationRow } from './population-row.ts';

export { PopulationRowSchema, PopulationSchema, type PopulationRow } from './population-row.ts';
import { standardNormalQuantile } from '../simulation/distributions.ts';
import { drawRng } from '../simulation/random.ts';

/** Parse a population from CSV (./population-csv.ts) or JSON text. Never throws. */
export function parsePopulation(text: string, fileName: string, limits: PopulationCsvLimits = DEFAULT_CSV_LIMITS): Result<PopulationRow[]> {
  if (!fileName.toLowerCase().endsWith('.json')) {
    const csv = parsePopulationCsv(text, limits);
    return csv.ok ? csv : fail({ ...csv.error, file: fileName });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail({ code: 'scenario_syntax', message: `not valid JSON: ${(e as Error).message}`, file: fileName });
  }
  const r = PopulationSchema.safeParse(data, { reportInput: true });
  if (r.success) {
    const seen = new Set<string>();
    const dup = r.data.findIndex((row) => (seen.has(row.id) ? true : (seen.add(row.id), false)));
    if (dup >= 0) return fail({ code: 'scenario_inconsistent', message: `duplicate factory id "${r.data[dup]!.id}"`, file: fileName, issues: [{ path: `[${dup}].id`, message: 'duplicate id' }] });
    return ok(r.data);
  }
  const issues: Issue[] = r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  return fail({ code: 'scenario_invalid', message: `invalid population (${issues.length} problem${issues.length > 1 ? 's' : ''})`, file: fileName, issues });
}

export function populationCsv(rows: readonly PopulationRow[]): string {
  return [POPULATION_COLUMNS.join(','), ...rows.map((r) => POPULATION_COLUMNS.map((c) => String(r[c])).join(','))].join('\n') + '\n';
}

/**
 * `count` factories of a sector drawn from its archetype: output scale lognormal around the
 * archetype's median (clamped), province by the archetype's weights; factory i uses the seed
 * derived from (seed, i), so any prefix of a population is the same for any count.
 */
export function synthesisePopulation(sector: SectorId, count: number, seed: number): PopulationRow[] {
  const { size, provinces } = ARCHETYPES[sector].population;
  const weights = PROVINCE_IDS.flatMap((p): Array<[ProvinceId, number]> => {
    const w = provinces[p];
    return w === undefined ? [] : [[p, w]];
  });
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const rows: PopulationRow[] = [];
  for (let i = 0; i < count; i++) {
    const rng = drawRng(seed, i);
    const z = standardNormalQuantile(Math.min(Math.max(rng(), 1e-12), 1 - 1e-12));
    const scale = Math.min(size.maxScaleFraction, Math.max(size.minScaleFraction, size.medianScaleFraction * Math.exp(size.lognormalSigma * z)));
    let u = rng() * total;
    const province = weights.find(([, w]) => (u -= w) < 0)?.[0] ?? weights[weights.length - 1]![0];
    rows.push({ id: `${sector}_${String(i + 1).padStart(5, '0')}`, sector, province, outputScaleFraction: Number(scale.toPrecision(6)) });
  }
  return rows;
}
