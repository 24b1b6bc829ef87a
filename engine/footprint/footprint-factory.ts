/**
 * Product footprints of a factory year by year, under the baseline (no new measures) and under an
 * optimised plan: the site's fuel, process, grid, green-power, on-site PV and heat figures of each
 * case go through engine/accounting/product-footprint.ts. Sits beside finance (it reads plans).
 * Also the EU battery view (Reg. (EU) 2023/1542 Art. 7) of a product declared as a battery.
 */
import { outputIndex } from '../accounting/baseline.ts';
import { factoryBaseline } from '../accounting/factory-inventory.ts';
import {
  allocationShares, cbamEmbedded, productYearFootprint, siteFootprint,
  alternativeKey, type AlternativeShares, type CbamEmbedded, type LineScales, type ProductYearFootprint, type SiteYear,
} from '../accounting/product-footprint.ts';
import { resolveYearFactors } from '../accounting/resolve-factors.ts';
import type { Product } from '../data/schemas/product.ts';
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import type { FactoryPlan } from '../optimise/types.ts';

export interface BatteryDeclaration {
  readonly category: NonNullable<Product['battery']>['category'];
  /** Annex II pt 4 stages, kgCO2e per kWh of capacity: raw material acquisition and pre-processing (materials + inbound transport), main product production (site). */
  readonly rawMaterialKgco2ePerKwh: number;
  readonly productionKgco2ePerKwh: number;
  readonly totalKgco2ePerKwh: number;
  /** Per kWh of total energy over the service life (the regulation's functional unit), when cycles and years are given. */
  readonly perLifetimeKwh: number | null;
}

export interface ProductCase {
  readonly years: readonly (ProductYearFootprint & { readonly cbam: CbamEmbedded | null; readonly battery: BatteryDeclaration | null })[];
}

export interface ProductFootprint {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly allocationShare: number;
  readonly cbamGood: string | null;
  readonly baseline: ProductCase;
  /** Null when the factory has no plan (infeasible, error). */
  readonly plan: ProductCase | null;
  readonly targetKgco2ePerUnit: Readonly<Record<number, number>> | null;
  /** Shadow price of the target by year, RMB/tCO2e (what one more tCO2e of cut would cost). */
  readonly targetShadowRmbPerTco2e: Readonly<Record<number, number>> | null;
  /** Alternatives bought under the plan: line, material and share by year. */
  readonly alternativesChosen: readonly AlternativeChoice[];
}

export interface AlternativeChoice {
  readonly line: number;
  readonly replaces: string;
  readonly material: string;
  readonly shareByYear: Readonly<Record<number, number>>;
}

function alternativesOf(p: Product, byYear: Readonly<Record<number, AlternativeShares>>): AlternativeChoice[] {
  return p.bom.flatMap((line, i) => line.alternatives.map((alt, j) => ({
    line: i, replaces: line.material, material: alt.material,
    shareByYear: Object.fromEntries(Object.entries(byYear).map(([y, shares]) => [Number(y), shares[alternativeKey(p.id, i, j)] ?? 0])),
  })));
}

export interface FactoryFootprint {
  readonly factoryId: string;
  readonly name: string;
  readonly allocation: string;
  readonly electricityBasis: string;
  readonly planStatus: FactoryPlan['status'] | null;
  readonly products: readonly ProductFootprint[];
}

/** The baseline site of every horizon year. */
export function baselineSiteYears(scenario: Scenario, factory: Factory): SiteYear[] {
  return factoryBaseline(scenario, factory).years.map((b) => {
    const f = resolveYearFactors(factory, scenario.assumptions, b.year).factors;
    return {
      year: b.year, fuelTco2: b.scope1FuelTco2, processTco2: b.processTco2, gridMwh: b.gridElectricityMwh, greenMwh: 0, selfConsumedMwh: 0,
      purchasedHeatMwh: b.purchasedHeatMwh, heatTco2PerMwh: f.purchasedHeatTco2PerMwh, gridLocationTco2PerMwh: f.gridLocationTco2PerMwh,
      carrierMwh: Object.fromEntries(b.byCarrier.map((c) => [c.carrier, c.energyMwh])),
    };
  });
}

