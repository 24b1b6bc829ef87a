/**
 * Both one-sided marginal costs of the target-year cap on a plant solved by hand.
 *
 * The plant (one year, 2026, r = 0): 1,000 MWh of grid power at 500 RMB/MWh, grid factor
 * 0.55 tCO2/MWh (both methods, market-based accounting), S tCO2 of unavoidable process CO2.
 * Rooftop PV: 670 m² of roof at 6.7 m²/kW = 100 kW × 1 MWh/kW = 100 MWh, capex 1,000 RMB/kW over
 * 20 years = 50 RMB/yr per kW, i.e. 50 RMB/MWh against 500 RMB/MWh of grid power: always built,
 * always at its roof limit (self-consumption limit 35 % × 1,000 MWh does not bind).
 * Green certificates: 5 RMB/MWh, each clears 0.55 t, i.e. 5/0.55 = 9.0909 RMB/tCO2. CCER: 70 RMB/t.
 * Stage 1 (ceiling 585 RMB/t ≥ 9.09): certificates for all 900 MWh of remaining grid power, so the
 * offset-eligible residual R = S (the process CO2).
 *
 * Case "near-zero" (S = 100 t, cap = S): plan = PV + 900 MWh of certificates, gross = S, no offsets.
 * - relax by 1 t: gross may be S + 1 (gross ≤ max(R, cap + 1)), so 1/0.55 MWh fewer certificates:
 *   saves 5/0.55 = 9.0909 RMB/t;
 * - tighten by 1 t: gross cannot fall below S (process CO2, every MWh already certified), so one
 *   CCER: costs 70 RMB/t.
 * The LP dual can be anything in [9.09, 70]: the one number reported is the relax saving and says so.
 *
 * Case "net zero" (S = 0, cap = 0): gross = 0, so relaxing still saves 9.0909 RMB/t, and tightening
 * is impossible: offsets never make net emissions negative. The result says so, with no number.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { solveTiny } from '../helpers/tiny.ts';

function plant(processTco2: number, capTco2: number, pvUnitKw?: number): Scenario {
  const r = loadScenarioData(
    {
      id: 'hand_case',
      name: 'Hand case',
      horizon: { startYear: 2026, endYear: 2026 },
      // The hand case prices electricity once a year (no time-of-use bands, no basic charge).
      time: { resolution: 'annual' },
      factory: {
        id: 'plant',
        name: 'Plant',
        sector: 'machinery',
        province: 'jiangsu',
        output: { unit: 't', baseQuantity: 100 },
        site: { gridConnectionKva: 1000, roofAreaM2: 670 },
        inventory: {
          energy: [{ endUse: 'other_electric', carrier: 'electricity', energyMwh: 1000 }],
          process: processTco2 > 0 ? [{ id: 'process', activity: 100, activityUnit: 't', factorTco2PerUnit: processTco2 / 100, source: 'test' }] : [],
        },
      },
      assumptions: { discountRate: 0, gridFactor: { locationTco2PerMwh: 0.55, marketResidualTco2PerMwh: 0.55 }, prices: { carrierRmbPerMwh: { electricity: 500 } } },
      policy: { targetYear: 2026, netTargetTco2: capTco2, capPath: 'target_year_only', allowedOffsetProducts: ['test_ccer'], offsetYears: 'all', offsetShareCapFraction: 0.1 },
      measures: {
        include: [],
        custom: [
          {
            id: 'pv', nameEn: 'PV', nameZh: '光伏', category: 'renewable_supply', sectors: 'all', sizeUnit: 'kW', capexRmbPerUnit: 1000, lifetimeYears: 20,
            effect: { kind: 'onsite_generation', technology: 'pv', yieldMwhPerKwYear: 1, siteLimit: 'roof', areaM2PerKw: 6.7 }, source: 'test', confidence: 'assumption',
            ...(pvUnitKw === undefined ? {} : { unitSizeUnits: pvUnitKw }),
          },
          {
            id: 'certificates', nameEn: 'Certificates', nameZh: '绿证', category: 'green_purchase', sectors: 'all', sizeUnit: 'MWh', lifetimeYears: 1,
            effect: { kind: 'green_purchase', instrument: 'green_certificate', premiumRmbPerMwh: 5 }, source: 'test', confidence: 'assumption',
          },
        ],
      },
      offsets: { custom: [{ id: 'test_ccer', nameEn: 'CCER', nameZh: 'CCER', priceRmbPerTco2: 70, origin: 'domestic', source: 'test', confidence: 'assumption' }] },
    },
    'hand-case',
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('marginal costs of the target, both sides', () => {
  it('near-zero cap = unavoidable process CO2: relax saves 9.09 RMB/t (certificates), tighten costs 70 RMB/t (CCER)', async () => {
    const p = await solveTiny(plant(100, 100));
    expect(p.status).toBe('optimal');
    const e = p.emissions[0]!;
    expect(e.scope1Tco2 + e.scope2Tco2).toBeCloseTo(100, 6);
    expect(e.offsetsTco2).toBeCloseTo(0, 9);
    expect(p.energy[0]!.certificatesMwh).toBeCloseTo(900, 6);
    expect(p.residual.offsetEligibleResidualTco2?.[2026]).toBeCloseTo(100, 6);
    const m = p.marginalCosts!;
    expect(m.relaxRmbPerTco2).toBeCloseTo(5 / 0.55, 6);
    expect(m.tightenRmbPerTco2).toBeCloseTo(70, 6);
    expect(m.basis).toBe('parametric');
    expect(p.carbonShadowPriceBasis).toBe('relax_saving');
    expect(p.carbonShadowPriceRmbPerTco2).toBeCloseTo(9.0909, 3);
  });

  it('net zero with no residual: relax saves 9.09 RMB/t, tightening is impossible and says why', async () => {
    const p = await solveTiny(plant(0, 0));
    expect(p.status).toBe('optimal');
    expect(p.emissions[0]!.netTco2).toBeCloseTo(0, 6);
    const m = p.marginalCosts!;
    expect(m.relaxRmbPerTco2).toBeCloseTo(5 / 0.55, 6);
    expect(m.tightenRmbPerTco2).toBeNull();
    expect(m.tightenNote).toMatch(/cannot go below zero/);
  });

  it('a non-degenerate margin is reported as the dual, both sides equal', async () => {
    // Cap 300 t with S = 100: 200 t of grid power left = 363.6 MWh uncertified; one tonne either
    // way moves 1/0.55 MWh of certificates: 9.09 both sides, and the dual agrees.
    const p = await solveTiny(plant(100, 300));
    const m = p.marginalCosts!;
    expect(m.relaxRmbPerTco2).toBeCloseTo(5 / 0.55, 6);
    expect(m.tightenRmbPerTco2).toBeCloseTo(5 / 0.55, 6);
    expect(m.basis).toBe('dual');
    expect(p.carbonShadowPriceBasis).toBe('dual');
  });

  it('a MILP priced without its integer check reports the same relaxing saving, marked unchecked', async () => {
    const milp = plant(100, 100, 10);
    const checked = await solveTiny(milp);
    const unchecked = await solveTiny(milp, 'highs', { analysis: { macCurve: false, integerCheck: false } });
    expect(checked.solver.integers).toBeGreaterThan(0);
    expect(checked.marginalCosts!.integerCheck).toBe('confirmed');
    expect(unchecked.marginalCosts!.integerCheck).toBe('unchecked');
    expect(unchecked.marginalCosts!.relaxRmbPerTco2).toBeCloseTo(5 / 0.55, 6);
    expect(unchecked.carbonShadowPriceRmbPerTco2).toBeCloseTo(checked.carbonShadowPriceRmbPerTco2!, 9);
  });
});
