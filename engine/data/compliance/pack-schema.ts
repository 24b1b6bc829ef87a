/**
 * The schema of a rule pack (one standard or guide) and its parser. A pack is data: each criterion
 * quotes the text it comes from (clause and source), names the metric it measures from the catalogue
 * (metrics.ts), its threshold and the evidence a certifier asks for. `parsePack` rejects a pack
 * with an unknown metric, a unit that is not the metric's, an operator the metric does not take, a
 * threshold out of range, a quote citing a source the pack does not list or a duplicate id, and
 * names the field path of each problem.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../../errors.ts';
import { SnakeIdSchema } from '../schemas/ids.ts';
import { toIssues } from '../zod-issues.ts';
import { METRIC_IDS, METRICS, type MetricDef } from './metrics.ts';

const Bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();

export const TagSchema = z.enum(['V', 'S', 'U']).describe('V: read in the source; S: secondary commentary; U: uncertain (criteria file §0)');

const YearKey = z.string().regex(/^\d{4}$/, 'a year key must be four digits');

const ThresholdValueSchema = z.union([
  z.number().finite(),
  z.boolean(),
  z.array(z.string().min(1)).min(1),
  z.object({ byYear: z.record(YearKey, z.number().finite()) }).strict(),
]);

const ThresholdSchema = z
  .object({
    op: z.enum(['>=', '<=', '>', '==', 'in', 'subset_of']),
    value: ThresholdValueSchema,
    unit: z.string().min(1),
    /** published: the number is in the source; engine_param: our own default where the source gives none. */
    origin: z.enum(['published', 'engine_param']).default('published'),
  })
  .strict();

const QuoteSchema = z
  .object({
    /** The source text, verbatim, in its own language. */
    text: z.string().min(4),
    /** Clause, article or section it stands in, as the source numbers it. */
    clause: z.string().min(1),
    /** Id of an entry of the pack's `sources`. */
    source: z.string().min(1),
    lang: z.enum(['zh', 'en']),
    /** Where we read it when not in the original (e.g. the criteria file's transcription). */
    via: z.string().min(1).optional(),
  })
  .strict();

export const CriterionSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9-]*$/, 'criterion ids are upper-case, e.g. HN-RE'),
    titleEn: z.string().min(1),
    titleZh: z.string().min(1),
    /** prerequisite: failing it means not eligible; scored: feeds a score; recommendation: advisory. */
    kind: z.enum(['prerequisite', 'scored', 'recommendation']),
    metric: z.enum(METRIC_IDS),
    /** null when the source sets one but we could not read it: the criterion is then not assessable. */
    threshold: ThresholdSchema.nullable(),
    quote: QuoteSchema,
    confidence: TagSchema,
    /** The documents a certifier asks for. */
    evidence: z.array(z.string().min(1)).min(1),
    /** The criterion only applies to factories in a sector covered by the national ETS. */
    onlyIfEtsCovered: z.boolean().default(false),
    /** How we read the text where it leaves room (conversion factors, boundaries). */
    interpretation: z.string().min(1).optional(),
  })
  .strict();

