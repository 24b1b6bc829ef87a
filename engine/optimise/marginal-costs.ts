/**
 * Marginal costs of the target-year cap, both sides, in the target year's money:
 * - tighten: what one tonne less on the cap costs, (z(cap − 1) − z) / df_T;
 * - relax: what one tonne more saves, (z − z(cap + 1)) / df_T.
 * At a degenerate optimum (typically net zero: the last tonne is covered by certificates, the next
 * one would need a credit) the LP dual is any value between the two, so one number misleads. The
 * two re-solves are cheap (a copy of the model with two row bounds moved), so they always run: when
 * both equal the dual it is reported as the dual (non-degenerate), otherwise as parametric.
 * The residual bound gross_within_residual[T] = max(R_T, cap_T) moves with the cap (R_T stays).
 * A MILP is priced on its LP with the integers fixed at the plan; a re-solve of the MILP at
 * cap ∓ 1 checks that no other integer choice makes the tonne cheaper beyond the MIP gap (unless
 * `integerCheck` is false: the check can only change the tightening side, never the relaxing
 * saving the shadow price reports at a degenerate optimum).
 * Where tightening is impossible the result says why, never a number.
 */
import type { BuiltModel } from '../formulation/build-model.ts';
import type { FactoryData } from '../formulation/factory-data.ts';
import { key } from '../formulation/context.ts';
import { offsetsAllowed } from '../formulation/units/offsets.ts';
import { fixIntegers } from '../model/fix-integers.ts';
import { isMip, type LinearModel } from '../model/linear-model.ts';
import type { SolveOptions, SolveResult, SolverBackend } from '../solvers/types.ts';
import { grossTco2 } from './gross-price.ts';
import type { MarginalCosts, ShadowPriceBasis } from './types.ts';


const DELTA_TCO2 = 1;
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-4 + 1e-6 * Math.max(Math.abs(a), Math.abs(b));

export function targetMarginalCosts(
  built: BuiltModel,
  result: SolveResult,
  residualTco2: Readonly<Record<number, number>> | null,
  backend: SolverBackend,
  options: SolveOptions,
  integerCheck = true,
  /** A MILP's fixed-integer LP, already solved with duals (the plan's pricing solve), so it is not solved again. */
  fixedLp?: SolveResult,
): MarginalCosts | null {
  const { data, v } = built.ctx;
  const T = data.targetYear;
  const capRow = v.capRow.get(T);
  const cap = data.capTco2[T];
  if (capRow === undefined || cap === undefined || result.colValues === null || result.objective === null) return null;
  const df = data.discount[T]!;
  const mip = isMip(built.model);
  const lp = mip ? fixIntegers(built.model, result.colValues) : built.model;
  const base = mip ? (fixedLp ?? backend.solve(lp, { ...options, wantDuals: true })) : result;
  if (!base.hasSolution || base.objective === null) return null;
  const z0 = base.objective;
  const dual = targetDual(built, base.rowDuals, residualTco2);
  const at = (model: LinearModel, delta: number) => backend.solve(shifted(model, built, capRow, cap + delta, residualTco2?.[T]), { ...options, wantDuals: false });

  const relaxed = at(lp, DELTA_TCO2);
  const relax = relaxed.hasSolution && relaxed.objective !== null ? clean((z0 - relaxed.objective) / (DELTA_TCO2 * df)) : null;
  let tighten: number | null = null;
  let tightenNote: string | null = null;
  if (cap - DELTA_TCO2 < -1e-9) {
    tightenNote = 'net emissions cannot go below zero: offsets only neutralise gross emissions, they never make net emissions negative';
  } else {
    const tightened = at(lp, -DELTA_TCO2);
    if (tightened.hasSolution && tightened.objective !== null) tighten = clean((tightened.objective - z0) / (DELTA_TCO2 * df));
    else tightenNote = whyNoTightening(data, built, result.colValues);
  }
  let check: MarginalCosts['integerCheck'] = mip ? 'unchecked' : 'lp';
  if (mip && integerCheck && result.objective !== null) {
    // The MILP re-solved at cap ∓ 1 with every integer free: within its gap it cannot beat the
    // fixed-integer LP unless another integer choice makes the tonne cheaper.
    check = 'confirmed';
    const zMip = result.objective;
    const gapRmb = (options.mipRelGap ?? 1e-4) * Math.max(1, Math.abs(zMip));
    if (cap - DELTA_TCO2 >= -1e-9) {
      const t = at(built.model, -DELTA_TCO2);
      const fixedTightened = tighten === null ? Infinity : z0 + tighten * DELTA_TCO2 * df;
      if (t.hasSolution && t.objective !== null && t.objective < fixedTightened - gapRmb) {
        check = 'integers_change';
        tighten = clean(Math.max(0, (t.objective - zMip) / (DELTA_TCO2 * df)));
        tightenNote = `another integer choice is cheaper: from the re-solved MILP, within ±${(gapRmb / df).toFixed(0)} RMB (the MIP gap)`;
      }
    }
    const r = at(built.model, DELTA_TCO2);
    if (relax !== null && r.hasSolution && r.objective !== null && r.objective < z0 - relax * DELTA_TCO2 * df - gapRmb) check = 'integers_change';
  }
  const degenerate = tighten === null || relax === null || !same(tighten, relax);
  const basis = !degenerate && dual !== null && same(dual, relax!) ? 'dual' : 'parametric';
  return { year: T, tightenRmbPerTco2: tighten, tightenNote, relaxRmbPerTco2: relax, relaxNote: relax === null ? `the relaxed re-solve failed (${relaxed.termination})` : null, dualRmbPerTco2: dual, basis, integerCheck: check };
}

