/**
 * CBAM cost of a factory's EU exports by year, with and without its plan: the exported tonnes, the
 * embedded emissions per tonne of the baseline and of the plan (plant averages: Scope 1 and process
 * CO2 gross of offsets; electricity at the location-based grid factor, since CBAM does not recognise
 * green certificates), the benchmark route mix, and the per-tonne cost of cbam.ts.
 * When the factory declares a product that is a CBAM good, the embedded emissions and exported
 * tonnes are that product's (engine/footprint: its allocated share of the site plus its precursors).
 */
import { factoryBaseline } from '../accounting/factory-inventory.ts';
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import { BASE_CBAM_ROUTE, CBAM_GOODS, MEASURE_CBAM_ROUTE, SECTOR_CBAM_GOOD, type CbamGood } from '../data/reference/cbam-rules.ts';
import { prepareFactoryData, type FactoryData } from '../formulation/factory-data.ts';
import { factoryFootprint } from '../footprint/footprint-factory.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import { cbamPerTonne } from './cbam.ts';
import type { CbamYear } from './types.ts';

/** The CBAM good a factory exports, or null when it exports none (or its sector is not covered). */
export function cbamGoodOf(scenario: Scenario, factory: Factory): CbamGood | null {
  const product = cbamProductOf(factory);
  if (product !== null) return (product.euExportShareFraction ?? factory.euExportShareFraction) > 0 ? CBAM_GOODS[product.cbamGood!]! : null;
  if (factory.euExportShareFraction <= 0) return null;
  const id = scenario.finance.cbam.good ?? SECTOR_CBAM_GOOD[factory.sector];
  return id === null ? null : (CBAM_GOODS[id] ?? null);
}

/** The declared product that is a CBAM good (at most one per factory), or null. */
export function cbamProductOf(factory: Factory): NonNullable<Factory['products']>['items'][number] | null {
  return factory.products?.items.find((p) => p.cbamGood !== undefined) ?? null;
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
  const product = cbamProductOf(factory);
  const footprint = product === null ? null : factoryFootprint(scenario, factory, plan)!.products.find((p) => p.id === product.id)!;
  return plan.costs.map(({ year: y }): CbamYear => {
    const outputT = factory.output.baseQuantity * (data.growth[y] ?? 1);
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
    const fb = footprint?.baseline.years.find((r) => r.year === y)?.cbam;
    const fp = footprint?.plan?.years.find((r) => r.year === y)?.cbam;
    const b = cbamPerTonne({
      ...common,
      directTco2PerT: fb?.directTco2PerT ?? base.scope1Tco2 / outputT,
      indirectTco2PerT: fb?.indirectTco2PerT ?? base.scope2LocationTco2 / outputT,
      routeShares: routeShares(good, null, y, outputT),
    });
    const p = cbamPerTonne({
      ...common,
      directTco2PerT: fp?.directTco2PerT ?? emissions.scope1Tco2 / outputT,
      indirectTco2PerT: fp?.indirectTco2PerT ?? (gridMwh * data.factors[y]!.gridLocationTco2PerMwh) / outputT,
      routeShares: routeShares(good, plan, y, outputT),
    });
    const exportedT = product === null
      ? factory.euExportShareFraction * outputT
      : (product.euExportShareFraction ?? factory.euExportShareFraction) * footprint!.baseline.years.find((r) => r.year === y)!.quantity *
        (product.unit === 't' ? 1 : (product.massKgPerUnit ?? 0) / 1000);
    const borne = fin.cbam.borneByFactoryFraction;
    return {
      year: y, goodId: good.id, productId: product?.id ?? null, exportedT, certificatePriceRmbPerTco2: price, baseline: b, plan: p,
      baselineCostRmb: exportedT * b.costRmbPerT * borne,
      planCostRmb: exportedT * p.costRmbPerT * borne,
    };
  });
}

/** The same for a plan, preparing the factory's data. */
export function planCbamYears(scenario: Scenario, factory: Factory, plan: FactoryPlan): CbamYear[] {
  return cbamGoodOf(scenario, factory) === null ? [] : cbamYears(scenario, factory, plan, prepareFactoryData(scenario, factory));
}
