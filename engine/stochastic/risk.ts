/**
 * Statistics of a discrete cost distribution (scenario costs with probabilities): expectation,
 * quantiles (the inverse CDF: the smallest cost whose cumulative probability reaches p) and
 * CVaR_α = min_η η + E[(C − η)⁺] / (1 − α) (Rockafellar–Uryasev), exact for discrete scenarios.
 */
import type { Cvar } from './options.ts';

export interface WeightedValue {
  readonly value: number;
  readonly probability: number;
}

export const expectation = (xs: readonly WeightedValue[]): number => xs.reduce((s, x) => s + x.probability * x.value, 0);

export function weightedQuantile(xs: readonly WeightedValue[], p: number): number {
  const sorted = [...xs].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, x) => s + x.probability, 0);
  let cum = 0;
  for (const x of sorted) {
    cum += x.probability / total;
    if (cum >= p - 1e-12) return x.value;
  }
  return sorted[sorted.length - 1]?.value ?? Number.NaN;
}

/** CVaR_α of the costs: the minimum over η is reached at one of the costs (the objective is piecewise linear in η). */
export function cvar(xs: readonly WeightedValue[], alphaFraction: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const { value: eta } of xs) {
    const tail = xs.reduce((s, x) => s + x.probability * Math.max(0, x.value - eta), 0);
    best = Math.min(best, eta + tail / (1 - alphaFraction));
  }
  return best;
}

/** The program's objective for these scenario costs: E[C] + λ·CVaR_α[C]. */
export function riskObjective(xs: readonly WeightedValue[], c: Cvar | null): number {
  const e = expectation(xs);
  return c === null || c.weight === 0 ? e : e + c.weight * cvar(xs, c.alphaFraction);
}
