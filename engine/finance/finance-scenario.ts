/** Finance every factory of an optimised scenario (pure: the plan is already solved). */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { ScenarioPlan } from '../optimise/types.ts';
import { financeFactory } from './finance-factory.ts';
import type { ScenarioFinance } from './types.ts';


export function financeScenario(scenario: Scenario, plan: ScenarioPlan): ScenarioFinance {
  const factories = plan.factories.map((fp) => {
    const factory = scenario.factories.find((f) => f.id === fp.factoryId);
    if (factory === undefined) throw new Error(`financeScenario: plan for unknown factory ${fp.factoryId}`);
    return financeFactory(scenario, factory, fp);
  });
  return { scenarioId: scenario.id, planStatus: plan.status, factories };
}
