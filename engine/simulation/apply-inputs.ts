/**
 * Apply values of uncertain inputs to a loaded scenario, returning a new scenario (the original is
 * not modified). `multiply` inputs scale a reference path; `value` inputs replace a quantity.
 */
import type { CarrierId } from '../data/reference/fuels.ts';
import type { Measure, Scenario } from '../data/schemas/scenario.ts';
import type { UncertainInputId } from '../data/schemas/uncertainty.ts';
import type { YearSeries } from '../data/year-series.ts';

export type InputValues = Readonly<Partial<Record<UncertainInputId, number>>>;

const scale = (series: YearSeries, k: number): YearSeries => Object.fromEntries(Object.entries(series).map(([y, v]) => [y, v * k]));
const flat = (years: readonly number[], v: number): YearSeries => Object.fromEntries(years.map((y) => [y, v]));

function scaleCarriers(prices: Scenario['assumptions']['prices']['carrierRmbPerMwh'], carriers: readonly CarrierId[], k: number) {
  const out = { ...prices };
  for (const c of carriers) out[c] = scale(prices[c], k);
  return out;
}

const isPv = (m: Measure) => m.effect.kind === 'onsite_generation' && m.effect.technology === 'pv';

export function applyInputs(scenario: Scenario, values: InputValues): Scenario {
  let s = scenario;
  const a = () => s.assumptions;
  for (const [id, v] of Object.entries(values) as Array<[UncertainInputId, number]>) {
    switch (id) {
      case 'ets_price':
        s = { ...s, assumptions: { ...a(), prices: { ...a().prices, etsRmbPerTco2: scale(a().prices.etsRmbPerTco2, v) } } };
        break;
      case 'shadow_carbon_price':
        s = { ...s, assumptions: { ...a(), prices: { ...a().prices, shadowCarbonRmbPerTco2: flat(s.years, v) } } };
        break;
      case 'electricity_price':
      case 'natural_gas_price':
      case 'coal_price': {
        const carriers: CarrierId[] = id === 'electricity_price' ? ['electricity'] : id === 'natural_gas_price' ? ['natural_gas'] : ['raw_coal', 'coke'];
        s = { ...s, assumptions: { ...a(), prices: { ...a().prices, carrierRmbPerMwh: scaleCarriers(a().prices.carrierRmbPerMwh, carriers, v) } } };
        break;
      }
      case 'offset_price':
        s = { ...s, offsetProducts: s.offsetProducts.map((o) => ({ ...o, priceRmbPerTco2: scale(o.priceRmbPerTco2, v) })) };
        break;
      case 'pv_capex':
        s = { ...s, measures: s.measures.map((m) => (isPv(m) ? { ...m, capexRmbPerUnit: scale(m.capexRmbPerUnit, v) } : m)) };
        break;
      case 'grid_factor_decline':
        s = { ...s, assumptions: { ...a(), gridFactor: { ...a().gridFactor, declineRatePerYear: v } } };
        break;
      case 'residual_factor_decline':
        s = { ...s, assumptions: { ...a(), gridFactor: { ...a().gridFactor, residualDeclineRatePerYear: v } } };
        break;
      case 'output_growth':
        s = { ...s, factories: s.factories.map((f) => ({ ...f, output: { ...f.output, growthRate: flat(s.years, v) } })) };
        break;
    }
  }
  return s;
}
