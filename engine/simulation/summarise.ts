/** Summaries of a set of draws: P5/P50/P95 per year, probability of meeting the target, measure frequency. */
import { empiricalQuantile } from './distributions.ts';
import type { DrawResult } from './draw.ts';

export interface Quantiles {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

export interface YearQuantiles extends Quantiles {
  readonly year: number;
}

export interface MeasureFrequency {
  readonly measureId: string;
  /** Share of successful draws whose plan holds the measure in the last year. */
  readonly shareOfDraws: number;
  /** Median installed size over the draws that hold it. */
  readonly medianSize: number;
}

export function quantiles(values: readonly number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  return { p5: empiricalQuantile(sorted, 0.05), p50: empiricalQuantile(sorted, 0.5), p95: empiricalQuantile(sorted, 0.95), mean };
}

function byYear(draws: readonly DrawResult[], pick: (d: DrawResult) => Readonly<Record<number, number>>): YearQuantiles[] {
  const years = [...new Set(draws.flatMap((d) => Object.keys(pick(d)).map(Number)))].sort((a, b) => a - b);
  return years.map((year) => ({ year, ...quantiles(draws.map((d) => pick(d)[year]).filter((v): v is number => v !== undefined)) }));
}

export interface DrawSummary {
  readonly draws: number;
  readonly succeeded: number;
  readonly totalCostRmb: Quantiles | null;
  readonly costByYearRmb: readonly YearQuantiles[];
  readonly netTco2ByYear: readonly YearQuantiles[];
  readonly probabilityTargetMet: number;
  readonly measureFrequency: readonly MeasureFrequency[];
}

export function summariseDraws(draws: readonly DrawResult[]): DrawSummary {
  const ok = draws.filter((d) => d.totalCostRmb !== null);
  const measures = [...new Set(ok.flatMap((d) => Object.keys(d.finalStock)))].sort();
  return {
    draws: draws.length,
    succeeded: ok.length,
    totalCostRmb: ok.length > 0 ? quantiles(ok.map((d) => d.totalCostRmb!)) : null,
    costByYearRmb: byYear(ok, (d) => d.costByYearRmb),
    netTco2ByYear: byYear(ok, (d) => d.netTco2ByYear),
    probabilityTargetMet: draws.length > 0 ? draws.filter((d) => d.targetMet).length / draws.length : 0,
    measureFrequency: measures.map((measureId) => {
      const sizes = ok.map((d) => d.finalStock[measureId]).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
      return { measureId, shareOfDraws: sizes.length / ok.length, medianSize: empiricalQuantile(sizes, 0.5) };
    }),
  };
}
