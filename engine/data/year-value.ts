/**
 * Per-year inputs. A scenario file may give any yearly quantity (price, factor, growth, capex) as
 *   - a number (the same every year),
 *   - a map from year to value (`{ 2026: 62, 2030: 90 }`: linear between given years, flat outside),
 *   - a mathjs expression in `year` (`62 * 1.04 ^ (year - 2025)`), evaluated in a restricted scope.
 * Loading resolves every one of them to plain numbers per year (a YearSeries), so the model never
 * sees an expression. The types and year helpers are in year-series.ts (free of mathjs, which loads
 * here through `node:module`), re-exported here.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { YearValueInputSchema, type YearSeries, type YearValueInput, type YearValueSchema } from './year-series.ts';

export * from './year-series.ts';

// mathjs as its single-file bundle: ~0.1 s to load instead of ~2–5 s for the ESM tree of files.
const mathjs = createRequire(import.meta.url)('mathjs/lib/browser/math.js') as typeof import('mathjs');

const math = mathjs.create(mathjs.all ?? {});
const evaluateUnsafe = math.evaluate;
// Restrict the expression language to arithmetic: no imports, no new units, no nested parsing.
// (mathjs security guidance: disable functions that can alter or escape the scope.)
math.import(
  {
    import: () => { throw new Error('import is disabled'); },
    createUnit: () => { throw new Error('createUnit is disabled'); },
    evaluate: () => { throw new Error('evaluate is disabled'); },
    parse: () => { throw new Error('parse is disabled'); },
    simplify: () => { throw new Error('simplify is disabled'); },
    derivative: () => { throw new Error('derivative is disabled'); },
    resolve: () => { throw new Error('resolve is disabled'); },
    compile: () => { throw new Error('compile is disabled'); },
  },
  { override: true },
);

export type ResolveResult = { ok: true; series: Record<number, number> } | { ok: false; message: string };

/** Resolve one per-year input over the given years. Never throws. */
export function resolveYearValue(value: YearValueInput, years: readonly number[]): ResolveResult {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { ok: true, series: Object.fromEntries(years.map((y) => [y, value])) }
      : { ok: false, message: 'must be a finite number' };
  }
  if (typeof value === 'string') return resolveExpression(value, years);
  return resolveMap(value, years);
}

function resolveExpression(expression: string, years: readonly number[]): ResolveResult {
  const series: Record<number, number> = {};
  for (const year of years) {
    let result: unknown;
    try {
      result = evaluateUnsafe(expression, { year });
    } catch (error) {
      return { ok: false, message: `expression "${expression}" failed: ${(error as Error).message}` };
    }
    const n = typeof result === 'number' ? result : Number.NaN;
    if (!Number.isFinite(n)) {
      return { ok: false, message: `expression "${expression}" does not give a finite number for year ${year}` };
    }
    series[year] = n;
  }
  return { ok: true, series };
}

function resolveMap(map: Readonly<Record<string, number>>, years: readonly number[]): ResolveResult {
  const points = Object.entries(map)
    .map(([k, v]) => [Number(k), v] as const)
    .sort((a, b) => a[0] - b[0]);
  if (points.length === 0) return { ok: false, message: 'a year map needs at least one year' };
  const series: Record<number, number> = {};
  for (const year of years) series[year] = interpolate(points, year);
  return { ok: true, series };
}

function interpolate(points: ReadonlyArray<readonly [number, number]>, year: number): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (year <= first[0]) return first[1];
  if (year >= last[0]) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [y1, v1] = points[i]!;
    const [y0, v0] = points[i - 1]!;
    if (year <= y1) return v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
  }
  return last[1];
}

/**
 * A zod schema for a per-year input bound to a set of years: accepts any YearValueInput and outputs
 * a YearSeries, reporting a bad expression as a validation issue at the field's path.
 */
export function yearValue(years: readonly number[]): YearValueSchema {
  return YearValueInputSchema.transform((value, ctx): YearSeries => {
    const result = resolveYearValue(value, years);
    if (result.ok) return result.series;
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  });
}

