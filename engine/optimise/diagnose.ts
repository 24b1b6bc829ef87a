/**
 * Diagnosis of an infeasible pathway: re-solve with a penalised shortfall on every net-emissions
 * cap (minimising only the total shortfall, integers relaxed), report the smallest shortfall per
 * year and the limits that bind at that point, in words (“roof area caps rooftop PV at 2,100 kW”).
 */
import { buildPathwayModel } from '../formulation/build-model.ts';
import type { FactoryData } from '../formulation/factory-data.ts';
import { ofKind } from '../formulation/measure-kinds.ts';
import { areaM2PerKw } from '../formulation/potential.ts';
import { offsetsAllowed } from '../formulation/units/offsets.ts';
import { certifyShortfalls, describeCertifyRow } from './diagnose-certify.ts';
import type { LinearModel } from '../model/linear-model.ts';
import type { SolveOptions, SolverBackend } from '../solvers/types.ts';

export interface Diagnosis {
  /** Smallest achievable excess over the cap, per year with a cap, tCO2. */
  readonly shortfallTco2: ReadonlyArray<{ readonly year: number; readonly capTco2: number; readonly shortfallTco2: number }>;
  /** The limits that stop a lower shortfall, as sentences with the component that binds. */
  readonly bindingLimits: ReadonlyArray<{ readonly component: string; readonly message: string }>;
  readonly summary: string;
}

const TOL = 1e-7;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

export function diagnoseInfeasible(data: FactoryData, backend: SolverBackend, options: SolveOptions): Diagnosis | null {
  const { model, ctx } = buildPathwayModel(data, { capShortfall: true, objective: 'min_shortfall', relaxIntegers: true });
  const result = backend.solve(model, { ...options, wantDuals: true });
  if (!result.hasSolution || result.colValues === null) return null;
  const x = result.colValues;
  const shortfallTco2 = [...ctx.v.capShortfall.entries()].map(([year, col]) => ({
    year,
    capTco2: data.capTco2[year]!,
    shortfallTco2: Math.max(0, x[col]!),
  }));
  const bindingLimits = result.rowDuals && result.colDuals ? describeBinding(data, model, x, result.rowDuals, result.colDuals) : [];
  const worst = shortfallTco2.reduce((a, b) => (b.shortfallTco2 > a.shortfallTco2 ? b : a), shortfallTco2[0]!);
  const certify = certifyShortfalls(model, x);
  bindingLimits.unshift(...certify);
  const summary = certify.length > 0 && (worst === undefined || worst.shortfallTco2 <= 1e-6)
    ? `the certification criteria cannot be met: ${certify.map((c) => c.message).join('; ')}`
    : worst === undefined || worst.shortfallTco2 <= 1e-6
      ? 'the caps can be met once integer builds are relaxed; the lumpy minimum sizes make the plan infeasible'
      : `the target cannot be met: at best net emissions exceed the cap by ${fmt(worst.shortfallTco2)} tCO2 in ${worst.year} (cap ${fmt(worst.capTco2)} tCO2)`;
  return { shortfallTco2, bindingLimits, summary };
}

function describeBinding(data: FactoryData, model: LinearModel, x: Float64Array, rowDuals: Float64Array, colDuals: Float64Array) {
  const out = new Map<string, { component: string; message: string }>();
  const add = (family: string, component: string, message: string) => {
    if (!out.has(family)) out.set(family, { component, message });
  };
  model.rowNames.forEach((name, i) => {
    if (Math.abs(rowDuals[i]!) <= TOL) return;
    const rowMessage = describeRow(data, name);
    if (rowMessage !== null) add(rowMessage.family, name, rowMessage.message);
  });
  model.colNames.forEach((name, j) => {
    if (Math.abs(colDuals[j]!) <= TOL) return;
    const atUpper = Number.isFinite(model.colUpper[j]!) && Math.abs(x[j]! - model.colUpper[j]!) <= 1e-6 * (1 + Math.abs(model.colUpper[j]!));
    if (!atUpper) return;
    const colMessage = describeUpperBound(data, name, model.colUpper[j]!);
    if (colMessage !== null) add(colMessage.family, name, colMessage.message);
  });
  const noOffsetYears = data.years.filter((y) => data.capTco2[y] !== undefined && !offsetsAllowed(data.policy, data.targetYear, y));
  if (noOffsetYears.length > 0 && data.offsetProducts.length > 0) {
    add('offset_years', 'policy.offsetYears', `offsets are not allowed in ${noOffsetYears.join(', ')} (policy.offsetYears)`);
  }
  if (data.offsetProducts.length === 0) add('no_offsets', 'policy.allowedOffsetProducts', 'no offset product is allowed');
  return [...out.values()];
}

