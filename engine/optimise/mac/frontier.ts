/**
 * The cost–emissions frontier of one factory (LP relaxation, no caps, no offsets): the plans a
 * uniform carbon price p on gross emissions (each year's money) selects, from the do-nothing
 * baseline through the cost-optimal plan (p = 0) to the technical limit (lowest emissions, then
 * least cost). Its vertices are found exactly by the non-inferior set estimation method (Cohon
 * 1978): between two vertices A and B the price s = (C_B − C_A)/(W_A − W_B) makes both optimal;
 * a solve at s either finds a plan below the line AB (a new vertex, split again) or proves AB an
 * edge of the frontier. C is discounted cost without the gross price, W = Σ_y df_y × gross_y.
 *
 * Left of p = 0 (no-regret measures) the sweep runs at negative prices on a model whose measures
 * may only be smaller than in the p = 0 plan: a negative price would otherwise reward measures that
 * add emissions (an electric boiler on a coal grid), which are not abatement.
 *
 * The curve reads the target year, so a segment is split only while its two ends differ by more
 * than `minStepFraction` of the target year's baseline emissions (steps that only move other years,
 * e.g. certificates bought one year earlier, are edges to it), largest first, and at most
 * `maxSolves` solves are made, so the cost stays bounded.
 */
import { buildPathwayModel, type BuiltModel } from '../../formulation/build-model.ts';
import type { FactoryData } from '../../formulation/factory-data.ts';
import type { LinearModel } from '../../model/linear-model.ts';
import type { SolveOptions, SolverBackend } from '../../solvers/types.ts';
import { describeBinding } from '../diagnose.ts';
import { discountedGrossTco2, grossTco2, withGrossPrice } from '../gross-price.ts';
import { baselineGrossTco2 } from './attribution.ts';

export interface FrontierVertex {
  /** Discounted cost without any price on gross emissions, RMB. */
  readonly costRmb: number;
  /** Σ_y df_y × gross_y, tCO2. */
  readonly discountedGrossTco2: number;
  readonly x: Float64Array;
}

export interface Frontier {
  readonly built: BuiltModel;
  /** Vertices by falling emissions: baseline (or the lowest-activity plan), …, p = 0, …, technical limit. */
  readonly vertices: readonly FrontierVertex[];
  /** Index in `vertices` of the cost-optimal plan (p = 0). */
  readonly costOptimalIndex: number;
  /** What stops emissions falling further at the technical limit (binding limits of the min-emissions LP). */
  readonly technicalLimits: ReadonlyArray<{ readonly component: string; readonly message: string }>;
  readonly solves: number;
}

export interface FrontierOptions {
  readonly maxSolves?: number;
  readonly minStepFraction?: number;
}

/** 24 solves: on the bundled scenarios within 3 % of the curve's area at 80 (measured, scratch sweep). */
const DEFAULTS = { maxSolves: 24, minStepFraction: 0.002 } as const;

