/**
 * 降无可降, stage 1: the offset-eligible residual R_y — the gross emissions a site still has after
 * every reduction it can make up to the policy's economic ceiling ("在当前技术经济条件允许下",
 * seeds/001), before any offset ("在完成充分自主减排、'降无可降'的基础上", seeds/004).
 *
 * - `economic`: one solve without caps and offsets that minimises cost + ceiling × gross emissions
 *   (the ceiling replaces any shadow price; ETS allowances stay, they are cash): every reduction
 *   whose cost per tonne is at most the ceiling is taken, so its emissions are R_y.
 * - `technical`: the ceiling → ∞ limit, solved lexicographically: the lowest discounted gross
 *   emissions W the site can reach, then the cheapest plan with at most W.
 * - `cost_only`: no residual (offsets may replace any reduction dearer than they are; not the
 *   guidance).
 * Stage 2 (the plan) keeps gross_y ≤ max(R_y, cap_y) where offsets are allowed
 * (formulation/units/offset-eligible-residual.ts explains why that and not offsets ≤ R_y alone).
 * R_y does not depend on the scenario's shadow price or on the caps, so a stricter cap or a higher
 * shadow price never loosens it.
 */
import { buildPathwayModel, type BuiltModel } from '../formulation/build-model.ts';
import type { ResidualRule } from '../data/schemas/policy.ts';
import type { FactoryData } from '../formulation/factory-data.ts';
import { offsetsAllowed } from '../formulation/units/offsets.ts';
import type { LinearModel } from '../model/linear-model.ts';
import type { SolveOptions, SolverBackend } from '../solvers/types.ts';
import { discountedGrossTco2, grossTco2, withGrossPrice } from './gross-price.ts';
import type { MacCurve } from './mac/curve.ts';
import type { LeftOutMeasure, ResidualStatement } from './types.ts';

export interface ResidualStage {
  readonly rule: ResidualRule;
  /** R_y per horizon year, tCO2; null when no residual applies (cost_only, no offsets, no caps). */
  readonly residualTco2: Readonly<Record<number, number>> | null;
  readonly message: string;
}

/** Whether any capped year allows offsets of some product (otherwise the rule has nothing to limit). */
export function offsetsCanBeUsed(data: FactoryData): boolean {
  return (
    data.offsetProducts.length > 0 &&
    data.policy.offsetShareCapFraction > 0 &&
    data.years.some((y) => data.capTco2[y] !== undefined && offsetsAllowed(data.policy, data.targetYear, y))
  );
}

export interface ResidualStageOptions extends SolveOptions {
  readonly omitCaps?: boolean;
  /**
   * The plan's own model (built with any residual: its rows are freed here). The economic stage is
   * solved on it with the caps, the residual rows and the certification prerequisites freed
   * (`withoutCaps`), so that the plan, the same structure with R_y set (`withResidual`), is re-solved
   * from the stage's basis in the session instead of being built and solved from scratch.
   */
  readonly planModel?: BuiltModel;
}

export function residualStage(data: FactoryData, backend: SolverBackend, options: ResidualStageOptions): ResidualStage {
  const rule = data.policy.residual;
  if (rule === 'cost_only') {
    return { rule, residualTco2: null, message: 'cost only: offsets may replace any reduction that costs more than they do — this does not meet the guidance (应减尽减, 降无可降)' };
  }
  if (options.omitCaps === true) return { rule, residualTco2: null, message: 'no caps: offsets have nothing to cover' };
  if (!offsetsCanBeUsed(data)) return { rule, residualTco2: null, message: 'no offsets can be used: the residual rule has nothing to limit' };
  const { planModel, ...solve } = options;
  const solved = rule === 'economic' ? economicResidual(data, backend, solve, planModel) : technicalResidual(data, backend, solve);
  if (solved === null) {
    // Without R_y the only safe reading of 降无可降 is no offsets at all (R_y = 0).
    return { rule, residualTco2: Object.fromEntries(data.years.map((y) => [y, 0])), message: 'the residual could not be computed (solver): no offsets allowed' };
  }
  const what =
    rule === 'economic'
      ? `the emissions left after every reduction costing up to ${data.policy.residualCeilingRmbPerTco2.toFixed(0)} RMB/tCO2`
      : 'the emissions left at the lowest level the site can reach';
  return { rule, residualTco2: solved, message: `offsets may cover only ${what} (降无可降)` };
}