const parse = (name: string): { block: string; keys: string[] } => {
  const open = name.indexOf('[');
  return open < 0 ? { block: name, keys: [] } : { block: name.slice(0, open), keys: name.slice(open + 1, -1).split(',') };
};

function describeRow(data: FactoryData, name: string): { family: string; message: string } | null {
  const { block, keys } = parse(name);
  const measure = (id: string | undefined) => data.measures.find((m) => m.id === id);
  switch (block) {
    case 'roof_area':
    case 'land_area': {
      const limit = block === 'roof_area' ? 'roof' : 'land';
      const area = limit === 'roof' ? data.factory.site.roofAreaM2 : data.factory.site.landAreaM2;
      const users = ofKind(data.measures, 'onsite_generation').filter((m) => m.effect.siteLimit === limit);
      const kw = users.map((m) => `${m.nameEn} at ${fmt(area / areaM2PerKw(m, data.factory))} kW`).join(' or ');
      return { family: block, message: `${limit} area (${fmt(area)} m²) caps ${kw}` };
    }
    case 'offset_share_cap':
      return {
        family: block,
        message: `offsets capped at ${(data.policy.offsetShareCapFraction * 100).toFixed(0)} % of base-year gross emissions (${fmt(data.policy.offsetShareCapFraction * data.baseGrossTco2)} tCO2/yr)`,
      };
    case 'capex_budget':
      return { family: `${block}`, message: `the capex budget binds in ${keys[0]} (${fmt(data.policy.capexBudgetRmb?.[Number(keys[0])] ?? 0)} RMB)` };
    case 'capture_limit': {
      const m = measure(keys[0]);
      return m && m.effect.kind === 'carbon_removal'
        ? { family: `${block}:${m.id}`, message: `${m.nameEn} can capture at most ${(m.effect.maxCaptureFraction * 100).toFixed(0)} % of direct CO2` }
        : null;
    }
    case 'self_consumption_limit':
      return {
        family: block,
        message: `on-site generation can serve at most ${(data.selfConsumptionShare * 100).toFixed(0)} % of electricity use (plus what storage shifts)`,
      };
    case 'green_purchase_limit':
      return { family: block, message: 'green power and certificates already cover every grid MWh' };
    case 'grid_new_load':
      return { family: block, message: `the grid connection (${fmt(data.factory.site.gridConnectionKva)} kVA) leaves ${fmt(data.gridConnection.headroomKw[Number(keys[0])] ?? 0)} kW for new electric load in ${keys[0]}` };
    case 'grid_export_capacity':
      return { family: block, message: `the grid connection (${fmt(data.factory.site.gridConnectionKva)} kVA) caps the on-site inverters` };
    case 'pv_class_size':
      return { family: block, message: `the PV project class caps on-site PV (general C&I ≤ ${fmt(data.pvExport.generalCiMaxKwp)} kWp, large C&I ≤ ${fmt(data.pvExport.largeCiMaxKwp)} kWp at ${data.pvExport.connectionVoltageKv} kV)` };
    default:
      return describeCertifyRow(name);
  }
}

function describeUpperBound(data: FactoryData, name: string, upper: number): { family: string; message: string } | null {
  const { block, keys } = parse(name);
  const m = data.measures.find((x) => x.id === keys[0]);
  switch (block) {
    case 'stock':
      return m ? { family: `stock:${m.id}`, message: `${m.nameEn} is at its maximum size of ${fmt(upper)} ${m.sizeUnit}` } : null;
    case 'build':
      return m
        ? { family: `build:${m.id}`, message: `${m.nameEn} build rate is limited to ${fmt(upper)} ${m.sizeUnit} per year${m.pace ? ` (pace: ${m.pace.basis})` : ''}` }
        : null;
    case 'converted':
      return m && m.effect.kind === 'process_change'
        ? { family: `converted:${m.id}`, message: `${m.nameEn} can convert at most ${(m.effect.maxOutputShareFraction * 100).toFixed(0)} % of output` }
        : null;
    case 'treated':
      return m ? { family: `treated:${m.id}`, message: `${m.nameEn} already treats all ${keys[1]} energy` } : null;
    case 'offsets': {
      const o = data.offsetProducts.find((p) => p.id === keys[0]);
      return o ? { family: `offsets:${o.id}`, message: `${o.nameEn} supply is limited to ${fmt(upper)} tCO2/yr` } : null;
    }
    default:
      return null;
  }
}
