/**
 * CBAM cost of a factory's EU exports by year, with and without its plan: the exported tonnes, the
 * embedded emissions per tonne of the baseline and of the plan (plant averages: Scope 1 and process
 * CO2 gross of offsets; electricity at the location-based grid factor, since CBAM does not recognise
 * green certificates), the benchmark route mix, and the per-tonne cost of cbam.ts.
 */
import { factoryBaseline } from '../accounting/factory-inventory.ts';
import type { Scenario } from '../data/load-scenario.ts';
import { BASE_CBAM_ROUTE, CBAM_GOODS, MEASURE_CBAM_ROUTE, SECTOR_CBAM_GOOD, type CbamGood } from '../data/reference/cbam-rules.ts';
import type { Factory } from '../data/schemas/scenario.ts';
import { prepareFactoryData, type FactoryData } from '../formulation/factory-data.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import { cbamPerTonne, type CbamTonneResult } from './cbam.ts';

export interface CbamYear {
  readonly year: number;
  readonly goodId: string;
  readonly exportedT: number;
  readonly certificatePriceRmbPerTco2: number;
  readonly baseline: CbamTonneResult;
  readonly plan: CbamTonneResult;
  readonly baselineCostRmb: number;
  readonly planCostRmb: number;
}

/** The CBAM good a factory exports, or null when it exports none (or its sector is not covered). */
export function cbamGoodOf(scenario: Scenario, factory: Factory): CbamGood | null {
  if (factory.euExportShareFraction <= 0) return null;
  const id = scenario.finance.cbam.good ?? SECTOR_CBAM_GOOD[factory.sector];
  return id === null ? null : (CBAM_GOODS[id] ?? null);
}

/** Share of output on each benchmark route in a plan year (route-changing measures at their installed capacity). */
function routeShares(good: CbamGood, plan: FactoryPlan | null, year: number, outputT: number): Record<string, number> {
  const base = BASE_CBAM_ROUTE[good.id] ?? Object.keys(good.benchmarkTco2PerT)[0]!;
  const shares: Record<string, number> = {};
  let moved = 0;
  for (const row of plan?.plan ?? []) {
    const route = MEASURE_CBAM_ROUTE[row.measureId];
    if (row.year !== year || route === undefined || good.benchmarkTco2PerT[route] === undefined) continue;
    const s = Math.min(row.stockUnits / outputT, 1 - moved);
    shares[route] = (shares[route] ?? 0) + s;
    moved += s;
  }
  shares[base] = (shares[base] ?? 0) + 1 - moved;
  return shares;
}

export function cbamYears(scenario: Scenario, factory: Factory, plan: FactoryPlan, data: FactoryData): CbamYear[] {
  const good = cbamGoodOf(scenario, factory);
  if (good === null) return [];
  const fin = scenario.finance;
  const baseline = new Map(factoryBaseline(scenario, factory).years.map((b) => [b.year, b]));
  return plan.costs.map(({ year: y }): CbamYear => {
    const outputT = factory.output.baseQuantity * (data.growth[y] ?? 1);
    const exportedT = factory.euExportShareFraction * outputT;
    const base = baseline.get(y)!;
    const emissions = plan.emissions.find((e) => e.year === y)!;
    const gridMwh = plan.energy.find((e) => e.year === y)?.gridMwh ?? 0;
    const price = fin.euEtsEurPerTco2[y]! * fin.eurToRmb;
    const common = {
      year: y,
      good,
      dataBasis: fin.cbam.dataBasis,
      certificatePriceRmbPerTco2: price,
      chinaCarbonPaidRmbPerTco2: data.etsRmbPerTco2[y]! * (1 - data.etsFreeAllocationFraction),
      cscf: fin.cbam.crossSectoralCorrectionFraction,
    };
    const b = cbamPerTonne({
      ...common,
      directTco2PerT: base.scope1Tco2 / outputT,
      indirectTco2PerT: base.scope2LocationTco2 / outputT,
      routeShares: routeShares(good, null, y, outputT),
    });
    const p = cbamPerTonne({
      ...common,
      directTco2PerT: emissions.scope1Tco2 / outputT,
      indirectTco2PerT: (gridMwh * data.factors[y]!.gridLocationTco2PerMwh) / outputT,
      routeShares: routeShares(good, plan, y, outputT),
    });
    const borne = fin.cbam.borneByFactoryFraction;
    return {
      year: y, goodId: good.id, exportedT, certificatePriceRmbPerTco2: price, baseline: b, plan: p,
      baselineCostRmb: exportedT * b.costRmbPerT * borne,
      planCostRmb: exportedT * p.costRmbPerT * borne,
    };
  });
}

/** The same for a plan, preparing the factory's data. */
export function planCbamYears(scenario: Scenario, factory: Factory, plan: FactoryPlan): CbamYear[] {
  return cbamGoodOf(scenario, factory) === null ? [] : cbamYears(scenario, factory, plan, prepareFactoryData(scenario, factory));
}
