/**
 * The two-stage program as one model: the first-stage decisions x (`first_stage[<column>]`), and
 * each scenario s either in full (its block, prefixed `s3.`, tied to x by
 * `nonanticipativity[s,<column>]`: x_s − x = 0) or by its cuts (an estimate θ_s with
 * `benders_cut[s,k]`: θ_s ≥ Q_s(x_k) + g_k·(x − x_k)). With every scenario in full this is the
 * deterministic equivalent (extensive form); with none, the decomposition's master problem.
 *
 * Objective: Σ_s p_s·cost_s, plus with CVaR λ·(η + Σ_s p_s·u_s / (1 − α)) with u_s ≥ cost_s − η,
 * u_s ≥ 0 (`cvar_excess[s]`): Rockafellar–Uryasev's linearisation, at the optimum η is the VaR_α and
 * the bracket the CVaR_α of the scenario costs.
 */
import { appendRows, scaleObjective, type RowSpec } from '../model/append-rows.ts';
import type { LinearModel } from '../model/linear-model.ts';
import { stackModels } from '../model/stack-models.ts';
import type { Cvar } from './options.ts';
import type { FirstStageColumns, ScenarioModel } from './scenario-model.ts';

export interface FirstStage {
  readonly names: readonly string[];
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly integer: Uint8Array;
}

/** θ_s ≥ valueRmb + gradient·(x − at). */
export interface Cut {
  readonly valueRmb: number;
  readonly at: Float64Array;
  readonly gradient: Float64Array;
}

export interface MasterSpec {
  readonly firstStage: FirstStage;
  readonly probabilities: readonly number[];
  /** Scenarios in full, by index. */
  readonly blocks: ReadonlyMap<number, ScenarioModel>;
  /** The other scenarios: a lower bound on θ_s and its cuts. */
  readonly estimates: ReadonlyMap<number, { readonly lowerBoundRmb: number; readonly cuts: readonly Cut[] }>;
  readonly cvar: Cvar | null;
  /**
   * A case whose constraints (not its cost) the first stage must satisfy: the decomposition's master
   * carries the expected-value case so it proposes only first stages the site can physically hold
   * (roof area, potentials, stock caps), which cuts alone do not know.
   */
  readonly feasibility?: ScenarioModel;
}

/**
 * The model's objective, estimates, VaR and excess are in million RMB: a cut's right-hand side in RMB
 * (~10⁹) would need row feasibility of 10⁻⁷ absolute at 10⁻¹⁶ relative, past double precision.
 */
export const MASTER_RMB_PER_UNIT = 1e6;

export interface MasterModel {
  /** Objective in million RMB (MASTER_RMB_PER_UNIT). */
  readonly model: LinearModel;
  /** Column of first-stage decision j is j. */
  readonly firstStageCount: number;
  /** Each scenario's cost in RMB (its block's objective, or θ_s) from the model's column values. */
  scenarioCosts(x: Float64Array): number[];
}

const FREE = Number.POSITIVE_INFINITY;

/** The first stage of a scenario set (its bounds are the ones every case allows). */
export function firstStageOf(columns: FirstStageColumns): FirstStage {
  return { names: columns.names, lower: Float64Array.from(columns.lower), upper: Float64Array.from(columns.upper), integer: Uint8Array.from(columns.integer) };
}

