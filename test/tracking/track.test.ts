/**
 * Plan vs actual, the rolling re-plan and the loan KPI on the hand-computable factory of
 * test/tracking/fixture.ts. The plan builds 500 kWp of PV in 2026; the actuals of 2026 show it was
 * not built (commissioned a year late), so 500 MWh more came from the grid.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LPR_5Y } from '../../engine/data/reference/finance-rates.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { loadActuals } from '../../engine/tracking/load-actuals.ts';
import { trackFactory, type TrackResult } from '../../engine/tracking/track.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { actualsFile, GAS_TCO2_PER_10K_NM3, monthlyCsv, trackScenario } from './fixture.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const GAS_T = 50 * GAS_TCO2_PER_10K_NM3; // 1,081.0944 t
function track(csv: string, file: object = actualsFile(), scenario: Scenario = trackScenario()): TrackResult {
  const a = loadActuals(scenario, { actuals: file, actualsName: 'actuals.yaml', readingsCsv: csv, readingsName: 'readings.csv' });
  if (!a.ok) throw new Error(JSON.stringify(a.error));
  return trackFactory(scenario, a.value, backend, scenario.solver);
}

describe('PV built a year late', () => {
  let t: TrackResult;
  beforeAll(() => {
    t = track(monthlyCsv());
  });

  it('the original plan builds 500 kWp in 2026', () => {
    expect(t.original.status).toBe('optimal');
    expect(t.original.plan.find((r) => r.measureId === 'pv' && r.year === 2026)?.buildUnits).toBeCloseTo(500, 6);
    expect(t.original.emissions[0]!.netTco2).toBeCloseTo(1500 * 0.5 + GAS_T, 6);
  });

  it('2026 misses the plan by 250 t, all of it in the on-site generation wedge', () => {
    const v = t.planVsActual!.emissions[0]!;
    expect(v.actualNetTco2 - v.planNetTco2).toBeCloseTo(250, 6); // 500 MWh × 0.5
    expect(v.wedgesTco2.onsite_generation).toBeCloseTo(250, 6);
    expect(v.wedgesTco2.volume).toBeCloseTo(0, 6);
    expect(v.wedgesTco2.energy_use).toBeCloseTo(0, 6);
    expect(v.unexplainedTco2).toBeCloseTo(0, 6);
    expect(v.capTco2).toBeNull(); // target_year_only: no 2026 cap
    const pv = t.planVsActual!.builds.find((b) => b.measureId === 'pv' && b.year === 2026)!;
    expect(pv).toMatchObject({ plannedUnits: expect.closeTo(500, 6), builtUnits: 0, actualStockUnits: 0, status: 'behind' });
    // energy bill: 500 MWh more at 600 RMB/MWh
    const bill = t.planVsActual!.quantities.find((q) => q.quantity === 'energy_bill')!;
    expect(bill.actual - bill.plan).toBeCloseTo(300_000, 3);
  });

  it('re-plans 2027 from the actual state: the 500 kWp are built in 2027', () => {
    const r = t.replan!;
    expect(r.fromYear).toBe(2027);
    expect(r.plan.status).toBe('optimal');
    expect(r.history.fixedColumns['build[pv,2026]']).toBe(0);
    expect(r.buildChanges).toEqual([
      { measureId: 'pv', year: 2027, originalUnits: 0, replanUnits: expect.closeTo(500, 6), originalCapexRmb: 0, replanCapexRmb: expect.closeTo(500_000, 3) },
    ]);
    // 2027 costs the same in both (grid 1,500 MWh, gas, one PV annuity of 500 × 40 RMB); the sunk 2026
    // costs 500 MWh × 600 more and saves one annuity: +300,000 − 20,000.
    expect(r.replanRemainingCostRmb!).toBeCloseTo(r.originalRemainingCostRmb!, 3);
    expect(r.plan.objectiveRmb! - t.original.objectiveRmb!).toBeCloseTo(280_000, 3);
    expect(r.plan.emissions.find((e) => e.year === 2027)!.netTco2).toBeCloseTo(1500 * 0.5 + GAS_T, 6);
    expect(r.reasons).toEqual(['pv: the plan built 500 kWp by the end of 2026, 0 kWp were commissioned (behind plan by 500)']);
  });
});

describe('a year exactly as planned', () => {
  it('has no variance in any wedge and re-plans to the original plan', () => {
    // PV 500 kWp from 1 January: 500 MWh generated, all used; grid 1,500 MWh; gas as planned.
    const t = track(monthlyCsv({ gridScale: 1500 / 2000, pvKwhPerMonth: 500_000 / 12 }), actualsFile({
      installed: [{ measureId: 'pv', sizeUnits: 500, commissioned: '2026-01-01' }],
    }));
    const v = t.planVsActual!.emissions[0]!;
    for (const [wedge, tco2] of Object.entries(v.wedgesTco2)) expect(Math.abs(tco2), wedge).toBeLessThan(1e-6);
    expect(v.actualNetTco2).toBeCloseTo(v.planNetTco2, 6);
    expect(t.replan!.buildChanges).toEqual([]);
    expect(t.replan!.reasons).toEqual([]);
    expect(t.replan!.plan.objectiveRmb!).toBeCloseTo(t.original.objectiveRmb!, 3);
  });
});

describe('variance wedges', () => {
  it('10 % more output with the PV on time: all in the volume wedge', () => {
    // output 110 (k = 1.1); meters: grid 1,700 MWh + PV 500 MWh = 2,200 MWh used (1.1 × 2,000), gas 55 × 10^4 Nm3
    const t = track(monthlyCsv({ gridScale: 1700 / 2000, gasScale: 1.1, pvKwhPerMonth: 500_000 / 12 }), actualsFile({
      output: [{ year: 2026, quantity: 110 }],
      installed: [{ measureId: 'pv', sizeUnits: 500, commissioned: '2026-01-01', capexRmb: 480_000 }],
    }));
    const v = t.planVsActual!.emissions[0]!;
    // volume = 0.1 × (1,081.0944 + 2,000 × 0.5) = 208.10944; energy use = (55 − 1.1 × 50) × … + (2,200 − 2,200) × 0.5 = 0
    expect(v.wedgesTco2.volume).toBeCloseTo(0.1 * (GAS_T + 1000), 6);
    expect(v.wedgesTco2.energy_use).toBeCloseTo(0, 6);
    expect(v.wedgesTco2.onsite_generation).toBeCloseTo(0, 6);
    expect(v.actualNetTco2 - v.planNetTco2).toBeCloseTo(0.1 * (GAS_T + 1000), 6);
    const pv = t.planVsActual!.builds.find((b) => b.measureId === 'pv')!;
    expect(pv).toMatchObject({ status: 'on_plan', actualCapexRmb: 480_000, plannedCapexRmb: expect.closeTo(500_000, 3) });
    expect(t.replan!.buildChanges).toEqual([]);
  });

  it('green certificates, offsets and a published factor each get their wedge, and the wedges add up', () => {
    const t = track(monthlyCsv(), actualsFile({
      greenPurchases: [{ kind: 'certificate', year: 2026, mwh: 300, serial: 'GEC-1' }],
      offsetsRetired: [{ product: 'ccer', year: 2026, tco2: 40, registry: 'CCER registry', serial: 'CCER-123', retiredOn: '2027-03-01' }],
      factors: [{ year: 2026, gridMarketResidualTco2PerMwh: 0.6, source: 'MEE 2028 publication (test)' }],
    }), scenarioWithCcer());
    const v = t.planVsActual!.emissions[0]!;
    expect(v.wedgesTco2.green_purchases).toBeCloseTo(-300 * 0.5, 6);
    expect(v.wedgesTco2.offsets).toBeCloseTo(-40, 6);
    expect(v.wedgesTco2.factor).toBeCloseTo((2000 - 300) * (0.6 - 0.5), 6);
    expect(v.wedgesTco2.onsite_generation).toBeCloseTo(250, 6);
    // actual: (2,000 − 300) × 0.6 + gas − 40
    expect(v.actualNetTco2).toBeCloseTo(1700 * 0.6 + GAS_T - 40, 6);
    expect(v.unexplainedTco2).toBeCloseTo(0, 6);
    expect(t.kpi[0]!.dataQuality.grade).toBe('A');
    expect(t.verifier.years[0]!.factors.gridMarketResidual).toMatchObject({ valueTco2PerMwh: 0.6, basis: 'actuals', source: 'MEE 2028 publication (test)' });
    expect(t.verifier.years[0]!.inputs.offsetsRetired[0]!.serial).toBe('CCER-123');
  });
});

describe('loan KPI', () => {
  const actualNet = 2000 * 0.5 + GAS_T; // PV late: 2,081.0944 t
  const base = LPR_5Y.value - 20e-4; // tenor 8 > 5 years: 5-year LPR, less the 20 bps green discount
  const withKpi = (kpi: number) => trackScenario({ loan: { carbonLinked: { kpiNetTco2: { 2026: kpi, 2027: 1900 } } } });

  it('triggers the step-down exactly at its threshold', () => {
    const k = track(monthlyCsv(), actualsFile(), withKpi(actualNet)).kpi[0]!;
    expect(k.thresholdTco2).toBe(actualNet);
    expect(k.met).toBe(true);
    expect(k.marginStepBps).toBe(-10);
    expect(k.rateFraction).toBeCloseTo(base - 10e-4, 12);
  });

  it('and the step-up 1 kg above it', () => {
    const k = track(monthlyCsv(), actualsFile(), withKpi(actualNet - 0.001)).kpi[0]!;
    expect(k.met).toBe(false);
    expect(k.marginStepBps).toBe(10);
    expect(k.rateFraction).toBeCloseTo(base + 10e-4, 12);
    expect(k.intensityTco2PerUnit).toBeCloseTo(actualNet / 100, 9);
  });

  it('the verifier export re-computes the KPI from its own inputs and factors', () => {
    const t = track(monthlyCsv(), actualsFile());
    const y = t.verifier.years[0]!;
    const grid = y.inputs.meters.filter((m) => m.role === 'grid_import').reduce((s, m) => s + m.mwh, 0);
    const fuel = y.inputs.meters.filter((m) => m.role === 'fuel').reduce((s, m) => s + m.mwh * y.factors.fuels.find((f) => f.carrier === m.carrier)!.valueTco2PerMwh, 0);
    expect(grid * y.factors.gridMarketResidual.valueTco2PerMwh + fuel).toBeCloseTo(y.results.netTco2, 6);
    expect(y.factors.fuels[0]!.source).toMatch(/NDRC/);
  });
});

/** The fixture with CCER allowed in every year (the plan buys none: its cap does not bind). */
function scenarioWithCcer(): Scenario {
  const s = trackScenario();
  return { ...s, policy: { ...s.policy, allowedOffsetProducts: ['ccer'], offsetYears: 'all' } };
}
