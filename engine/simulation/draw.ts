/**
 * One Monte Carlo draw (or one sensitivity point): sample the uncertain inputs from the draw's own
 * seed (or take the given values), apply them to the scenario, then either re-optimise every factory
 * or evaluate the base plan's fixed capacity under the draw.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import type { UncertainInputId } from '../data/schemas/uncertainty.ts';
import { evaluatePlan } from '../optimise/evaluate-plan.ts';
import { optimiseFactory } from '../optimise/optimise-factory.ts';
import type { PlanStatus } from '../optimise/types.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { applyInputs, type InputValues } from './apply-inputs.ts';
import { sample } from './distributions.ts';
import { drawRng } from './random.ts';

export type SimulationMode = 'evaluate' | 'reoptimise';

export interface DrawSpec {
  readonly index: number;
  readonly seed: number;
  readonly mode: SimulationMode;
  /** The run's solver settings (resolved once at its boundary). */
  readonly settings: SolverSettings;
  /** evaluate: the base plan's capacity decisions per factory id (column name → value). */
  readonly decisions?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Explicit input values (sensitivity); when absent the inputs are sampled. */
  readonly values?: InputValues;
}

export interface DrawResult {
  readonly index: number;
  readonly inputs: InputValues;
  readonly status: PlanStatus;
  /** Discounted total over factories, RMB; null when some factory has no plan. */
  readonly totalCostRmb: number | null;
  readonly costByYearRmb: Readonly<Record<number, number>>;
  readonly netTco2ByYear: Readonly<Record<number, number>>;
  /** Every cap met (reoptimise: a plan exists; evaluate: no shortfall). */
  readonly targetMet: boolean;
  /** reoptimise: carbon shadow price of the first factory's target, RMB/tCO2. */
  readonly shadowPriceRmbPerTco2: number | null;
  /** reoptimise: installed size of each measure in the last year, summed over factories. */
  readonly finalStock: Readonly<Record<string, number>>;
}

/** The pool task of one draw: its spec; the run context is the scenario every draw varies. */
export type DrawTasks = { readonly draw: { readonly task: { readonly spec: DrawSpec }; readonly value: DrawResult; readonly context: Scenario } };

/** The draw's input values: explicit, or sampled in the declared order from the draw's own generator. */
export function drawInputs(scenario: Scenario, spec: Pick<DrawSpec, 'index' | 'seed' | 'values'>): InputValues {
  if (spec.values !== undefined) return spec.values;
  const rng = drawRng(spec.seed, spec.index);
  const out: Partial<Record<UncertainInputId, number>> = {};
  for (const u of scenario.uncertainty.inputs) out[u.input] = sample(u.distribution, rng);
  return out;
}

const add = (into: Record<number, number>, from: Readonly<Record<number, number>>) => {
  for (const [y, v] of Object.entries(from)) into[Number(y)] = (into[Number(y)] ?? 0) + v;
};

export function runDraw(scenario: Scenario, spec: DrawSpec, backend: SolverBackend): DrawResult {
  const inputs = drawInputs(scenario, spec);
  const s = applyInputs(scenario, inputs);
  const costByYear: Record<number, number> = {};
  const net: Record<number, number> = {};
  const finalStock: Record<string, number> = {};
  let total: number | null = 0;
  let met = true;
  let status: PlanStatus = 'optimal';
  let shadow: number | null = null;
  const last = s.horizon.endYear;
  for (const f of s.factories) {
    if (spec.mode === 'evaluate') {
      const e = evaluatePlan(s, f, spec.decisions?.[f.id] ?? {}, backend, spec.settings);
      if (!e.feasible || e.costRmb === null) {
        total = null;
        met = false;
        status = 'error';
        continue;
      }
      total = total === null ? null : total + e.costRmb;
      add(costByYear, e.costByYearRmb);
      add(net, e.netTco2ByYear);
      if (Object.values(e.shortfallTco2ByYear).some((x) => x > 1e-6)) met = false;
    } else {
      // A draw reports the shadow price: the marginal costs on the fixed-integer LP give it (the MILP
      // re-solves of the integer check only qualify the tightening side); no MAC curve (≈ 25 LP solves).
      const p = optimiseFactory(s, f, backend, { skipDiagnosis: true, settings: spec.settings, analysis: { macCurve: false, integerCheck: false } });
      if (p.objectiveRmb === null) {
        total = null;
        met = false;
        status = p.status;
        continue;
      }
      if (p.status !== 'optimal') status = p.status;
      total = total === null ? null : total + p.objectiveRmb;
      add(costByYear, Object.fromEntries(p.costs.map((c) => [c.year, c.totalRmb])));
      add(net, Object.fromEntries(p.emissions.map((e) => [e.year, e.netTco2])));
      shadow ??= p.carbonShadowPriceRmbPerTco2;
      for (const row of p.plan.filter((r) => r.year === last && r.stockUnits > 1e-6)) {
        finalStock[row.measureId] = (finalStock[row.measureId] ?? 0) + row.stockUnits;
      }
    }
  }
  return { index: spec.index, inputs, status, totalCostRmb: total, costByYearRmb: costByYear, netTco2ByYear: net, targetMet: met, shadowPriceRmbPerTco2: shadow, finalStock };
}