/**
 * −∂cost/∂cap_T from row duals, in the target year's money. Where cap_T ≥ R_T the target moves
 * gross_within_residual[T] too (its bound is max(R_T, cap_T)), so that row's dual is part of it.
 */
export function targetDual(built: BuiltModel, rowDuals: Float64Array | null, residualTco2: Readonly<Record<number, number>> | null): number | null {
  const { data, v } = built.ctx;
  const T = data.targetYear;
  const capRow = v.capRow.get(T);
  if (rowDuals === null || capRow === undefined) return null;
  const residualRow = v.residualRow.get(T);
  const moves = residualRow !== undefined && residualTco2?.[T] !== undefined && data.capTco2[T]! >= residualTco2[T]!;
  return clean(-(rowDuals[capRow]! + (moves ? rowDuals[residualRow!]! : 0)) / data.discount[T]!);
}

/**
 * The carbon shadow price to report as one number and what it is: the dual where it is unique,
 * else the saving from relaxing by one tonne (the marginal cost of the last tonne the plan
 * abates); the unchecked dual when no re-solves were made.
 */
export function reportedShadowPrice(m: MarginalCosts | null, dual: number | null): { value: number | null; basis: ShadowPriceBasis | null } {
  if (m === null) return { value: dual, basis: dual === null ? null : 'dual_unchecked' };
  if (m.basis === 'dual') return { value: m.dualRmbPerTco2, basis: 'dual' };
  return m.relaxRmbPerTco2 === null ? { value: dual, basis: dual === null ? null : 'dual_unchecked' } : { value: m.relaxRmbPerTco2, basis: 'relax_saving' };
}


const clean = (x: number) => (Math.abs(x) < 1e-7 ? 0 : x);

function shifted(model: LinearModel, built: BuiltModel, capRow: number, cap: number, residual: number | undefined): LinearModel {
  const rowUpper = Float64Array.from(model.rowUpper);
  rowUpper[capRow] = cap;
  const residualRow = built.ctx.v.residualRow.get(built.ctx.data.targetYear);
  if (residualRow !== undefined && residual !== undefined) rowUpper[residualRow] = Math.max(residual, cap);
  return { ...model, rowUpper };
}

/** Why the target-year cap cannot be tightened by a tonne: the offset limit that binds, in words. */
function whyNoTightening(data: FactoryData, built: BuiltModel, x: Float64Array): string {
  const T = data.targetYear;
  const v = built.ctx.v;
  const fmt = (t: number) => Math.round(t).toLocaleString('en-US');
  const gross = grossTco2(built, x, T);
  const lowest = `gross emissions cannot go below ${fmt(gross)} tCO2 in ${T}`;
  if (data.offsetProducts.length === 0) return `${lowest} and no offset product is allowed`;
  if (!offsetsAllowed(data.policy, data.targetYear, T)) return `${lowest} and offsets are not allowed in ${T} (policy.offsetYears)`;
  const offsets = data.offsetProducts.reduce((s, o) => s + (x[v.offsets.get(key(o.id, T))!] ?? 0), 0);
  const shareCap = data.policy.offsetShareCapFraction * data.baseGrossTco2;
  if (offsets >= shareCap - 1e-6 * (1 + shareCap)) return `${lowest} and offsets are at their cap (${(data.policy.offsetShareCapFraction * 100).toFixed(0)} % of base-year gross = ${fmt(shareCap)} tCO2)`;
  if (offsets >= gross - 1e-6 * (1 + gross)) return `${lowest} and offsets already neutralise all of it (net emissions cannot go below zero)`;
  const full = data.offsetProducts.filter((o) => o.availabilityTco2PerYear !== undefined && x[v.offsets.get(key(o.id, T))!]! >= o.availabilityTco2PerYear - 1e-6);
  if (full.length === data.offsetProducts.length) return `${lowest} and every offset product is at its available supply`;
  return `${lowest} and offsets cannot cover more`;
}