/** The site of each plan year; captured CO2 is taken from fuel and process in proportion. */
export function planSiteYears(scenario: Scenario, factory: Factory, plan: FactoryPlan): SiteYear[] {
  return plan.emissions.map((e) => {
    const energy = plan.energy.find((x) => x.year === e.year)!;
    const f = resolveYearFactors(factory, scenario.assumptions, e.year).factors;
    const fuelGross = Math.max(0, e.scope1Tco2 + e.capturedTco2 - e.processTco2);
    const gross = fuelGross + e.processTco2;
    const keep = gross > 0 ? (gross - e.capturedTco2) / gross : 1;
    return {
      year: e.year, fuelTco2: fuelGross * keep, processTco2: e.processTco2 * keep, gridMwh: energy.gridMwh,
      greenMwh: Math.min(energy.gridMwh, energy.greenPowerMwh + energy.certificatesMwh), selfConsumedMwh: energy.selfConsumedMwh,
      purchasedHeatMwh: energy.incumbentByCarrierMwh.purchased_heat ?? 0, heatTco2PerMwh: f.purchasedHeatTco2PerMwh, gridLocationTco2PerMwh: f.gridLocationTco2PerMwh,
      carrierMwh: energy.incumbentByCarrierMwh,
    };
  });
}

function battery(product: Product, y: ProductYearFootprint): BatteryDeclaration | null {
  const b = product.battery;
  if (b === undefined) return null;
  const raw = (y.stagesKgco2e.materials + y.stagesKgco2e.transport) / b.energyKwhPerUnit;
  const production = (y.stagesKgco2e.site_energy + y.stagesKgco2e.process) / b.energyKwhPerUnit;
  const lifetimeKwh = b.cyclesPerYear !== undefined && b.serviceYears !== undefined ? b.energyKwhPerUnit * b.cyclesPerYear * b.serviceYears : null;
  return {
    category: b.category, rawMaterialKgco2ePerKwh: raw, productionKgco2ePerKwh: production, totalKgco2ePerKwh: raw + production,
    perLifetimeKwh: lifetimeKwh === null ? null : y.totalKgco2ePerUnit / lifetimeKwh,
  };
}

/** A line that follows a carrier scales by the case's use of it over the baseline's in the same year. */
function lineScales(product: Product, site: SiteYear, base: SiteYear | undefined): LineScales {
  const scales: Record<number, number> = {};
  product.bom.forEach((line, i) => {
    if (line.followsCarrier === undefined || base === undefined) return;
    const b = base.carrierMwh[line.followsCarrier] ?? 0;
    scales[i] = b > 0 ? (site.carrierMwh[line.followsCarrier] ?? 0) / b : 1;
  });
  return scales;
}

function productCase(
  scenario: Scenario, factory: Factory, product: Product, share: number, sites: readonly SiteYear[], baseSites: readonly SiteYear[],
  chosen: (year: number) => AlternativeShares = () => ({}),
): ProductCase {
  const basis = factory.products!.electricityBasis;
  const index = outputIndex(scenario.baseYear, Math.max(...scenario.years), factory.output.growthRate);
  return {
    years: sites.map((site) => {
      const quantity = product.baseQuantity * (index[site.year] ?? 1);
      const scales = lineScales(product, site, baseSites.find((b) => b.year === site.year));
      const fp = productYearFootprint(product, share, quantity, siteFootprint(site, basis), site.year, scales, chosen(site.year));
      return { ...fp, cbam: product.cbamGood === undefined ? null : cbamEmbedded(product, share, quantity, site, scales), battery: battery(product, fp) };
    }),
  };
}

/** The footprint of every product of a factory (null when the factory declares none). */
export function factoryFootprint(scenario: Scenario, factory: Factory, plan: FactoryPlan | null): FactoryFootprint | null {
  const products = factory.products;
  if (products === undefined) return null;
  const shares = allocationShares(products.items, products.allocation);
  const baseSites = baselineSiteYears(scenario, factory);
  const hasPlan = plan !== null && (plan.status === 'optimal' || plan.status === 'feasible');
  const levers = hasPlan ? (plan.productLevers ?? null) : null;
  const planSites = hasPlan ? planSiteYears(scenario, factory, plan) : null;
  return {
    factoryId: factory.id,
    name: factory.name,
    allocation: products.allocation,
    electricityBasis: products.electricityBasis,
    planStatus: plan?.status ?? null,
    products: products.items.map((p) => ({
      id: p.id,
      name: p.name,
      unit: p.unit,
      allocationShare: shares[p.id]!,
      cbamGood: p.cbamGood ?? null,
      baseline: productCase(scenario, factory, p, shares[p.id]!, baseSites, baseSites),
      plan: planSites === null ? null : productCase(scenario, factory, p, shares[p.id]!, planSites, baseSites, (y) => levers?.alternativesByYear[y] ?? {}),
      targetKgco2ePerUnit: p.targetKgco2ePerUnit ?? null,
      targetShadowRmbPerTco2e: levers?.targetShadowRmbPerTco2e[p.id] ?? null,
      alternativesChosen: levers === null ? [] : alternativesOf(p, levers.alternativesByYear),
    })),
  };
}
