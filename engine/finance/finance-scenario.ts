/** Finance every factory of an optimised scenario (pure: the plan is already solved). */
import type { Scenario } from '../data/load-scenario.ts';
import type { ScenarioPlan } from '../optimise/optimise-scenario.ts';
import type { PlanStatus } from '../optimise/types.ts';
import { financeFactory, type FactoryFinance } from './finance-factory.ts';

export interface ScenarioFinance {
  readonly scenarioId: string;
  readonly planStatus: PlanStatus;
  readonly factories: readonly FactoryFinance[];
}

export function financeScenario(scenario: Scenario, plan: ScenarioPlan): ScenarioFinance {
  const factories = plan.factories.map((fp) => {
    const factory = scenario.factories.find((f) => f.id === fp.factoryId);
    if (factory === undefined) throw new Error(`financeScenario: plan for unknown factory ${fp.factoryId}`);
    return financeFactory(scenario, factory, fp);
  });
  return { scenarioId: scenario.id, planStatus: plan.status, factories };
}
