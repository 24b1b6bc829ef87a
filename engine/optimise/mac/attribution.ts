/**
 * Which measure avoids which tonne in one year of a solved pathway: an exact split of
 * baseline gross emissions − the solution's gross emissions into one share per measure.
 *
 * Gross = Σ fuel CO2 + purchased heat + process − process change − capture + e × grid, where
 * grid = electricity use − self-consumed generation and e = g × (grid − green − certificates)/grid
 * is the factor the site's purchased power carries in this plan (g: the grid factor of the policy's
 * Scope 2 method; e = g location-based). Against the baseline (no measure, grid power at g) every
 * term has an owner:
 * - green power and certificates own (g − e) × the baseline's grid power: what they clean;
 * - incumbent energy an end-use no longer uses (× its carrier's factor, grid power at e) goes to the
 *   measures acting on that end-use, in proportion to the useful energy each supplies or saves there
 *   (efficiency: saving × treated; electrification: useful output; process change: its end-use saving);
 * - electricity that electrification, process change and capture add costs them e per MWh (power
 *   covered by certificates adds nothing: a heat pump on certified power removes all the gas CO2);
 * - process change owns its process-CO2 cut, CCUS what it captures;
 * - self-consumed generation (× e) goes to generators by output, the part above the share of load a
 *   site can self-consume without storage to storage.
 * Sum: (g − e)·B + e·(B − incumbent power) − e·added + e·self = g·B − e·grid, exactly the change of
 * Scope 2 (B: baseline grid power), so the shares add up to baseline − gross.
 * What is left (≈ 0; e.g. useful demand over-supplied) is returned as `unattributedTco2`.
 */
import type { BuiltModel } from '../../formulation/build-model.ts';
import { key } from '../../formulation/context.ts';
import type { FactoryData } from '../../formulation/factory-data.ts';
import { ofKind, type MeasureOf } from '../../formulation/measure-kinds.ts';
import type { CarrierId } from '../../data/reference/fuels.ts';
import { grossTco2 } from '../gross-price.ts';

export interface Attribution {
  /** tCO2 avoided against the baseline, by measure id (negative: the measure adds emissions). */
  readonly byMeasure: ReadonlyMap<string, number>;
  readonly unattributedTco2: number;
  readonly grossTco2: number;
}

export function gridFactor(data: FactoryData, y: number): number {
  const f = data.factors[y]!;
  return data.scope2Method === 'market' ? f.gridMarketResidualTco2PerMwh : f.gridLocationTco2PerMwh;
}

/** tCO2 per MWh of final energy of a carrier, counted where gross emissions count it (power at `electricity`). */
function carrierFactor(data: FactoryData, c: CarrierId, y: number, electricity = gridFactor(data, y)): number {
  if (c === 'electricity') return electricity;
  if (c === 'purchased_heat') return data.factors[y]!.purchasedHeatTco2PerMwh;
  return data.factors[y]!.fuelTco2PerMwh[c];
}

/** Baseline gross emissions in year y (every incumbent at its baseline use), tCO2. */
export function baselineGrossTco2(data: FactoryData, y: number): number {
  return data.demand.reduce((s, c) => s + carrierFactor(data, c.carrier, y) * c.baseMwh * data.growth[y]!, data.processTco2[y]!);
}

