/**
 * Cradle-to-gate product carbon footprint (path 4, 重点产品碳足迹; GB/T 24067-2024 / ISO 14067), per
 * unit of product and year, by stage:
 *   materials  = Σ BOM lines  quantity × material factor (the supplier's value when given), less
 *                the saving of any low-carbon alternative the plan chose for a share of the line
 *   transport  = Σ BOM lines  shipped t × Σ legs km × mode factor (inbound only)
 *   site energy = share_p × [fuel CO2 + grid kWh × grid footprint factor + renewable kWh × its factor
 *                + purchased heat] ÷ quantity_p
 *   process    = share_p × process CO2 ÷ quantity_p
 * where share_p is the product's allocation share of the site (ISO 14044 §4.3.4: by mass, machine
 * hours, metered energy, or economic value), Σ share_p = 1, so the products' stage totals sum to the
 * site's. Electricity uses the life-cycle (footprint) factor, not the Scope 2 factor. Fuels are their
 * combustion CO2 only (their upstream was not found). Distribution, use and end of life are outside
 * a cradle-to-gate boundary.
 *
 * Also the CBAM embedded emissions of a product that is a CBAM good (direct: its share of the site's
 * direct emissions plus its precursors' direct; indirect: its share of grid electricity at the
 * location factor plus the precursors' indirect), for engine/finance/cbam.ts.
 */
import { ELECTRICITY_FOOTPRINT, BOM_UNITS, FREIGHT_KGCO2E_PER_TKM, MATERIALS } from '../data/reference/material-factors.ts';
import type { CarrierId } from '../data/reference/fuels.ts';
import { ALLOCATION_KEY, type AllocationRule, type BomLine, type Product, type ProductsInput } from '../data/schemas/product.ts';

export const FOOTPRINT_STAGES = ['materials', 'transport', 'site_energy', 'process'] as const;
export type FootprintStage = (typeof FOOTPRINT_STAGES)[number];

/** The site's emissions and energy in one year (baseline or plan). */
export interface SiteYear {
  readonly year: number;
  /** Fuel combustion CO2 on site (Scope 1 less process), net of any captured share, t. */
  readonly fuelTco2: number;
  /** Process CO2, net of any captured share, t. */
  readonly processTco2: number;
  /** Electricity bought from the grid, MWh (green power and certificates included). */
  readonly gridMwh: number;
  /** Of which covered by green power trading and certificates, MWh (≤ gridMwh). */
  readonly greenMwh: number;
  /** On-site renewable generation used on site, MWh. */
  readonly selfConsumedMwh: number;
  readonly purchasedHeatMwh: number;
  readonly heatTco2PerMwh: number;
  /** Location-based grid factor (for CBAM indirect emissions), t/MWh. */
  readonly gridLocationTco2PerMwh: number;
  /** Final energy by carrier on site, MWh (for BOM lines that follow a carrier). */
  readonly carrierMwh: Readonly<Partial<Record<CarrierId, number>>>;
}

export interface SiteFootprint {
  readonly energyTco2e: number;
  readonly processTco2e: number;
}

/** The site's footprint emissions: electricity at the footprint factors, fuels and heat as accounted. */
export function siteFootprint(site: SiteYear, basis: ProductsInput['electricityBasis']): SiteFootprint {
  const grid = ELECTRICITY_FOOTPRINT.gridKgco2ePerKwh.value;
  const green = ELECTRICITY_FOOTPRINT.renewableKgco2ePerKwh.value;
  const greenMwh = basis === 'market' ? Math.min(site.greenMwh, site.gridMwh) : 0;
  const electricity = (site.gridMwh - greenMwh) * grid + (greenMwh + site.selfConsumedMwh) * green;
  return {
    energyTco2e: site.fuelTco2 + electricity + site.purchasedHeatMwh * site.heatTco2PerMwh,
    processTco2e: site.processTco2,
  };
}

/** Allocation shares of the site by the products' keys (year-independent: all quantities follow the same growth). */
export function allocationShares(items: readonly Product[], rule: AllocationRule): Record<string, number> {
  if (rule === 'metered') return Object.fromEntries(items.map((p) => [p.id, p.meteredShareFraction ?? 0]));
  const key = ALLOCATION_KEY[rule];
  const weight = (p: Product): number => (p[key] ?? 0) * p.baseQuantity;
  const total = items.reduce((s, p) => s + weight(p), 0);
  return Object.fromEntries(items.map((p) => [p.id, total > 0 ? weight(p) / total : 0]));
}

/** Quantity of a BOM line per product unit in its material's unit (kg, kWh, piece). */
export function lineBaseQuantity(line: BomLine): number {
  return line.quantity * (BOM_UNITS[line.unit]?.toBase ?? 1);
}

/** kgCO2e per material unit of a line's default material (supplier value when given). */
export function lineFactorKg(line: BomLine): number {
  return line.supplierFactor?.kgco2ePerUnit ?? MATERIALS[line.material]!.factor.value;
}