function economicResidual(data: FactoryData, backend: SolverBackend, options: SolveOptions, planModel: BuiltModel | undefined): Record<number, number> | null {
  const built = planModel === undefined ? buildPathwayModel(data, { omitCaps: true }) : { model: withoutCaps(planModel), ctx: planModel.ctx };
  const r = backend.solve(withGrossPrice(built, data.policy.residualCeilingRmbPerTco2), { ...options, wantDuals: false });
  if (!r.hasSolution || r.colValues === null) return null;
  const x = r.colValues;
  return Object.fromEntries(data.years.map((y) => [y, Math.max(0, grossTco2(built, x, y))]));
}

/** The units whose rows `omitCaps` leaves out: the caps, 降无可降 itself and the certification prerequisites. */
export const CAP_UNITS: ReadonlySet<string> = new Set(['net_emissions_cap', 'offset_eligible_residual', 'certify_criteria']);

/** The model with every row of CAP_UNITS free: the same feasible set and costs as a build with `omitCaps`. */
export function withoutCaps(built: BuiltModel): LinearModel {
  const rowLower = Float64Array.from(built.model.rowLower);
  const rowUpper = Float64Array.from(built.model.rowUpper);
  built.ctx.rowUnit.forEach((unit, i) => {
    if (!CAP_UNITS.has(unit)) return;
    rowLower[i] = -Infinity;
    rowUpper[i] = Infinity;
  });
  return { ...built.model, rowLower, rowUpper };
}

/** The plan model with gross_within_residual[y] ≤ max(R_y, cap_y): what a build with this residual gives. */
export function withResidual(built: BuiltModel, residualTco2: Readonly<Record<number, number>>): BuiltModel {
  const { data, v } = built.ctx;
  const rowUpper = Float64Array.from(built.model.rowUpper);
  for (const [y, row] of v.residualRow) rowUpper[row] = Math.max(residualTco2[y]!, data.capTco2[y]!);
  return { model: { ...built.model, rowUpper }, ctx: built.ctx };
}

function technicalResidual(data: FactoryData, backend: SolverBackend, options: SolveOptions): Record<number, number> | null {
  const lowest = buildPathwayModel(data, { omitCaps: true, objective: 'min_gross_emissions' });
  const a = backend.solve(lowest.model, { ...options, wantDuals: false });
  if (!a.hasSolution || a.colValues === null) return null;
  const w = discountedGrossTco2(lowest, a.colValues);
  const cheapest = buildPathwayModel(data, { omitCaps: true, maxDiscountedGrossTco2: w * (1 + 1e-7) + 1e-6 });
  const b = backend.solve(cheapest.model, { ...options, wantDuals: false });
  const x = b.hasSolution && b.colValues !== null ? b.colValues : a.colValues;
  const from = b.hasSolution && b.colValues !== null ? cheapest : lowest;
  return Object.fromEntries(data.years.map((y) => [y, Math.max(0, grossTco2(from, x, y))]));
}


export function residualStatement(data: FactoryData, stage: ResidualStage, mac: MacCurve | null): ResidualStatement {
  const ceiling = stage.rule === 'economic' ? data.policy.residualCeilingRmbPerTco2 : null;
  const above = new Map<string, LeftOutMeasure>();
  for (const p of ceiling === null || mac === null ? [] : mac.points.filter((q) => q.costRmbPerTco2 > ceiling + 1e-9)) {
    const prev = above.get(p.measureId);
    above.set(p.measureId, {
      measureId: p.measureId,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      costRmbPerTco2: Math.min(prev?.costRmbPerTco2 ?? Infinity, p.costRmbPerTco2),
      abatementTco2PerYear: (prev?.abatementTco2PerYear ?? 0) + p.abatementTco2PerYear,
    });
  }
  return {
    rule: stage.rule,
    meetsGuidance: stage.rule !== 'cost_only',
    ceilingRmbPerTco2: ceiling,
    offsetEligibleResidualTco2: stage.residualTco2,
    message: stage.message,
    aboveCeiling: [...above.values()].sort((a, b) => a.costRmbPerTco2 - b.costRmbPerTco2),
    technicalLimit: mac?.technicalLimitTco2 == null ? null : { grossTco2: mac.technicalLimitTco2, limits: mac.technicalLimits },
  };
}
