/**
 * Per-year values as the model sees them: a `YearSeries` (plain numbers by calendar year), the
 * file forms a per-year input may take, and helpers on years. No expression evaluator here (that is
 * year-value.ts, with mathjs), so result types can import this module anywhere, the browser too.
 */
import { z } from 'zod';

/** Plain numbers per year, keyed by calendar year. */
export type YearSeries = Readonly<Record<number, number>>;

export const YearValueInputSchema = z.union([
  z.number(),
  z.record(z.string().regex(/^\d{4}$/, 'year keys must be four-digit years'), z.number()),
  z.string().min(1),
]);
export type YearValueInput = z.input<typeof YearValueInputSchema>;

/** The zod schema of a per-year input bound to a set of years (see `yearValue` in year-value.ts). */
export type YearValueSchema = z.ZodPipe<typeof YearValueInputSchema, z.ZodTransform<YearSeries, z.output<typeof YearValueInputSchema>>>;

/** A per-year input that must be ≥ 0 in every year (prices, capex). */
export function nonNegative(yv: YearValueSchema) {
  return yv.refine((series) => Object.values(series).every((v) => v >= 0), { message: 'must be ≥ 0 in every year' });
}

/** Years from `first` to `last` inclusive. */
export function yearRange(first: number, last: number): number[] {
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

/** Value of a series in a year; throws only on a programming error (a year outside the series). */
export function at(series: YearSeries, year: number): number {
  const v = series[year];
  if (v === undefined) throw new RangeError(`no value for year ${year}`);
  return v;
}