export function buildMaster(spec: MasterSpec): MasterModel {
  const { firstStage: fs, probabilities: p, cvar } = spec;
  const unit = 1 / MASTER_RMB_PER_UNIT;
  const n = fs.names.length;
  const scenarios = p.length;
  const estimated = [...spec.estimates.keys()].sort((a, b) => a - b);
  const thetaCol = new Map(estimated.map((s, i) => [s, n + i]));
  const withCvar = cvar !== null && cvar.weight > 0;
  const etaCol = n + estimated.length;
  const excessCol = (s: number) => etaCol + 1 + s;
  const extraCount = n + estimated.length + (withCvar ? 1 + scenarios : 0);
  const names: string[] = [...fs.names.map((x) => `first_stage[${x}]`), ...estimated.map((s) => `scenario_cost_estimate[${s}]`)];
  const cost = new Float64Array(extraCount);
  const lower = new Float64Array(extraCount);
  const upper = new Float64Array(extraCount).fill(FREE);
  const integer = new Uint8Array(extraCount);
  lower.set(fs.lower);
  upper.set(fs.upper);
  integer.set(fs.integer);
  for (const s of estimated) {
    const c = thetaCol.get(s)!;
    cost[c] = p[s]!;
    lower[c] = spec.estimates.get(s)!.lowerBoundRmb * unit;
  }
  if (withCvar) {
    names.push('cvar_var');
    cost[etaCol] = cvar.weight;
    lower[etaCol] = -FREE;
    for (let s = 0; s < scenarios; s++) {
      names.push(`cvar_excess[${s}]`);
      cost[excessCol(s)] = (cvar.weight * p[s]!) / (1 - cvar.alphaFraction);
    }
  }
  const extras: LinearModel = {
    name: 'first_stage',
    sense: 'min',
    objectiveOffset: 0,
    colNames: names,
    colCost: cost,
    colLower: lower,
    colUpper: upper,
    colInteger: integer,
    rowNames: [],
    rowLower: new Float64Array(0),
    rowUpper: new Float64Array(0),
    matrix: { start: new Int32Array(extraCount + 1), index: new Int32Array(0), value: new Float64Array(0) },
  };
  const blockIds = [...spec.blocks.keys()].sort((a, b) => a - b);
  const blockStart = new Map<number, number>();
  let at = extraCount;
  for (const s of blockIds) {
    blockStart.set(s, at);
    at += spec.blocks.get(s)!.model.colNames.length;
  }
  const feasibilityStart = at;
  const stacked = stackModels(
    [extras, ...blockIds.map((s) => scaleObjective(spec.blocks.get(s)!.model, p[s]! * unit)), ...(spec.feasibility ? [scaleObjective(spec.feasibility.model, 0)] : [])],
    'stochastic_extensive_form',
    (i) => (i === 0 ? '' : i <= blockIds.length ? `s${blockIds[i - 1]}.` : 'feasibility.'),
  );
  const rows: RowSpec[] = [];
  spec.feasibility?.firstStageCols.forEach((col, j) => rows.push({ name: `nonanticipativity[feasibility,${fs.names[j]}]`, terms: [[feasibilityStart + col, 1], [j, -1]], lower: 0, upper: 0 }));
  for (const s of blockIds) {
    const { model, firstStageCols } = spec.blocks.get(s)!;
    const b0 = blockStart.get(s)!;
    firstStageCols.forEach((col, j) => rows.push({ name: `nonanticipativity[${s},${fs.names[j]}]`, terms: [[b0 + col, 1], [j, -1]], lower: 0, upper: 0 }));
    if (withCvar) {
      const terms: Array<[number, number]> = [[excessCol(s), 1], [etaCol, 1]];
      model.colCost.forEach((c, j) => {
        if (c !== 0) terms.push([b0 + j, -c * unit]);
      });
      rows.push({ name: `cvar_excess_definition[${s}]`, terms, lower: model.objectiveOffset * unit, upper: FREE });
    }
  }
  for (const s of estimated) {
    const theta = thetaCol.get(s)!;
    spec.estimates.get(s)!.cuts.forEach((cut, k) => {
      const terms: Array<[number, number]> = [[theta, 1]];
      let rhs = cut.valueRmb * unit;
      cut.gradient.forEach((g, j) => {
        if (g === 0) return;
        terms.push([j, -g * unit]);
        rhs -= g * unit * cut.at[j]!;
      });
      rows.push({ name: `benders_cut[${s},${k}]`, terms, lower: rhs, upper: FREE });
    });
    if (withCvar) rows.push({ name: `cvar_excess_definition[${s}]`, terms: [[excessCol(s), 1], [etaCol, 1], [theta, -1]], lower: 0, upper: FREE });
  }
  const model = appendRows(stacked, rows);
  return {
    model,
    firstStageCount: n,
    scenarioCosts(x) {
      return Array.from({ length: scenarios }, (_, s) => {
        const theta = thetaCol.get(s);
        if (theta !== undefined) return x[theta]! * MASTER_RMB_PER_UNIT;
        const block = spec.blocks.get(s);
        if (block === undefined) return Number.NaN;
        const b0 = blockStart.get(s)!;
        let total = block.model.objectiveOffset;
        block.model.colCost.forEach((c, j) => {
          if (c !== 0) total += c * x[b0 + j]!;
        });
        return total;
      });
    },
  };
}
