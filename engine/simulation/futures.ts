/**
 * Sampled futures: the uncertain inputs' values of each Monte Carlo draw with its probability. Draw i
 * is sampled from (seed, i) exactly as a Monte Carlo draw is, so futures and draws agree. A scenario
 * without uncertain inputs has one future, the scenario itself (probability 1).
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { InputValues } from './apply-inputs.ts';
import { drawInputs } from './draw.ts';

export interface Future {
  /** The draw index (or the caller's scenario index). */
  readonly index: number;
  readonly probability: number;
  readonly inputs: InputValues;
}

export interface SampleOptions {
  readonly draws?: number;
  readonly seed?: number;
}

export function sampleFutures(scenario: Scenario, o: SampleOptions = {}): Future[] {
  if (scenario.uncertainty.inputs.length === 0) return [{ index: 0, probability: 1, inputs: {} }];
  const draws = o.draws ?? scenario.uncertainty.draws;
  const seed = o.seed ?? scenario.uncertainty.seed;
  return Array.from({ length: draws }, (_, index) => ({ index, probability: 1 / draws, inputs: drawInputs(scenario, { index, seed }) }));
}

/** A clear reason when `futures` cannot be used (empty, or probabilities not ≥ 0 summing to 1), else null. */
export function futuresProblem(futures: readonly Future[]): string | null {
  if (futures.length === 0) return 'no futures: give at least one';
  const bad = futures.find((f) => !(Number.isFinite(f.probability) && f.probability >= 0));
  if (bad !== undefined) return `future ${bad.index} has probability ${bad.probability}: probabilities must be finite and ≥ 0`;
  const sum = futures.reduce((s, f) => s + f.probability, 0);
  if (Math.abs(sum - 1) > 1e-6) return `the futures' probabilities sum to ${sum}, not 1`;
  return null;
}
