/**
 * Baseline inventory of every factory in a scenario, base year and each horizon year: the
 * `lingtan inventory` report and the reference point every plan is measured against.
 */
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import { baselineActivity } from './baseline.ts';
import { accountYear, type YearInventory } from './inventory.ts';
import { resolveYearFactors } from './resolve-factors.ts';

export interface FactoryInventory {
  readonly id: string;
  readonly name: string;
  readonly sector: Factory['sector'];
  readonly province: Factory['province'];
  readonly outputUnit: string;
  readonly years: readonly (YearInventory & { readonly output: number; readonly gridNote: string })[];
}

/** Total process CO2 of a factory in the base year, tCO2. */
export function baseProcessTco2(factory: Factory): number {
  return factory.inventory.process.reduce((s, p) => s + p.activity * p.factorTco2PerUnit, 0);
}

export function factoryBaseline(scenario: Scenario, factory: Factory): FactoryInventory {
  const activities = baselineActivity(
    {
      baseYear: scenario.baseYear,
      energy: factory.inventory.energy,
      processTco2: baseProcessTco2(factory),
      baseOutput: factory.output.baseQuantity,
      growthRate: factory.output.growthRate,
    },
    scenario.years,
  );
  return {
    id: factory.id,
    name: factory.name,
    sector: factory.sector,
    province: factory.province,
    outputUnit: factory.output.unit,
    years: activities.map((a) => {
      const { factors, gridNote } = resolveYearFactors(factory, scenario.assumptions, a.year);
      return { ...accountYear(a, factors), output: a.output ?? 0, gridNote };
    }),
  };
}

export function scenarioBaseline(scenario: Scenario): FactoryInventory[] {
  return scenario.factories.map((f) => factoryBaseline(scenario, f));
}
