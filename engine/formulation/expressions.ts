/**
 * Linear expressions shared by several units (named, documented, built from the variable index):
 * direct fuel CO2, process CO2 removed by process change, electricity drawn by measures.
 */
import type { Term } from '../model/model-builder.ts';
import { key, type FormulationContext } from './context.ts';
import { ofKind } from './measure-kinds.ts';

/** Direct CO2 of incumbent fuel use in year y: Σ EF_c × supply_incumbent[u,c,y], tCO2. */
export function fuelCo2Terms(ctx: FormulationContext, y: number, scale = 1): Term[] {
  const terms: Term[] = [];
  for (const cell of ctx.data.demand) {
    const ef = ctx.data.factors[y]!.fuelTco2PerMwh[cell.carrier];
    const col = ctx.v.incumbent.get(key(cell.endUse, cell.carrier, y));
    if (ef > 0 && col !== undefined) terms.push([col, ef * scale]);
  }
  return terms;
}

/** Process CO2 per unit of output (base year; process CO2 scales with output). */
export function processTco2PerOutput(ctx: FormulationContext): number {
  const d = ctx.data;
  return d.processTco2[d.baseYear]! / d.factory.output.baseQuantity;
}

/** Process CO2 avoided by process change in year y: Σ r_m × (process per output) × converted[m,y], tCO2. */
export function processReductionTerms(ctx: FormulationContext, y: number, scale = 1): Term[] {
  const perOutput = processTco2PerOutput(ctx);
  const terms: Term[] = [];
  for (const m of ofKind(ctx.data.measures, 'process_change')) {
    const col = ctx.v.converted.get(key(m.id, y));
    const r = m.effect.processCo2ReductionFraction * perOutput;
    if (col !== undefined && r > 0) terms.push([col, r * scale]);
  }
  return terms;
}

/** Electricity drawn in year y by incumbent electric end-uses and by measures, MWh. */
export function electricityUseTerms(ctx: FormulationContext, y: number, scale = 1): Term[] {
  const { data, v } = ctx;
  const terms: Term[] = [];
  for (const cell of data.demand) {
    const col = v.incumbent.get(key(cell.endUse, cell.carrier, y));
    if (cell.carrier === 'electricity' && col !== undefined) terms.push([col, scale]);
  }
  for (const m of ofKind(data.measures, 'electrification')) {
    for (const u of m.effect.endUses) {
      const col = v.electric.get(key(m.id, u, y));
      if (col !== undefined) terms.push([col, scale / m.effect.usefulPerElectricity]);
    }
  }
  for (const m of ofKind(data.measures, 'process_change')) {
    const col = v.converted.get(key(m.id, y));
    if (col !== undefined && m.effect.addedElectricityMwhPerUnit > 0) terms.push([col, scale * m.effect.addedElectricityMwhPerUnit]);
  }
  for (const m of ofKind(data.measures, 'carbon_removal')) {
    const col = v.captured.get(key(m.id, y));
    if (col !== undefined && m.effect.electricityMwhPerTco2 > 0) terms.push([col, scale * m.effect.electricityMwhPerTco2]);
  }
  return terms;
}

/** Purchased heat in year y, MWh. */
export function purchasedHeatTerms(ctx: FormulationContext, y: number, scale = 1): Term[] {
  const terms: Term[] = [];
  for (const cell of ctx.data.demand) {
    const col = ctx.v.incumbent.get(key(cell.endUse, cell.carrier, y));
    if (cell.carrier === 'purchased_heat' && col !== undefined) terms.push([col, scale]);
  }
  return terms;
}
