/**
 * Optimise every factory of a scenario. Factories are independent unless a scenario couples them,
 * so each is its own model (one 50-factory model is far slower than 50 small ones).
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { optimiseFactory, type OptimiseOptions } from './optimise-factory.ts';
import type { PlanStatus, ScenarioPlan } from './types.ts';

const SEVERITY: Readonly<Record<PlanStatus, number>> = { optimal: 0, feasible: 1, infeasible: 3, unbounded: 3, error: 4 };

export function optimiseScenario(scenario: Scenario, backend: SolverBackend, options: OptimiseOptions = {}): ScenarioPlan {
  const factories = scenario.factories.map((f) => optimiseFactory(scenario, f, backend, options));
  const status = factories.reduce<PlanStatus>((worst, f) => (SEVERITY[f.status] > SEVERITY[worst] ? f.status : worst), 'optimal');
  const objectives = factories.map((f) => f.objectiveRmb);
  return {
    scenarioId: scenario.id,
    status,
    objectiveRmb: objectives.every((o): o is number => o !== null) ? objectives.reduce((a, b) => a + b, 0) : null,
    factories,
  };
}