/** Scale of each BOM line's quantity in a year (index → factor; 1 when absent). */
export type LineScales = Readonly<Record<number, number>>;

/** kgCO2e of one BOM line's material per unit of product, before any alternative. */
export function lineMaterialKg(line: BomLine): number {
  return lineBaseQuantity(line) * lineFactorKg(line);
}

/** kgCO2e of one BOM line's inbound transport per unit of product. */
export function lineTransportKg(line: BomLine): number {
  const q = lineBaseQuantity(line);
  const shippedT = (BOM_UNITS[line.unit]?.dimension === 'kg' ? q : q * (line.shippingKgPerUnit ?? 0)) / 1000;
  return line.transport.reduce((s, leg) => s + shippedT * leg.km * FREIGHT_KGCO2E_PER_TKM[leg.mode].value, 0);
}

/** kgCO2e saved per unit of product when alternative `j` of a line supplies all of it. */
export function alternativeSavingKg(line: BomLine, j: number): number {
  return lineBaseQuantity(line) * (lineFactorKg(line) - MATERIALS[line.alternatives[j]!.material]!.factor.value);
}

/** Shares of the lines' alternatives chosen in a year, by `alternativeKey`. */
export type AlternativeShares = Readonly<Record<string, number>>;
export const alternativeKey = (productId: string, line: number, alt: number): string => `${productId}_${line}_${alt}`;

/** kgCO2e of the materials stage per unit of product (lines scaled, chosen alternatives applied). */
export function materialsKg(product: Product, scales: LineScales = {}, chosen: AlternativeShares = {}): number {
  return product.bom.reduce((sum, line, i) => {
    const saved = line.alternatives.reduce((s, _a, j) => s + (chosen[alternativeKey(product.id, i, j)] ?? 0) * alternativeSavingKg(line, j), 0);
    return sum + lineMaterialKg(line) * (scales[i] ?? 1) - saved;
  }, 0);
}

/** kgCO2e of inbound transport per unit of product. */
export function transportKg(product: Product, scales: LineScales = {}): number {
  return product.bom.reduce((sum, line, i) => sum + lineTransportKg(line) * (scales[i] ?? 1), 0);
}

export interface ProductYearFootprint {
  readonly year: number;
  readonly quantity: number;
  /** kgCO2e per unit by stage. */
  readonly stagesKgco2e: Readonly<Record<FootprintStage, number>>;
  readonly totalKgco2ePerUnit: number;
  /** The product's whole-year total, tCO2e. */
  readonly totalTco2e: number;
}

/** One product's footprint in one year. `quantity` is the year's output of the product. */
export function productYearFootprint(
  product: Product, share: number, quantity: number, site: SiteFootprint, year: number, scales: LineScales = {}, chosen: AlternativeShares = {},
): ProductYearFootprint {
  const stagesKgco2e = {
    materials: materialsKg(product, scales, chosen),
    transport: transportKg(product, scales),
    site_energy: (share * site.energyTco2e * 1000) / quantity,
    process: (share * site.processTco2e * 1000) / quantity,
  };
  const total = stagesKgco2e.materials + stagesKgco2e.transport + stagesKgco2e.site_energy + stagesKgco2e.process;
  return { year, quantity, stagesKgco2e, totalKgco2ePerUnit: total, totalTco2e: (total * quantity) / 1000 };
}

/** Embedded emissions per tonne of a product as CBAM counts them (actual values; cbam.ts applies Art. 7(1)). */
export interface CbamEmbedded {
  readonly directTco2PerT: number;
  readonly indirectTco2PerT: number;
  /** Of the direct: the precursors' part. */
  readonly precursorDirectTco2PerT: number;
}

export function cbamEmbedded(product: Product, share: number, quantity: number, site: SiteYear, scales: LineScales = {}): CbamEmbedded {
  const tonnesPerUnit = product.unit === 't' ? 1 : (product.massKgPerUnit ?? 0) / 1000;
  const tonnes = quantity * tonnesPerUnit;
  let precursorDirect = 0;
  let precursorIndirect = 0;
  for (const [i, line] of product.bom.entries()) {
    const pre = MATERIALS[line.material]?.cbamPrecursor;
    if (pre === undefined || BOM_UNITS[line.unit]?.dimension !== 'kg') continue;
    const tPerT = (lineBaseQuantity(line) * (scales[i] ?? 1)) / 1000 / tonnesPerUnit;
    precursorDirect += tPerT * pre.directTco2PerT.value;
    precursorIndirect += tPerT * pre.indirectTco2PerT.value;
  }
  return {
    directTco2PerT: (share * (site.fuelTco2 + site.processTco2)) / tonnes + precursorDirect,
    indirectTco2PerT: (share * site.gridMwh * site.gridLocationTco2PerMwh) / tonnes + precursorIndirect,
    precursorDirectTco2PerT: precursorDirect,
  };
}
