/** The `finance:` section: defaults from the reference data and assumptions, and validation. */
import { describe, expect, it } from 'vitest';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import { DEFAULT_FINANCE } from '../../engine/data/schemas/finance.ts';
import { CERF_COVERAGE_FRACTION } from '../../engine/data/reference/finance-rates.ts';
import { EUR_TO_RMB } from '../../engine/data/reference/prices.ts';
import { tinyFinanceScenario } from './tiny-finance.ts';

describe('finance schema', () => {
  it('defaults every field', () => {
    const f = tinyFinanceScenario().finance;
    expect(f.loan.loanToCostFraction).toBe(DEFAULT_FINANCE.loan.loanToCostFraction);
    expect(f.loan.minDscr).toBe(1.3);
    expect(f.loan.cerf.coverageFraction).toBe(CERF_COVERAGE_FRACTION.value);
    expect(f.eurToRmb).toBe(EUR_TO_RMB.value);
    expect(f.euEtsEurPerTco2[2025]).toBeCloseTo(75, 9); // 2025 EU ETS average (reference)
    expect(f.euEtsEurPerTco2[2026]).toBeCloseTo(75.36, 9); // first published CBAM certificate price, Q1 2026
    expect(f.euEtsEurPerTco2[2027]).toBeCloseTo(75.36 * (85 / 75) ** (1 / 5), 6); // then on the trend to the Dec-2030 forward (reference)
    expect(f.cbam.dataBasis).toBe('actual');
    expect(f.cbam.crossSectoralCorrectionFraction).toBe(1);
    expect(f.awardsRmb[2026]).toBe(0);
    expect(f.discountRateFraction).toBeUndefined();
  });

  it('rejects a grace period as long as the tenor, and a DSCR target below 1, naming the field', () => {
    const bad = (loan: Record<string, unknown>) => {
      const s = tinyFinanceScenario();
      const r = loadScenarioData({ id: s.id, name: s.name, factory: { ...s.factories[0], inventory: { energy: [{ endUse: 'other_electric', carrier: 'electricity', energyMwh: 1 }] } }, finance: { loan } }, 'bad');
      return r.ok ? [] : (r.error.issues ?? []).map((i) => i.path);
    };
    expect(bad({ tenorYears: 3, graceYears: 3 })).toContain('finance.loan.graceYears');
    expect(bad({ minDscr: 0.9 })).toContain('finance.loan.minDscr');
    expect(bad({ amortisation: 'balloon' })).toContain('finance.loan.amortisation');
  });
});
