/**
 * The facts of one factory-year that the compliance metrics read, from a plan (FactoryPlan) or from
 * the baseline inventory (no measures): emissions by scope and method, offsets by product, final
 * energy, renewable electricity and output. Both sources give the same shape, so a plan and its
 * baseline are checked by the same code.
 */
import type { FactoryInventory } from '../accounting/factory-inventory.ts';
import type { FactoryPlan } from '../optimise/types.ts';

export interface YearFacts {
  readonly year: number;
  readonly scope1Tco2: number;
  readonly scope2LocationTco2: number;
  readonly scope2MarketTco2: number;
  readonly offsetsTco2: number;
  readonly offsetsByProductTco2: Readonly<Record<string, number>>;
  /** All final energy (fuels, purchased heat, electricity used), MWh. */
  readonly finalEnergyMwh: number;
  readonly electricityUseMwh: number;
  /** Self-consumed on-site renewable generation + green power + green certificates, MWh. */
  readonly renewableElectricityMwh: number;
  readonly biomassMwh: number;
  /** Output in the factory's unit. */
  readonly output: number;
}

/** Gross emissions (before offsets) by a Scope 2 method. */
export const grossTco2 = (f: YearFacts, method: 'market' | 'location'): number =>
  f.scope1Tco2 + (method === 'market' ? f.scope2MarketTco2 : f.scope2LocationTco2);

type Baseline = Pick<FactoryInventory, 'years'>;

export function baselineFacts(baseline: Baseline): YearFacts[] {
  return baseline.years.map((y) => {
    const energy = (c: string) => y.byCarrier.filter((l) => l.carrier === c).reduce((s, l) => s + l.energyMwh, 0);
    return {
      year: y.year,
      scope1Tco2: y.scope1Tco2,
      scope2LocationTco2: y.scope2LocationTco2,
      scope2MarketTco2: y.scope2MarketTco2,
      offsetsTco2: 0,
      offsetsByProductTco2: {},
      finalEnergyMwh: y.byCarrier.reduce((s, l) => s + l.energyMwh, 0),
      electricityUseMwh: y.gridElectricityMwh,
      renewableElectricityMwh: 0,
      biomassMwh: energy('biomass'),
      output: y.output,
    };
  });
}

/** Plan years (the horizon); output from the baseline of the same year (output does not depend on the plan). */
export function planFacts(plan: Pick<FactoryPlan, 'emissions' | 'energy'>, baseline: Baseline): YearFacts[] {
  const outputOf = new Map(baseline.years.map((y) => [y.year, y.output]));
  return plan.emissions.map((e) => {
    const en = plan.energy.find((x) => x.year === e.year);
    const fuels = Object.entries(en?.incumbentByCarrierMwh ?? {}).reduce((s, [c, x]) => (c === 'electricity' ? s : s + (x ?? 0)), 0);
    const use = en?.electricityUseMwh ?? 0;
    const renewable = Math.min(use, (en?.selfConsumedMwh ?? 0) + (en?.greenPowerMwh ?? 0) + (en?.certificatesMwh ?? 0));
    return {
      year: e.year,
      scope1Tco2: e.scope1Tco2,
      scope2LocationTco2: e.scope2LocationTco2,
      scope2MarketTco2: e.scope2MarketTco2,
      offsetsTco2: e.offsetsTco2,
      offsetsByProductTco2: e.offsetsByProductTco2,
      finalEnergyMwh: fuels + use,
      electricityUseMwh: use,
      renewableElectricityMwh: renewable,
      biomassMwh: en?.incumbentByCarrierMwh.biomass ?? 0,
      output: outputOf.get(e.year) ?? 0,
    };
  });
}
