/**
 * The JSON of an optimised scenario: the one result contract of `lingtan optimise --json`, the HTTP
 * API, the run store and the browser (which imports `OptimiseJson` from here: this module reaches
 * only plain types, see test/architecture).
 */
import type { ScenarioPlan } from './types.ts';

export function optimiseJson(result: ScenarioPlan) {
  return {
    scenario: result.scenarioId,
    status: result.status,
    objectiveRmb: result.objectiveRmb,
    factories: result.factories.map((f) => ({
      id: f.factoryId,
      status: f.status,
      message: f.message,
      objectiveRmb: f.objectiveRmb,
      targetYear: f.targetYear,
      netTargetTco2: f.netTargetTco2,
      baseGrossTco2: f.baseGrossTco2,
      plan: f.plan,
      emissions: f.emissions.map((e) => ({
        year: e.year,
        scope1Tco2: e.scope1Tco2,
        scope2Tco2: e.scope2Tco2,
        offsetsTco2: e.offsetsTco2,
        netTco2: e.netTco2,
        capTco2: e.capTco2,
        offsetsByProductTco2: e.offsetsByProductTco2,
      })),
      costs: f.costs,
      capex: f.capex,
      energy: f.energy,
      carbonShadowPriceRmbPerTco2: f.carbonShadowPriceRmbPerTco2,
      carbonShadowPriceBasis: f.carbonShadowPriceBasis,
      marginalCosts: f.marginalCosts,
      residual: f.residual,
      macCurve: f.macCurve,
      macBaselineTco2: f.macBaselineTco2,
      diagnosis: f.diagnosis,
      solver: f.solver,
      hourly: f.hourly ?? null,
    })),
    solver: {
      backend: result.factories[0]?.solver.backend,
      seconds: result.factories.reduce((s, f) => s + f.solver.solveSeconds + f.solver.buildSeconds, 0),
    },
  };
}

/** The plan JSON of a scenario. */
export type OptimiseJson = ReturnType<typeof optimiseJson>;
/** The plan JSON of one factory. */
export type FactoryJson = OptimiseJson['factories'][number];
