/** The JSON shape of a tracking run, shared by `lingtan track --json` and `POST /v1/track`. */
import type { FactoryPlan } from '../optimise/types.ts';
import { emissionsOf } from './actual-inventory.ts';
import type { TrackResult } from './track.ts';

function planSummary(p: FactoryPlan) {
  return {
    status: p.status,
    message: p.message,
    objectiveRmb: p.objectiveRmb,
    carbonShadowPriceRmbPerTco2: p.carbonShadowPriceRmbPerTco2,
    plan: p.plan,
    emissions: p.emissions.map((e) => ({ year: e.year, scope1Tco2: e.scope1Tco2, scope2Tco2: e.scope2Tco2, offsetsTco2: e.offsetsTco2, netTco2: e.netTco2, capTco2: e.capTco2 })),
    capex: p.capex,
    diagnosis: p.diagnosis,
  };
}

export function trackJson(t: TrackResult) {
  return {
    scenario: t.scenarioId,
    factory: t.factoryId,
    status: t.status,
    message: t.message,
    scope2Method: t.scope2Method,
    trackedYears: t.trackedYears,
    actual: t.actual.map((a) => ({
      year: a.year,
      output: a.output,
      gridImportMwh: a.gridImportMwh,
      gridExportMwh: a.gridExportMwh,
      onsiteGenerationMwh: a.onsiteGenerationMwh,
      selfConsumedMwh: a.selfConsumedMwh,
      electricityUseMwh: a.electricityUseMwh,
      fuelByCarrierMwh: a.fuelByCarrierMwh,
      greenPowerMwh: a.greenPowerMwh,
      certificatesMwh: a.certificatesMwh,
      ...emissionsOf(a),
      offsetsByProductTco2: a.offsetsByProductTco2,
      grossBeforeGreenByMonthTco2: a.grossBeforeGreenByMonthTco2,
      lines: a.lines,
    })),
    gaps: t.gaps,
    planVsActual: t.planVsActual,
    original: planSummary(t.original),
    replan:
      t.replan === null
        ? null
        : {
            fromYear: t.replan.fromYear,
            fixedColumns: t.replan.history.fixedColumns,
            buildChanges: t.replan.buildChanges,
            originalRemainingCostRmb: t.replan.originalRemainingCostRmb,
            replanRemainingCostRmb: t.replan.replanRemainingCostRmb,
            reasons: t.replan.reasons,
            ...planSummary(t.replan.plan),
          },
    kpi: t.kpi,
    verifier: t.verifier,
    warnings: t.warnings,
  };
}
export type TrackJson = ReturnType<typeof trackJson>;
