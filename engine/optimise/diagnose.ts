/**
 * Diagnosis of an infeasible pathway: re-solve with a penalised shortfall on every net-emissions
 * cap (minimising only the total shortfall, integers relaxed), report the smallest shortfall per
 * year and the limits that bind at that point, in words (“roof area caps rooftop PV at 2,100 kW”)
 * with the fix a user can try. Each binding row or bound is explained by the formulation unit that
 * made it (`explain` on the unit), found through the context's record of which unit made each row.
 */
import type { BindingExplanation, Component, FormulationContext, UnitExplainer } from '../formulation/context.ts';
import type { FactoryData } from '../formulation/factory-data.ts';
import { HOURLY_UNITS } from '../formulation/hourly/units.ts';
import { FORMULATION_UNITS } from '../formulation/units.ts';
import { offsetsAllowed } from '../formulation/units/offsets.ts';
import type { LinearModel } from '../model/linear-model.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { rankCauses } from './diagnosis-causes.ts';
import { solveOptions, solvePathway } from './solve-pathway.ts';
import type { BindingLimit, Diagnosis } from './types.ts';

const TOL = 1e-7;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const EXPLAINERS = new Map<string, UnitExplainer>([...FORMULATION_UNITS, ...HOURLY_UNITS].flatMap((u) => (u.explain ? [[u.name, u.explain] as const] : [])));

export function diagnoseInfeasible(data: FactoryData, backend: SolverBackend, settings: SolverSettings, factoryPath = 'factories[0]'): Diagnosis | null {
  const {
    built: { model, ctx },
    result,
  } = solvePathway(data, backend, settings, { formulation: { capShortfall: true, objective: 'min_shortfall', relaxIntegers: true } });
  if (!result.hasSolution || result.colValues === null) return null;
  const x = result.colValues;
  const shortfallTco2 = [...ctx.v.capShortfall.entries()].map(([year, col]) => ({
    year,
    capTco2: data.capTco2[year]!,
    shortfallTco2: Math.max(0, x[col]!),
  }));
  const bindingLimits = result.rowDuals && result.colDuals ? describeBinding(data, model, ctx, x, result.rowDuals, result.colDuals) : [];
  const worst = shortfallTco2.reduce((a, b) => (b.shortfallTco2 > a.shortfallTco2 ? b : a), shortfallTco2[0]!);
  const unmet = shortfalls(data, model, ctx, x);
  bindingLimits.unshift(...unmet);
  const ranked = rankCauses({ data, backend, options: solveOptions(settings, false), built: { model, ctx }, x, rowDuals: result.rowDuals, colDuals: result.colDuals, factoryPath });
  const lead = ranked.causes[0];
  const summary = unmet.length > 0 && (worst === undefined || worst.shortfallTco2 <= 1e-6)
    ? `${unmet.every((c) => c.unit === 'certify_criteria') ? 'the certification criteria' : 'the requirements'} cannot be met: ${unmet.map((c) => c.message).join('; ')}`
    : worst === undefined || worst.shortfallTco2 <= 1e-6
      ? 'the caps can be met once integer builds are relaxed; the lumpy minimum sizes make the plan infeasible'
      : `the target cannot be met: at best net emissions exceed the cap by ${fmt(worst.shortfallTco2)} tCO2 in ${worst.year} (cap ${fmt(worst.capTco2)} tCO2)` +
        (lead !== undefined ? `; lead cause (${lead.shareOfShortfall >= 0.995 ? 'removes all of it' : `removes ${(lead.shareOfShortfall * 100).toFixed(0)} %`}): ${lead.what} [${lead.field}]` : '');
  return { shortfallTco2, bindingLimits, residual: { year: ranked.worstYear, sources: ranked.residual }, causes: ranked.causes, summary };
}

const limit = (unit: string, name: string, e: BindingExplanation): BindingLimit => ({ component: e.component ?? name, unit, message: e.message, fix: e.fix });

/** Requirements whose shortfall column is positive (certification criteria, product footprint targets), in model order. */
function shortfalls(data: FactoryData, model: LinearModel, ctx: FormulationContext, x: Float64Array): BindingLimit[] {
  const out: BindingLimit[] = [];
  ctx.colComponent.forEach((c: Component, j) => {
    const unit = ctx.colUnit[j]!;
    const explain = EXPLAINERS.get(unit)?.shortfall;
    if (explain === undefined || !(x[j]! > 1e-6)) return;
    const e = explain(c, data);
    if (e !== null) out.push(limit(unit, model.colNames[j]!, e));
  });
  return out;
}

/** The binding rows and bounds of a solved LP, one per family, as the units that made them explain them. */
export function describeBinding(data: FactoryData, model: LinearModel, ctx: FormulationContext, x: Float64Array, rowDuals: Float64Array, colDuals: Float64Array): BindingLimit[] {
  const out = new Map<string, BindingLimit>();
  const add = (family: string, l: BindingLimit) => {
    if (!out.has(family)) out.set(family, l);
  };
  ctx.rowComponent.forEach((c, i) => {
    if (Math.abs(rowDuals[i]!) <= TOL) return;
    const unit = ctx.rowUnit[i]!;
    const e = EXPLAINERS.get(unit)?.row?.(c, data) ?? null;
    if (e !== null) add(e.family, limit(unit, model.rowNames[i]!, e));
  });
  ctx.colComponent.forEach((c, j) => {
    if (Math.abs(colDuals[j]!) <= TOL) return;
    const upper = model.colUpper[j]!;
    const atUpper = Number.isFinite(upper) && Math.abs(x[j]! - upper) <= 1e-6 * (1 + Math.abs(upper));
    if (!atUpper) return;
    const unit = ctx.colUnit[j]!;
    const e = EXPLAINERS.get(unit)?.upperBound?.(c, data, upper) ?? null;
    if (e !== null) add(e.family, limit(unit, model.colNames[j]!, e));
  });
  const noOffsetYears = data.years.filter((y) => data.capTco2[y] !== undefined && !offsetsAllowed(data.policy, data.targetYear, y));
  if (noOffsetYears.length > 0 && data.offsetProducts.length > 0) {
    add('offset_years', {
      component: 'policy.offsetYears',
      unit: 'policy',
      message: `offsets are not allowed in ${noOffsetYears.join(', ')} (policy.offsetYears)`,
      fix: 'policy.offsetYears follows the programme certified against: abate in those years, or widen it only if the programme allows',
    });
  }
  if (data.offsetProducts.length === 0) {
    add('no_offsets', {
      component: 'policy.allowedOffsetProducts',
      unit: 'policy',
      message: 'no offset product is allowed',
      fix: 'list the credits the programme accepts (CCER, for one) in policy.allowedOffsetProducts',
    });
  }
  return [...out.values()];
}
