/**
 * The scenario set of a stochastic plan, from the scenario's `uncertainty` block:
 *   sample:    N draws with the Monte Carlo seeds (draw i from (seed, i), so draw i here is draw i of
 *              `lingtan simulate`), each of probability 1/N; identical draws are merged and their
 *              probabilities added (discrete inputs repeat);
 *   enumerate: every combination of the (all discrete) inputs, with the product of their weights.
 * The expected-value case takes each input at its probability-weighted mean over the set, so the
 * deterministic plan is planned on the same numbers the stochastic one sees.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { UncertainInputId } from '../data/schemas/uncertainty.ts';
import type { Issue } from '../errors.ts';
import type { InputValues } from '../simulation/apply-inputs.ts';
import { drawInputs } from '../simulation/draw.ts';
import type { StochasticOptions } from './options.ts';

export interface StochasticCase {
  readonly inputs: InputValues;
  readonly probability: number;
}

export type ScenarioSet = { readonly ok: true; readonly cases: readonly StochasticCase[] } | { readonly ok: false; readonly issues: readonly Issue[] };

export function scenarioSet(scenario: Scenario, o: Pick<StochasticOptions, 'scenarios' | 'sampling' | 'seed'>): ScenarioSet {
  return o.sampling === 'enumerate' ? enumerate(scenario, o.scenarios) : { ok: true, cases: sampled(scenario, o.scenarios, o.seed ?? scenario.uncertainty.seed) };
}

function sampled(scenario: Scenario, count: number, seed: number): StochasticCase[] {
  const byKey = new Map<string, { inputs: InputValues; probability: number }>();
  for (let index = 0; index < count; index++) {
    const inputs = drawInputs(scenario, { index, seed });
    const k = JSON.stringify(inputs);
    const seen = byKey.get(k);
    if (seen) seen.probability += 1 / count;
    else byKey.set(k, { inputs, probability: 1 / count });
  }
  return [...byKey.values()];
}

function enumerate(scenario: Scenario, max: number): ScenarioSet {
  const issues: Issue[] = [];
  let cases: StochasticCase[] = [{ inputs: {}, probability: 1 }];
  scenario.uncertainty.inputs.forEach((u, k) => {
    const d = u.distribution;
    if (d.kind !== 'discrete') {
      issues.push({ path: `uncertainty.inputs[${k}].distribution.kind`, message: `enumerate needs discrete distributions, "${u.input}" is ${d.kind}: use sampling "sample"` });
      return;
    }
    const weights = d.weights ?? d.values.map(() => 1);
    const total = weights.reduce((s, w) => s + w, 0);
    cases = cases.flatMap((c) => d.values.flatMap((v, i) => (weights[i]! > 0 ? [{ inputs: { ...c.inputs, [u.input]: v }, probability: (c.probability * weights[i]!) / total }] : [])));
  });
  if (issues.length > 0) return { ok: false, issues };
  if (cases.length > max) return { ok: false, issues: [{ path: 'scenarios', message: `the discrete inputs combine into ${cases.length} scenarios, more than the ${max} asked for` }] };
  return { ok: true, cases };
}

/** Each input at its probability-weighted mean over the cases (the expected-value problem). */
export function expectedInputs(cases: readonly StochasticCase[]): InputValues {
  const out: Partial<Record<UncertainInputId, number>> = {};
  for (const c of cases) {
    for (const [id, v] of Object.entries(c.inputs) as Array<[UncertainInputId, number]>) out[id] = (out[id] ?? 0) + c.probability * v;
  }
  return out;
}
