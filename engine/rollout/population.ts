/**
 * A population of factories for a sector rollout: one row per factory, scaling its sector's
 * archetype. Read from CSV (header `id,sector,province,outputScaleFraction`) or JSON (an array of
 * rows), or synthesised from the archetypes' seeded size and province distributions.
 */
import { z } from 'zod';
import { ARCHETYPES } from '../data/archetypes/index.ts';
import { PROVINCE_IDS, type ProvinceId } from '../data/reference/provinces.ts';
import { ProvinceIdSchema, SectorIdSchema } from '../data/schemas/ids.ts';
import type { SectorId } from '../data/sectors.ts';
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { formatPath } from '../errors.ts';
import { standardNormalQuantile } from '../simulation/distributions.ts';
import { drawRng } from '../simulation/random.ts';

export const PopulationRowSchema = z
  .object({
    id: z.string().min(1),
    sector: SectorIdSchema,
    province: ProvinceIdSchema,
    /** Output (and energy, process CO2) as a multiple of the sector archetype's. */
    outputScaleFraction: z.number().positive().max(1000),
  })
  .strict();
export type PopulationRow = z.infer<typeof PopulationRowSchema>;

export const PopulationSchema = z.array(PopulationRowSchema).min(1, 'a population needs at least one factory');

/** Parse a population from CSV or JSON text. Never throws. */
export function parsePopulation(text: string, fileName: string): Result<PopulationRow[]> {
  let data: unknown;
  if (fileName.toLowerCase().endsWith('.json')) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      return fail({ code: 'scenario_syntax', message: `not valid JSON: ${(e as Error).message}`, file: fileName });
    }
  } else {
    const csv = parseCsv(text);
    if (!csv.ok) return fail({ ...csv.error, file: fileName });
    data = csv.value;
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

const COLUMNS = ['id', 'sector', 'province', 'outputScaleFraction'] as const;

function parseCsv(text: string): Result<Array<Record<string, string | number>>> {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const header = lines[0]?.split(',').map((h) => h.trim());
  if (header === undefined || COLUMNS.some((c) => !header.includes(c))) {
    return fail({ code: 'scenario_syntax', message: `the CSV header must name the columns ${COLUMNS.join(',')}` });
  }
  const rows = lines.slice(1).map((line) => {
    const cells = line.split(',').map((c) => c.trim());
    const row: Record<string, string | number> = {};
    header.forEach((h, i) => {
      const v = cells[i] ?? '';
      row[h] = h === 'outputScaleFraction' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    });
    return row;
  });
  return ok(rows);
}

export function populationCsv(rows: readonly PopulationRow[]): string {
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => String(r[c])).join(','))].join('\n') + '\n';
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
