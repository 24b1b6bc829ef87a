/** Finance every factory of an optimised scenario (pure: the plan is already solved). */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { ScenarioPlan } from '../optimise/types.ts';
import { defaultFutures, financeFactory, type FinanceFutures } from './finance-factory.ts';
import type { ScenarioFinance } from './types.ts';


/** `futures`: the futures the loans are tested under (default: sampled from the uncertainty block with its seed). */
export function financeScenario(scenario: Scenario, plan: ScenarioPlan, futures: FinanceFutures = defaultFutures(scenario)): ScenarioFinance {
  const factories = plan.factories.map((fp) => {
    const factory = scenario.factories.find((f) => f.id === fp.factoryId);
    if (factory === undefined) throw new Error(`financeScenario: plan for unknown factory ${fp.factoryId}`);
    return financeFactory(scenario, factory, fp, futures);
  });
  return { scenarioId: scenario.id, planStatus: plan.status, factories };
}
