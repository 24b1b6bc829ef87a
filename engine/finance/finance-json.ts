/** The JSON shape of a scenario's finance result, shared by `lingtan finance --json` and the HTTP API. */
import type { ScenarioFinance } from './finance-scenario.ts';

export function financeJson(result: ScenarioFinance) {
  return {
    scenario: result.scenarioId,
    planStatus: result.planStatus,
    factories: result.factories.map((f) => ({
      id: f.factoryId,
      name: f.name,
      planStatus: f.planStatus,
      status: f.status,
      reason: f.reason,
      cashFlows: f.cashFlows,
      cbam: f.cbam,
      metrics: f.metrics,
      kpi: f.kpi,
      pricing: f.pricing,
      loan: f.loan,
      kpiMissedStress: f.kpiMissedStress,
      assumptions: f.assumptions,
    })),
  };
}
