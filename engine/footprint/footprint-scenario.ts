/**
 * Product footprints of every factory of a scenario that declares products, with the method notes a
 * reader of the figures needs (boundary, electricity basis, allocation, the battery regulation's status).
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import { ELECTRICITY_FOOTPRINT } from '../data/reference/material-factors.ts';
import type { ScenarioPlan } from '../optimise/types.ts';
import { factoryFootprint, type FactoryFootprint } from './footprint-factory.ts';

export interface ScenarioFootprint {
  readonly scenarioId: string;
  readonly factories: readonly FactoryFootprint[];
  readonly notes: readonly string[];
}

export const FOOTPRINT_NOTES: readonly string[] = [
  'Cradle-to-gate, kgCO2e per declared unit (GB/T 24067-2024 / ISO 14067): purchased materials and components, inbound transport, site energy and process; distribution, use and end of life are outside the boundary.',
  `Electricity at the MEE/NBS/NEA footprint factor ${ELECTRICITY_FOOTPRINT.gridKgco2ePerKwh.value} kgCO2e/kWh (${ELECTRICITY_FOOTPRINT.gridKgco2ePerKwh.year}, national, held flat); on-site PV and (market basis) green power and certificates at ${ELECTRICITY_FOOTPRINT.renewableKgco2ePerKwh.value}. Fuels: combustion CO2 only (upstream not found).`,
  'Site energy and process emissions are shared among products by the declared allocation key; the products\' totals sum to the site\'s.',
  'Material factors carry their source, year and uncertainty in engine/data/reference/material-factors.ts; many are assumptions until China\'s product factor database (2027) is published.',
  'EU Battery Regulation (EU) 2023/1542 Art. 7: the footprint is given per kWh of capacity by the Annex II stages in the boundary (raw material acquisition and pre-processing; main product production). The performance classes and the maximum threshold are not yet published (the methodology delegated act was still in draft in July 2026), so no class is assigned.',
];

export function footprintScenario(scenario: Scenario, plan: ScenarioPlan | null): ScenarioFootprint {
  const factories = scenario.factories.flatMap((f) => {
    const fp = factoryFootprint(scenario, f, plan?.factories.find((p) => p.factoryId === f.id) ?? null);
    return fp === null ? [] : [fp];
  });
  return { scenarioId: scenario.id, factories, notes: FOOTPRINT_NOTES };
}
