/**
 * The formulation on representative days: the annual unit list with its annual electricity units
 * replaced by hourly ones. grid_supply becomes hourly_grid (the year's purchase is the sum of the
 * hours, so green purchases, emissions and the results read it as before); onsite_generation,
 * grid_connection and electricity_balance give way, after carbon capture (whose electricity the load
 * needs), to the load classes, battery dispatch, hourly exports and self-consumption, the PV export
 * rules (the annual unit, moved after the exports it limits), the hourly balance, the connection in
 * every slice and the basic charge.
 */
import type { FormulationUnit } from '../context.ts';
import type { FactoryData } from '../factory-data.ts';
import { FORMULATION_UNITS } from '../units.ts';
import { demandChargeUnit } from './units/demand-charge.ts';
import { electricLoadUnit } from './units/electric-load.ts';
import { pvExportRulesUnit } from '../units/pv-export-rules.ts';
import { hourlyBalanceUnit } from './units/hourly-balance.ts';
import { hourlyConnectionUnit } from './units/hourly-connection.ts';
import { hourlyGenerationUnit } from './units/hourly-generation.ts';
import { hourlyGridUnit } from './units/hourly-grid.ts';
import { storageDispatchUnit } from './units/storage-dispatch.ts';

export const HOURLY_UNITS: readonly FormulationUnit[] = [
  hourlyGridUnit,
  electricLoadUnit,
  storageDispatchUnit,
  hourlyGenerationUnit,
  hourlyBalanceUnit,
  hourlyConnectionUnit,
  demandChargeUnit,
];

const REPLACED: Readonly<Record<string, readonly FormulationUnit[]>> = {
  grid_supply: [hourlyGridUnit],
  onsite_generation: [],
  pv_export_rules: [],
  grid_connection: [],
  electricity_balance: [electricLoadUnit, storageDispatchUnit, hourlyGenerationUnit, pvExportRulesUnit, hourlyBalanceUnit, hourlyConnectionUnit, demandChargeUnit],
};

/** The units to walk for a factory: the annual list, or on representative days the hourly variant. */
export function formulationUnitsFor(data: FactoryData): readonly FormulationUnit[] {
  return data.hourly === null ? FORMULATION_UNITS : FORMULATION_UNITS.flatMap((u) => REPLACED[u.name] ?? [u]);
}
