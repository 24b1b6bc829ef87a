/**
 * Advanced energy values (先进值 / 标杆) by sector, for the packs' energy-intensity criteria, where
 * a sourced figure exists. kgce per unit of output at the calorific equivalent (当量值,
 * GB/T 2589-2020: 1 MWh = 3.6 GJ = 0.1228 tce). Only sectors with a sourced figure are listed:
 * the GB energy-consumption-limit values for the other sectors were not found
 * (reference-data.md: sector intensities NOT FOUND); a factory declares its own in
 * `factory.certification.energyAdvancedValue`.
 */
import type { Factory } from '../schemas/scenario.ts';
import type { SectorId } from '../sectors.ts';
import { GJ_PER_MWH, STANDARD_COAL_NCV_GJ_PER_TCE } from './fuels.ts';
import { derived, type Sourced } from './sourced.ts';
import { DATA_CENTRE_PUE } from './technology.ts';

/** tce per MWh of final energy at the calorific equivalent. */
export const TCE_PER_MWH = GJ_PER_MWH / STANDARD_COAL_NCV_GJ_PER_TCE.value;

export interface AdvancedValue {
  /** The output unit the value is per (must equal the factory's `output.unit`). */
  readonly outputUnit: string;
  readonly kgcePerUnit: Sourced;
}

export const ADVANCED_ENERGY_VALUES: Readonly<Partial<Record<SectorId, AdvancedValue>>> = {
  data_centre: {
    outputUnit: 'MWh IT energy',
    kgcePerUnit: derived(
      DATA_CENTRE_PUE.newLargeTarget.value * TCE_PER_MWH * 1000,
      'kgce/MWh IT energy',
      2025,
      DATA_CENTRE_PUE.newLargeTarget.source,
      `PUE ≤ ${DATA_CENTRE_PUE.newLargeTarget.value} for new large and hyperscale data centres (datacentre_PUE_targets, high) × ` +
        `${(TCE_PER_MWH * 1000).toFixed(2)} kgce/MWh: all site energy per MWh of IT energy. A national action-plan target, used as the sector's advanced level.`,
      'datacentre_PUE_targets',
    ),
  },
};

/** The advanced energy value in force: the factory's declaration, else a sourced sector value for the same output unit. */
export function advancedValue(factory: Pick<Factory, 'certification' | 'sector' | 'output'>): { kgcePerUnit: number; source: string } | null {
  const declared = factory.certification.energyAdvancedValue;
  if (declared !== undefined) return declared;
  const ref = ADVANCED_ENERGY_VALUES[factory.sector];
  if (ref === undefined || ref.outputUnit !== factory.output.unit) return null;
  return { kgcePerUnit: ref.kgcePerUnit.value, source: `${ref.kgcePerUnit.source} (${ref.kgcePerUnit.note ?? ''})` };
}

