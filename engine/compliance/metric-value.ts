/**
 * The value of a metric for one factory-year: computed from the year's facts, or read from the
 * factory's declarations. Without the data it needs, a metric says what is missing (a field path
 * or an inventory); a criterion that does not apply to the factory says so.
 */
import type { Factory } from '../data/schemas/scenario.ts';
import { METRICS, type MetricId } from '../data/compliance/metrics.ts';
import { advancedValue, TCE_PER_MWH } from '../data/reference/energy-advanced-values.ts';
import { grossTco2, type YearFacts } from './year-facts.ts';

export type MetricValue =
  | { readonly kind: 'value'; readonly value: number | boolean | string | readonly string[]; readonly note?: string }
  | { readonly kind: 'missing'; readonly missing: readonly string[] }
  /** No residual to offset: every offset-share threshold is met. */
  | { readonly kind: 'no_residual' };

/** What a metric evaluation sees. */
export interface MetricFrame {
  readonly factory: Factory;
  /** Path of the factory in the scenario, for missing-field messages (`factories[0]`). */
  readonly factoryPath: string;
  readonly scope2Method: 'market' | 'location';
  /** Facts by year, base year included. */
  readonly facts: ReadonlyMap<number, YearFacts>;
  /** The no-measures baseline's facts by year (the counterfactual reductions are measured against). */
  readonly baselineFacts: ReadonlyMap<number, YearFacts>;
  readonly baseYear: number;
  /** The scenario's Scope 2 method (what the plan was accounted with). */
  readonly policyScope2Method: 'market' | 'location';
}

const GROSS_EPS_TCO2 = 1e-6;
/** Below this, gross emissions count as zero for the falling-trend test, tCO2. */
const FALLING_ZERO_TCO2 = 1;

export function metricValue(metric: MetricId, frame: MetricFrame, year: number): MetricValue {
  const def = METRICS[metric];
  if (def.source === 'declared') {
    const value = (frame.factory.certification as Record<string, unknown>)[def.field!];
    if (value === undefined) return { kind: 'missing', missing: [`${frame.factoryPath}.certification.${def.field}`] };
    return { kind: 'value', value: value as boolean | number | string };
  }
  const f = frame.facts.get(year);
  if (f === undefined) return { kind: 'missing', missing: [`inventory of ${year}`] };
  const gross = grossTco2(f, frame.scope2Method);
  switch (metric) {
    case 'renewable_electricity_share':
      return f.electricityUseMwh > 0 ? { kind: 'value', value: f.renewableElectricityMwh / f.electricityUseMwh } : { kind: 'missing', missing: ['electricity use (none in this year)'] };
    case 'renewable_energy_share':
      return f.finalEnergyMwh > 0 ? { kind: 'value', value: (f.renewableElectricityMwh + f.biomassMwh) / f.finalEnergyMwh } : { kind: 'missing', missing: ['final energy use (none in this year)'] };
    case 'carbon_per_energy':
      return f.finalEnergyMwh > 0 ? { kind: 'value', value: gross / (f.finalEnergyMwh * TCE_PER_MWH) } : { kind: 'missing', missing: ['final energy use (none in this year)'] };
    case 'offset_share_of_gross':
      return gross <= GROSS_EPS_TCO2 ? { kind: 'no_residual' } : { kind: 'value', value: f.offsetsTco2 / gross };
    case 'energy_intensity_vs_advanced': {
      const adv = advancedValue(frame.factory);
      if (adv === null) return { kind: 'missing', missing: [`${frame.factoryPath}.certification.energyAdvancedValue (the 先进值 of the product's energy-consumption limit, kgce per ${frame.factory.output.unit})`] };
      if (f.output <= 0) return { kind: 'missing', missing: ['output'] };
      const kgcePerUnit = (f.finalEnergyMwh * TCE_PER_MWH * 1000) / f.output;
      return { kind: 'value', value: kgcePerUnit / adv.kgcePerUnit, note: `${kgcePerUnit.toPrecision(4)} against ${adv.kgcePerUnit.toPrecision(4)} kgce/${frame.factory.output.unit} (${adv.source})` };
    }
    case 'reduction_vs_baseline': {
      const base = frame.baselineFacts.get(year);
      if (base === undefined) return { kind: 'missing', missing: [`baseline inventory of ${year}`] };
      const g0 = grossTco2(base, frame.scope2Method);
      return g0 > 0 ? { kind: 'value', value: 1 - gross / g0 } : { kind: 'missing', missing: ['baseline emissions (zero)'] };
    }
    case 'emissions_falling_3y': {
      const prev = [year - 2, year - 1].map((y) => frame.facts.get(y));
      const missing = prev.flatMap((p, i) => (p === undefined ? [`inventory of ${year - 2 + i}`] : []));
      if (missing.length > 0) return { kind: 'missing', missing };
      const [a, b] = prev.map((p) => grossTco2(p!, frame.scope2Method)) as [number, number];
      // Falling year on year, or already at (near) zero and staying there ("趋向零").
      const atZero = (x: number) => x <= FALLING_ZERO_TCO2;
      const falling = (x: number, y: number) => y < x || (atZero(x) && atZero(y));
      return { kind: 'value', value: falling(a, b) && falling(b, gross), note: `${Math.round(a)} → ${Math.round(b)} → ${Math.round(gross)} tCO2` };
    }
    case 'offset_products_eligible':
      return { kind: 'value', value: Object.entries(f.offsetsByProductTco2).filter(([, x]) => x > 1e-9).map(([id]) => id) };
    case 'scope2_method':
      return { kind: 'value', value: frame.policyScope2Method };
    default:
      return { kind: 'missing', missing: [`metric ${metric}`] };
  }
}
