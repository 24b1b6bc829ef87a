/**
 * The JSON of a scenario's finance result: the contract of `lingtan finance --json`, the HTTP API and
 * the browser (which imports `FinanceJson` from here: this module reaches only plain types).
 */
import type { ScenarioFinance } from './types.ts';

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

/** The finance JSON of a scenario. */
export type FinanceJson = ReturnType<typeof financeJson>;