export function attribute(built: BuiltModel, x: Float64Array, y: number): Attribution {
  const { data, v } = built.ctx;
  const val = (col: number | undefined) => (col === undefined ? 0 : x[col]!);
  const g = gridFactor(data, y);
  const grid = val(v.grid.get(y));
  const covered = data.scope2Method === 'market' ? val(v.greenPower.get(y)) + val(v.certificates.get(y)) : 0;
  const e = grid > 1e-9 ? (g * Math.max(0, grid - covered)) / grid : g;
  const out = new Map<string, number>();
  const add = (id: string, t: number) => out.set(id, (out.get(id) ?? 0) + t);

  const usefulPerOutput = (u: string) => data.usefulMwh[u]![data.baseYear]! / data.factory.output.baseQuantity;
  for (const u of data.endUses) {
    let avoided = 0;
    for (const cell of data.demand.filter((d) => d.endUse === u)) {
      avoided += carrierFactor(data, cell.carrier, y, e) * (cell.baseMwh * data.growth[y]! - val(v.incumbent.get(key(u, cell.carrier, y))));
    }
    const shares: Array<[string, number]> = [];
    for (const m of ofKind(data.measures, 'efficiency')) shares.push([m.id, m.effect.savingFraction * val(v.treated.get(key(m.id, u, y)))]);
    for (const m of ofKind(data.measures, 'electrification')) shares.push([m.id, val(v.electric.get(key(m.id, u, y)))]);
    for (const m of ofKind(data.measures, 'process_change')) {
      const share = m.effect.endUseSavingFraction[u] ?? 0;
      if (share > 0) shares.push([m.id, share * usefulPerOutput(u) * val(v.converted.get(key(m.id, y)))]);
    }
    const total = shares.reduce((s, [, w]) => s + Math.max(0, w), 0);
    if (total > 1e-9) for (const [id, w] of shares) if (w > 0) add(id, (avoided * w) / total);
  }

  const perOutput = data.processTco2[data.baseYear]! / data.factory.output.baseQuantity;
  for (const m of ofKind(data.measures, 'electrification')) {
    const mwh = m.effect.endUses.reduce((s, u) => s + val(v.electric.get(key(m.id, u, y))), 0) / m.effect.usefulPerElectricity;
    if (mwh !== 0) add(m.id, -e * mwh);
  }
  for (const m of ofKind(data.measures, 'process_change')) {
    const converted = val(v.converted.get(key(m.id, y)));
    if (converted !== 0) add(m.id, converted * (m.effect.processCo2ReductionFraction * perOutput - e * m.effect.addedElectricityMwhPerUnit));
  }
  for (const m of ofKind(data.measures, 'carbon_removal')) {
    const captured = val(v.captured.get(key(m.id, y)));
    if (captured !== 0) add(m.id, captured * (1 - e * m.effect.electricityMwhPerTco2));
  }

  const self = val(v.selfConsumed.get(y));
  if (self > 0) {
    const storage = ofKind(data.measures, 'storage').map((m) => [m.id, m.effect.shiftMwhPerKwhYear * val(v.stock.get(key(m.id, y)))] as const);
    const shift = storage.reduce((s, [, w]) => s + w, 0);
    const withoutStorage = data.selfConsumptionShare * (grid + self);
    const byStorage = Math.min(shift, Math.max(0, self - withoutStorage));
    for (const [id, w] of storage) if (w > 0) add(id, (e * byStorage * w) / shift);
    const gen = ofKind(data.measures, 'onsite_generation').map((m) => [m.id, data.yieldMwhPerKw[m.id]! * val(v.stock.get(key(m.id, y)))] as const);
    const output = gen.reduce((s, [, w]) => s + w, 0);
    if (output > 0) for (const [id, w] of gen) if (w > 0) add(id, (e * (self - byStorage) * w) / output);
  }

  if (covered > 0) {
    const baselineGrid = data.demand.reduce((sum, c) => sum + (c.carrier === 'electricity' ? c.baseMwh * data.growth[y]! : 0), 0);
    const cleaned = (g - e) * baselineGrid;
    // One column per instrument (the first product listed for it, as in the green_purchases unit).
    const owners = new Map<string, MeasureOf<'green_purchase'>>();
    for (const m of ofKind(data.measures, 'green_purchase')) if (!owners.has(m.effect.instrument)) owners.set(m.effect.instrument, m);
    for (const m of owners.values()) {
      const mwh = val(m.effect.instrument === 'green_power_trading' ? v.greenPower.get(y) : v.certificates.get(y));
      if (mwh > 0) add(m.id, (cleaned * mwh) / covered);
    }
  }

  const gross = grossTco2(built, x, y);
  const attributed = [...out.values()].reduce((s, t) => s + t, 0);
  return { byMeasure: out, unattributedTco2: baselineGrossTco2(data, y) - gross - attributed, grossTco2: gross };
}
