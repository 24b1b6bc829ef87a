/**
 * The causes of an infeasible pathway a user can change, ranked by the share of the shortfall each
 * explains: the smallest-shortfall model re-solved with one relaxation at a time (measures left
 * out included, a limit raised, an earlier year allowed: `diagnosis-relaxations.ts`), bounded in
 * count and time. Also where the emissions that remain at the best reachable point come from
 * (“raw coal for high-temperature heat: 2,480 tCO2”).
 */
import { END_USES } from '../data/end-uses.ts';
import { FUELS } from '../data/reference/fuels.ts';
import { buildPathwayModel, type BuiltModel } from '../formulation/build-model.ts';
import { key } from '../formulation/context.ts';
import type { FactoryData } from '../formulation/factory-data.ts';
import type { SolveOptions, SolverBackend } from '../solvers/types.ts';
import { relaxationsFor, type Relaxation } from './diagnosis-relaxations.ts';
import type { DiagnosisCause, ResidualSource } from './types.ts';

export type { DiagnosisCause, ResidualSource };



export interface CauseRanking {
  readonly worstYear: number;
  readonly residual: readonly ResidualSource[];
  readonly causes: readonly DiagnosisCause[];
  /** Re-solves run, and relaxations left untried by the count or time bound. */
  readonly solves: number;
  readonly untried: number;
}

/** At most this many re-solves, and at most this much time for all of them. */
export const MAX_RELAXATIONS = 12;
export const MAX_SECONDS = 10;
/** Changes that explain less than this share are not listed. */
const MIN_SHARE = 0.01;
/** Penalty on the shortfall in the relaxed re-solves: ~200× the dearest measure's abatement cost in the catalogue. */
const SHORTFALL_PENALTY_RMB_PER_TCO2 = 1e6;
const TOL = 1e-7;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const totalShortfall = (built: BuiltModel, x: Float64Array) => [...built.ctx.v.capShortfall.values()].reduce((s, c) => s + Math.max(0, x[c]!), 0);

/** The formulation units with a binding row (non-zero dual) or a column at a binding upper bound. */
function bindingUnits(built: BuiltModel, x: Float64Array, rowDuals: Float64Array | null, colDuals: Float64Array | null): Set<string> {
  const units = new Set<string>();
  const { model, ctx } = built;
  if (rowDuals !== null) rowDuals.forEach((d, i) => Math.abs(d) > TOL && units.add(ctx.rowUnit[i]!));
  if (colDuals !== null) {
    colDuals.forEach((d, j) => {
      const up = model.colUpper[j]!;
      if (Math.abs(d) > TOL && Number.isFinite(up) && Math.abs(x[j]! - up) <= 1e-6 * (1 + Math.abs(up))) units.add(ctx.colUnit[j]!);
    });
  }
  return units;
}

/** The emissions left in `year`: fuel by end-use × carrier, process CO2, Scope 2. */
function residualSources(data: FactoryData, built: BuiltModel, x: Float64Array, year: number): ResidualSource[] {
  const { v } = built.ctx;
  const out: ResidualSource[] = [];
  let fuel = 0;
  for (const cell of data.demand) {
    const col = v.incumbent.get(key(cell.endUse, cell.carrier, year));
    const ef = data.factors[year]!.fuelTco2PerMwh[cell.carrier];
    if (col === undefined || ef <= 0) continue;
    const t = x[col]! * ef;
    fuel += t;
    if (t > 0.5) out.push({ source: `${cell.carrier}:${cell.endUse}`, label: `${FUELS[cell.carrier].nameEn} for ${lowerFirst(END_USES[cell.endUse].nameEn)}`, tco2: t });
  }
  const scope1 = x[v.scope1.get(year)!]!;
  const other = scope1 - fuel;
  if (other > 0.5) out.push({ source: 'process', label: 'process CO2 (after process change and capture)', tco2: other });
  const scope2 = x[v.scope2.get(year)!]!;
  if (scope2 > 0.5) out.push({ source: 'scope2', label: `Scope 2 (${data.scope2Method}-based electricity and heat)`, tco2: scope2 });
  return out.sort((a, b) => b.tco2 - a.tco2);
}

/** What the relaxed plan uses: the relaxation's measures built (stock in `year`), or the level the limit reaches. */
function uses(r: Relaxation, data: FactoryData, built: BuiltModel, x: Float64Array, year: number): DiagnosisCause['uses'] {
  const { v } = built.ctx;
  if (r.kind === 'offset_cap' || r.kind === 'offset_years' || r.kind === 'offset_products') {
    const products = built.ctx.data.offsetProducts;
    const byYear = data.years.map((y) => products.reduce((s, o) => s + (x[v.offsets.get(key(o.id, y)) ?? -1] ?? 0), 0));
    // Offsets cost money, so the relaxed plan buys only what it needs.
    return [{ id: 'offsets', amount: Math.max(0, ...byYear), unit: 'tCO2/yr' }];
  }
  return r.measureIds.flatMap((id) => {
    const m = built.ctx.data.measures.find((c) => c.id === id);
    const col = v.stock.get(key(id, year));
    if (m === undefined || col === undefined || x[col]! <= 1e-6) return [];
    return [{ id, amount: x[col]!, unit: m.sizeUnit }];
  });
}