export function costEmissionsFrontier(data: FactoryData, backend: SolverBackend, solve: SolveOptions, o: FrontierOptions = {}): Frontier | null {
  const maxSolves = o.maxSolves ?? DEFAULTS.maxSolves;
  const built = buildPathwayModel(data, { omitCaps: true, relaxIntegers: true });
  let solves = 0;
  const at = (model: LinearModel, price: number): FrontierVertex | null => {
    solves++;
    const r = backend.solve(model, { ...solve, wantDuals: false });
    if (!r.hasSolution || r.colValues === null || r.objective === null) return null;
    const w = discountedGrossTco2(built, r.colValues);
    return { costRmb: r.objective - price * w, discountedGrossTco2: w, x: r.colValues };
  };
  const priced = (price: number, upper?: Float64Array) => {
    const m = withGrossPrice(built, price, true);
    return upper === undefined ? m : { ...m, colUpper: upper };
  };

  const optimum = at(priced(0), 0);
  if (optimum === null) return null;
  const technical = technicalLimit(data, backend, solve);
  solves += technical.solves;
  const T = data.targetYear;
  const minStep = (o.minStepFraction ?? DEFAULTS.minStepFraction) * Math.max(1, baselineGrossTco2(data, T));
  const target = (p: FrontierVertex) => grossTco2(built, p.x, T);
  const span = (g: { a: FrontierVertex; b: FrontierVertex }) => target(g.a) - target(g.b);

  // Left of the optimum: measures no larger than in it; the do-nothing plan (every measure at 0) first.
  const within = activityBounds(built, optimum.x, 1);
  const baseline = at(priced(0, activityBounds(built, optimum.x, 0)), 0) ?? at(priced(-1e5, within), -1e5);
  const right = technical.vertex ?? optimum;
  // The residual ceiling is always a vertex, so the curve's split at the ceiling is exact.
  const ceiling = data.policy.residual === 'economic' ? at(priced(data.policy.residualCeilingRmbPerTco2), data.policy.residualCeilingRmbPerTco2) : null;
  const middle = ceiling !== null && ceiling.discountedGrossTco2 < optimum.discountedGrossTco2 - 1e-6 && ceiling.discountedGrossTco2 > right.discountedGrossTco2 + 1e-6 ? ceiling : null;
  const left = baseline !== null && baseline.discountedGrossTco2 > optimum.discountedGrossTco2 + 1e-6 ? baseline : null;

  type Segment = { a: FrontierVertex; b: FrontierVertex; upper: Float64Array | undefined };
  const segments: Segment[] = [];
  if (left !== null) segments.push({ a: left, b: optimum, upper: within });
  const found: FrontierVertex[] = middle === null ? [] : [middle];
  for (const [a, b] of middle === null ? [[optimum, right]] : [[optimum, middle], [middle, right]]) {
    if (b!.discountedGrossTco2 < a!.discountedGrossTco2 - 1e-6) segments.push({ a: a!, b: b!, upper: undefined });
  }
  while (segments.length > 0 && solves < maxSolves) {
    segments.sort((g, h) => span(h) - span(g));
    const { a, b, upper } = segments.shift()!;
    const dw = a.discountedGrossTco2 - b.discountedGrossTco2;
    if (span({ a, b }) <= minStep || dw <= 1e-6) break;
    const s = (b.costRmb - a.costRmb) / dw;
    const p = at(priced(s, upper), s);
    if (p === null) continue;
    const line = a.costRmb + s * a.discountedGrossTco2;
    const below = p.costRmb + s * p.discountedGrossTco2 < line - 1e-7 * (Math.abs(line) + 1);
    const inside = p.discountedGrossTco2 < a.discountedGrossTco2 - 1e-9 && p.discountedGrossTco2 > b.discountedGrossTco2 + 1e-9;
    if (!below || !inside) continue;
    found.push(p);
    segments.push({ a, b: p, upper }, { a: p, b, upper });
  }
  const vertices = [...(left === null ? [] : [left]), optimum, ...found, ...(right === optimum ? [] : [right])]
    .sort((p, q) => q.discountedGrossTco2 - p.discountedGrossTco2);
  return { built, vertices, costOptimalIndex: vertices.indexOf(optimum), technicalLimits: technical.limits, solves };
}

/** Upper bounds that keep every measure's stock and green purchases at most `factor` × their value in x. */
function activityBounds(built: BuiltModel, x: Float64Array, factor: number): Float64Array {
  const { v } = built.ctx;
  const upper = Float64Array.from(built.model.colUpper);
  for (const col of [...v.stock.values(), ...v.greenPower.values(), ...v.certificates.values()]) {
    upper[col] = Math.min(upper[col]!, factor * Math.max(0, x[col]!));
  }
  return upper;
}

/** The technical limit: the lowest discounted gross emissions, then the cheapest plan reaching them. */
function technicalLimit(data: FactoryData, backend: SolverBackend, solve: SolveOptions) {
  const lowest = buildPathwayModel(data, { omitCaps: true, relaxIntegers: true, objective: 'min_gross_emissions' });
  const a = backend.solve(lowest.model, { ...solve, wantDuals: true });
  if (!a.hasSolution || a.colValues === null) return { vertex: null, limits: [], solves: 1 };
  const w = discountedGrossTco2(lowest, a.colValues);
  const limits = a.rowDuals && a.colDuals ? describeBinding(data, lowest.model, lowest.ctx, a.colValues, a.rowDuals, a.colDuals) : [];
  const cheapest = buildPathwayModel(data, { omitCaps: true, relaxIntegers: true, maxDiscountedGrossTco2: w * (1 + 1e-7) + 1e-6 });
  const b = backend.solve(withGrossPrice(cheapest, 0, true), { ...solve, wantDuals: false });
  if (!b.hasSolution || b.colValues === null || b.objective === null) return { vertex: null, limits, solves: 2 };
  // Same column layout as the sweep model: the extra technical_limit row only adds a row.
  return { vertex: { costRmb: b.objective, discountedGrossTco2: discountedGrossTco2(cheapest, b.colValues), x: b.colValues }, limits, solves: 2 };
}
