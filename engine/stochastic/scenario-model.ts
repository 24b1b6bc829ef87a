/**
 * One scenario of a stochastic plan as a model: the scenario with the case's input values applied,
 * every factory's pathway model stacked (columns `<factory>.build[pv,2026]`), caps soft (a shortfall
 * priced at the plan evaluation's penalty, so any first stage has a recourse: the target becomes a
 * result, "how often it is met"), and the first-stage columns located by name.
 *
 * First stage: the capacity decisions of the first years (`build`, the whole-unit counts
 * `units_built`, the lumpy `invest` switches) up to `firstStageEndYear`; every other column (later
 * builds, operation, purchases, offsets) is recourse.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import { buildPathwayModel } from '../formulation/build-model.ts';
import { prepareFactoryData } from '../formulation/factory-data.ts';
import type { LinearModel } from '../model/linear-model.ts';
import { stackModels } from '../model/stack-models.ts';
import { SHORTFALL_PENALTY_RMB_PER_TCO2 } from '../optimise/evaluate-plan.ts';
import { residualStage } from '../optimise/residual.ts';
import { solveOptions } from '../optimise/solve-pathway.ts';
import { applyInputs, type InputValues } from '../simulation/apply-inputs.ts';
import type { SolverBackend } from '../solvers/types.ts';

export interface ScenarioModel {
  readonly model: LinearModel;
  /** Column of each first-stage decision, by first-stage name (same order in every scenario). */
  readonly firstStageCols: Int32Array;
  /** Shortfall columns and their penalty coefficient in the objective (RMB per tCO2, discounted). */
  readonly shortfall: ReadonlyArray<{ readonly col: number; readonly penaltyRmb: number }>;
}

const FIRST_STAGE = /\.(build|units_built|invest)\[.*,(\d{4})\]$/;

/** The first year of the horizon plus one (2026–2027 for a 2026 start), within the horizon. */
export function defaultFirstStageEndYear(scenario: Scenario): number {
  return Math.min(scenario.horizon.startYear + 1, scenario.horizon.endYear);
}

/**
 * The first-stage columns of a scenario set: their names (every factory's, prefixed by its id, in
 * column order), the bounds every case allows (a build limit that follows a case's growth would
 * otherwise let a plan anticipate it), and whether the models have integer columns.
 */
export function firstStageColumns(scenario: Scenario, cases: readonly InputValues[], firstStageEndYear: number): FirstStageColumns {
  let names: string[] = [];
  let lower = new Float64Array(0);
  let upper = new Float64Array(0);
  let integers = false;
  let integer: number[] = [];
  cases.forEach((inputs, k) => {
    const s = applyInputs(scenario, inputs);
    const models = s.factories.map((f) => buildPathwayModel(prepareFactoryData(s, f)).model);
    const ids = s.factories.map((f) => f.id);
    const model = stackModels(models, 'first_stage', (i) => `${ids[i]}.`);
    if (k === 0) {
      names = model.colNames.filter((n) => {
        const m = FIRST_STAGE.exec(n);
        return m !== null && Number(m[2]) <= firstStageEndYear;
      });
      lower = new Float64Array(names.length).fill(Number.NEGATIVE_INFINITY);
      upper = new Float64Array(names.length).fill(Number.POSITIVE_INFINITY);
      integer = names.map(() => 0);
    }
    if (model.colInteger.some((v) => v === 1)) integers = true;
    locate(model, names).forEach((col, j) => {
      lower[j] = Math.max(lower[j]!, model.colLower[col]!);
      upper[j] = Math.min(upper[j]!, model.colUpper[col]!);
      if (model.colInteger[col] === 1) integer[j] = 1;
    });
  });
  return { names, lower: Array.from(lower), upper: Array.from(upper), integer, integers };
}

export interface FirstStageColumns {
  readonly names: readonly string[];
  /** Bounds every case allows, by first-stage index. */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** 1 where the decision is integer (a whole-unit count, a lumpy switch), by first-stage index. */
  readonly integer: readonly number[];
  readonly integers: boolean;
}

export function buildScenarioModel(
  scenario: Scenario,
  inputs: InputValues,
  o: { readonly firstStage: FirstStageColumns; readonly relaxIntegers: boolean; readonly settings: SolverSettings; readonly backend: SolverBackend },
): ScenarioModel {
  const s = applyInputs(scenario, inputs);
  const shortfall: Array<{ col: number; penaltyRmb: number }> = [];
  const models: LinearModel[] = [];
  let offset = 0;
  for (const f of s.factories) {
    const data = prepareFactoryData(s, f);
    // 降无可降 per scenario: offsets only for the residual the site cannot reduce under this case's inputs.
    const residual = residualStage(data, o.backend, solveOptions(o.settings, false)).residualTco2;
    const { model, ctx } = buildPathwayModel(data, {
      capShortfall: true,
      shortfallPenaltyRmbPerTco2: SHORTFALL_PENALTY_RMB_PER_TCO2,
      relaxIntegers: o.relaxIntegers,
      ...(residual ? { offsetEligibleResidualTco2: residual } : {}),
    });
    for (const [y, col] of ctx.v.capShortfall) shortfall.push({ col: offset + col, penaltyRmb: SHORTFALL_PENALTY_RMB_PER_TCO2 * data.discount[y]! });
    models.push(model);
    offset += model.colNames.length;
  }
  const ids = s.factories.map((f) => f.id);
  const stacked = stackModels(models, `stochastic_${s.id}`, (i) => `${ids[i]}.`);
  const firstStageCols = locate(stacked, o.firstStage.names);
  // Every case holds its first stage within the bounds all cases allow.
  const colLower = Float64Array.from(stacked.colLower);
  const colUpper = Float64Array.from(stacked.colUpper);
  firstStageCols.forEach((col, j) => {
    colLower[col] = o.firstStage.lower[j]!;
    colUpper[col] = o.firstStage.upper[j]!;
  });
  return { model: { ...stacked, colLower, colUpper }, firstStageCols, shortfall };
}

function locate(model: LinearModel, names: readonly string[]): Int32Array {
  const at = new Map(model.colNames.map((n, j) => [n, j]));
  return Int32Array.from(names, (n) => {
    const j = at.get(n);
    if (j === undefined) throw new Error(`the scenario model has no first-stage column ${n}: the uncertain inputs changed the model's structure`);
    return j;
  });
}