function sentence(r: Relaxation, share: number, used: DiagnosisCause['uses'], data: FactoryData): string {
  const effect = share >= 0.995 ? 'removes the whole shortfall' : `removes ${pct(share)} of the shortfall`;
  const built = used.filter((u) => u.id !== 'offsets').map((u) => `${u.id} ${fmt(u.amount)} ${u.unit}`);
  switch (r.kind) {
    case 'excluded_measures':
      return `${r.what}: offering them ${effect}${built.length > 0 ? ` (the plan would build ${built.join(', ')}; take ${used.map((u) => u.id).join(', ')} out of measures.exclude, or add them to measures.include)` : ''}`;
    case 'site_area':
      return `${r.what}: a larger area ${effect}${built.length > 0 ? ` (the plan would install ${built.join(', ')})` : ''}`;
    case 'offset_cap': {
      const need = (used[0]?.amount ?? 0) / Math.max(1e-9, data.baseGrossTco2);
      return `${r.what}: a cap of ${pct(Math.min(1, need))} (${fmt(used[0]?.amount ?? 0)} tCO2/yr) ${effect} — offsets neutralise, they do not reduce; the guidance allows them only for the residual (减排为主、抵销为辅)`;
    }
    case 'offset_years':
    case 'offset_products':
      return `${r.what}: allowing them ${effect} — offsets neutralise, they do not reduce (减排为主、抵销为辅)`;
    default:
      return `${r.what}: lifting the limit ${effect}${built.length > 0 ? ` (${built.join(', ')})` : ''}`;
  }
}

export interface RankInput {
  readonly data: FactoryData;
  readonly backend: SolverBackend;
  readonly options: SolveOptions;
  /** The smallest-shortfall model and its solution. */
  readonly built: BuiltModel;
  readonly x: Float64Array;
  readonly rowDuals: Float64Array | null;
  readonly colDuals: Float64Array | null;
  /** Where the factory's fields are in the scenario file (`factories[0]`). */
  readonly factoryPath: string;
}

/** Rank the changes a user can make by the share of the shortfall each removes on its own. */
export function rankCauses(input: RankInput): CauseRanking {
  const { data, backend, options, built, x } = input;
  const base = totalShortfall(built, x);
  const capped = [...built.ctx.v.capShortfall.entries()];
  if (capped.length === 0) return { worstYear: data.targetYear, residual: [], causes: [], solves: 0, untried: 0 };
  const worstYear = capped.reduce((a, b) => (x[b[1]]! > x[a[1]]! ? b : a))[0];
  const residual = residualSources(data, built, x, worstYear);
  if (base <= 1e-6) return { worstYear, residual, causes: [], solves: 0, untried: 0 };
  const binds = bindingUnits(built, x, input.rowDuals, input.colDuals);
  const candidates = relaxationsFor(data, input.factoryPath)
    .map((r) => ({ r, binding: r.units.some((u) => binds.has(u)) }))
    // Measures left out first (not in the model, so no dual speaks for them), then limits that bind.
    .sort((a, b) => Number(b.r.kind === 'excluded_measures') - Number(a.r.kind === 'excluded_measures') || Number(b.binding) - Number(a.binding));
  const t0 = performance.now();
  const causes: DiagnosisCause[] = [];
  let solves = 0;
  for (const { r, binding } of candidates) {
    const left = MAX_SECONDS - (performance.now() - t0) / 1000;
    if (solves >= MAX_RELAXATIONS || left <= 0) break;
    // Cost-minimising with the shortfall priced far above any abatement cost: the shortfall left is
    // the smallest one (up to measures dearer than the penalty), and the sizes are the cheapest that reach it.
    const relaxed = buildPathwayModel(r.relax(data), { capShortfall: true, shortfallPenaltyRmbPerTco2: SHORTFALL_PENALTY_RMB_PER_TCO2, relaxIntegers: true });
    const timeLimitSeconds = Math.min(options.timeLimitSeconds ?? Infinity, left);
    const result = backend.solve(relaxed.model, { ...options, timeLimitSeconds, wantDuals: false });
    solves++;
    if (!result.hasSolution || result.colValues === null) continue;
    const after = totalShortfall(relaxed, result.colValues);
    const share = Math.max(0, Math.min(1, (base - after) / base));
    if (share < MIN_SHARE) continue;
    const used = uses(r, data, relaxed, result.colValues, worstYear);
    causes.push({ kind: r.kind, field: r.field, what: r.what, message: sentence(r, share, used, data), shareOfShortfall: share, shortfallAfterTco2: after, reduces: r.reduces, binding, uses: used });
  }
  // Largest share first; at equal share, reductions before offsets.
  causes.sort((a, b) => (Math.abs(b.shareOfShortfall - a.shareOfShortfall) > 1e-6 ? b.shareOfShortfall - a.shareOfShortfall : Number(b.reduces) - Number(a.reduces)));
  return { worstYear, residual, causes, solves, untried: candidates.length - solves };
}
