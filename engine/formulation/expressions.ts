/**
 * Linear expressions shared by several units (named, documented, built from the variable index):
 * direct fuel CO2, process CO2 removed by process change, electricity drawn by measures.
 */
import type { EndUseId } from '../data/end-uses.ts';
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
  return electricityUseParts(ctx, y, scale).map((p) => [p.col, p.coef] as const);
}

/** One term of a year's electricity use, with the end-use it serves (null: carbon capture, which runs continuously). */
export interface ElectricityUsePart {
  readonly col: number;
  readonly coef: number;
  readonly endUse: EndUseId | null;
}

/** The terms of electricityUseTerms, each with its end-use (the hourly balance gives each its load shape). */
export function electricityUseParts(ctx: FormulationContext, y: number, scale = 1): ElectricityUsePart[] {
  const { data, v } = ctx;
  const parts: ElectricityUsePart[] = [];
  for (const cell of data.demand) {
    const col = v.incumbent.get(key(cell.endUse, cell.carrier, y));
    if (cell.carrier === 'electricity' && col !== undefined) parts.push({ col, coef: scale, endUse: cell.endUse });
  }
  for (const m of ofKind(data.measures, 'electrification')) {
    for (const u of m.effect.endUses) {
      const col = v.electric.get(key(m.id, u, y));
      if (col !== undefined) parts.push({ col, coef: scale / m.effect.usefulPerElectricity, endUse: u });
    }
  }
  for (const m of ofKind(data.measures, 'process_change')) {
    const col = v.converted.get(key(m.id, y));
    if (col !== undefined && m.effect.addedElectricityMwhPerUnit > 0) parts.push({ col, coef: scale * m.effect.addedElectricityMwhPerUnit, endUse: 'other_electric' });
  }
  for (const m of ofKind(data.measures, 'carbon_removal')) {
    const col = v.captured.get(key(m.id, y));
    if (col !== undefined && m.effect.electricityMwhPerTco2 > 0) parts.push({ col, coef: scale * m.effect.electricityMwhPerTco2, endUse: null });
  }
  return parts;
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