export const PackSchema = z
  .object({
    id: SnakeIdSchema,
    titleEn: z.string().min(1),
    titleZh: z.string().min(1),
    kind: z.enum(['national_guidance', 'group_standard', 'provincial_guide', 'municipal_guide', 'international_standard']),
    issuer: Bilingual,
    /** Document number or standard code, e.g. 工信部联节〔2026〕13号. */
    document: z.string().min(1),
    year: z.number().int().min(2000).max(2100),
    status: z.enum(['in_force', 'trial', 'withdrawn']),
    /** 'national', 'international', or the province id. */
    jurisdiction: z.string().min(1),
    /** The grade the pack's prerequisites define (e.g. 6★ Type I), where the source grades. */
    grade: Bilingual.optional(),
    /** Scope 2 method the pack's emission metrics use (and `policy.certify` constrains with). */
    scope2Method: z.object({ method: z.enum(['market', 'location']), confidence: TagSchema, note: z.string().min(1) }).strict(),
    sources: z
      .array(z.object({ id: z.string().min(1), title: z.string().min(1), url: z.string().min(1), confidence: TagSchema }).strict())
      .min(1),
    criteria: z.array(CriterionSchema).min(1),
    /** What the sources leave open (from the criteria file's gaps). */
    gaps: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const sourceIds = new Set(pack.sources.map((s) => s.id));
    const seen = new Set<string>();
    pack.criteria.forEach((c, i) => {
      const at = (...p: (string | number)[]) => ['criteria', i, ...p];
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `duplicate criterion id "${c.id}"` });
      seen.add(c.id);
      if (!sourceIds.has(c.quote.source)) {
        ctx.addIssue({ code: 'custom', path: at('quote', 'source'), message: `"${c.quote.source}" is not one of the pack's sources (${[...sourceIds].join(', ')})` });
      }
      if (c.threshold !== null) for (const p of thresholdProblems(METRICS[c.metric], c.threshold)) ctx.addIssue({ code: 'custom', path: at('threshold', ...p.path), message: p.message });
    });
  });

export type Pack = z.output<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
export type Criterion = z.output<typeof CriterionSchema>;
export type Threshold = NonNullable<Criterion['threshold']>;

function thresholdProblems(m: MetricDef, t: z.output<typeof ThresholdSchema>): { path: string[]; message: string }[] {
  const out: { path: string[]; message: string }[] = [];
  if (!m.ops.includes(t.op)) out.push({ path: ['op'], message: `metric ${m.id} takes ${m.ops.join(' or ')}, not "${t.op}"` });
  if (t.unit !== m.unit) out.push({ path: ['unit'], message: `metric ${m.id} is in ${m.unit}, not "${t.unit}"` });
  const v = t.value;
  if (m.valueType === 'number') {
    const values = typeof v === 'number' ? [['value', v] as const] : typeof v === 'object' && !Array.isArray(v) ? Object.entries(v.byYear).map(([y, x]) => [`value.byYear.${y}`, x] as const) : null;
    if (values === null) out.push({ path: ['value'], message: `metric ${m.id} needs a number or { byYear }` });
    else {
      if (values.length === 0) out.push({ path: ['value'], message: 'byYear needs at least one year' });
      const [lo, hi] = m.range ?? [-Infinity, Infinity];
      for (const [path, x] of values) if (x < lo || x > hi) out.push({ path: path.split('.'), message: `${x} is outside ${lo}..${hi} ${m.unit}` });
    }
  } else if (m.valueType === 'boolean') {
    if (typeof v !== 'boolean') out.push({ path: ['value'], message: `metric ${m.id} needs true or false` });
  } else if (!Array.isArray(v)) {
    out.push({ path: ['value'], message: `metric ${m.id} needs a list of ${m.unit}` });
  } else if (m.choices !== undefined) {
    v.forEach((x, k) => {
      if (!m.choices!.includes(x)) out.push({ path: ['value', String(k)], message: `"${x}" is not one of ${m.choices!.join(', ')}` });
    });
  }
  return out;
}

/** Validate a pack; a problem is a `pack_invalid` error naming `file` and each field path. */
export function parsePack(data: unknown, file: string): Result<Pack> {
  const parsed = PackSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    return fail({ code: 'pack_invalid', message: `invalid rule pack (${issues.length} problem${issues.length > 1 ? 's' : ''})`, file, issues });
  }
  return ok(parsed.data);
}

/** The threshold value in force in `year`: a plain value, or the latest byYear entry ≤ year (the first before it). */
export function thresholdFor(t: Threshold, year: number): number | boolean | readonly string[] {
  const v = t.value;
  if (typeof v !== 'object' || Array.isArray(v)) return v;
  const years = Object.keys(v.byYear).map(Number).sort((a, b) => a - b);
  const inForce = years.filter((y) => y <= year).at(-1) ?? years[0]!;
  return v.byYear[String(inForce)]!;
}
