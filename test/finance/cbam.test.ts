/**
 * The CBAM arithmetic against the regulation's worked figures (sources/cbam-and-footprints.md §1.4–1.10):
 * counted emissions by good family, the CBAM factor phase-out, benchmarks by route, default values with
 * their mark-up, no negative surrender, and the deduction of a carbon price paid in China.
 */
import { describe, expect, it } from 'vitest';
import { CBAM_GOODS, cbamFactor } from '../../engine/data/reference/cbam-rules.ts';
import { cbamPerTonne, type CbamTonneInput } from '../../engine/finance/cbam.ts';

const HR = CBAM_GOODS['hot_rolled_flat_7208']!;
const CEMENT = CBAM_GOODS['cement_2523']!;
const AMMONIA = CBAM_GOODS['ammonia_2814']!;
const P = 75.36 * 7.8; // Q1 2026 certificate price in RMB

const base: CbamTonneInput = {
  year: 2026, good: HR, dataBasis: 'actual', directTco2PerT: 1.6, indirectTco2PerT: 0.3, routeShares: { bf_bof: 1 },
  certificatePriceRmbPerTco2: P, chinaCarbonPaidRmbPerTco2: 0, cscf: 1,
};

describe('CBAM per tonne', () => {
  it('reproduces the worked example: CN 7208 from China on default values in 2026 ≈ 2.17 certificates/t', () => {
    const r = cbamPerTonne({ ...base, dataBasis: 'default' });
    // 3.19 × 1.10 (2026 mark-up) − 0.975 × 1.370 = 3.509 − 1.33575 = 2.17325
    expect(r.countedTco2PerT).toBeCloseTo(3.509, 9);
    expect(r.certificatesPerT).toBeCloseTo(2.17325, 9);
    expect(r.costRmbPerT / 7.8).toBeCloseTo(2.17325 * 75.36, 6); // ≈ €164/t
  });

  it('counts direct emissions only for steel, direct and indirect for cement', () => {
    expect(cbamPerTonne(base).countedTco2PerT).toBe(1.6);
    expect(cbamPerTonne({ ...base, good: CEMENT, routeShares: { clinker_based: 1 } }).countedTco2PerT).toBeCloseTo(1.9, 12);
  });

  it('follows the CBAM factor: free allocation 97.5 % of the benchmark in 2026, 51.5 % in 2030, none from 2034', () => {
    expect(cbamPerTonne(base).freeAllocationTco2PerT).toBeCloseTo(0.975 * 1.37, 12);
    expect(cbamPerTonne({ ...base, year: 2030 }).certificatesPerT).toBeCloseTo(1.6 - 0.515 * 1.37, 12);
    expect(cbamPerTonne({ ...base, year: 2035 }).certificatesPerT).toBeCloseTo(1.6, 12);
    expect(cbamFactor(2025)).toBe(1);
    expect(cbamPerTonne({ ...base, year: 2025 }).costRmbPerT).toBe(0);
  });

  it('weights the benchmark by production route and never surrenders below zero', () => {
    const mix = cbamPerTonne({ ...base, year: 2030, routeShares: { bf_bof: 0.5, scrap_eaf: 0.5 } });
    expect(mix.benchmarkTco2PerT).toBeCloseTo(0.5 * 1.37 + 0.5 * 0.072, 12);
    expect(cbamPerTonne({ ...base, directTco2PerT: 0.5 }).certificatesPerT).toBe(0);
  });

  it('deducts a carbon price paid in China on actual values only, never below zero', () => {
    const paid = cbamPerTonne({ ...base, year: 2030, chinaCarbonPaidRmbPerTco2: 10 });
    const gross = (1.6 - 0.515 * 1.37) * P;
    expect(paid.deductionRmbPerT).toBeCloseTo(16, 9);
    expect(paid.costRmbPerT).toBeCloseTo(gross - 16, 9);
    expect(cbamPerTonne({ ...base, dataBasis: 'default', chinaCarbonPaidRmbPerTco2: 10 }).deductionRmbPerT).toBe(0);
    expect(cbamPerTonne({ ...base, year: 2030, chinaCarbonPaidRmbPerTco2: 1e6 }).costRmbPerT).toBe(0);
  });

  it('applies the later mark-ups (+20 % 2027, +30 % from 2028) and falls back to actual values where China has no default', () => {
    expect(cbamPerTonne({ ...base, year: 2027, dataBasis: 'default' }).countedTco2PerT).toBeCloseTo(3.19 * 1.2, 12);
    expect(cbamPerTonne({ ...base, year: 2031, dataBasis: 'default' }).countedTco2PerT).toBeCloseTo(3.19 * 1.3, 12);
    const nh3 = cbamPerTonne({ ...base, good: AMMONIA, dataBasis: 'default', routeShares: { default: 1 } });
    expect(nh3.dataBasis).toBe('actual');
    expect(nh3.countedTco2PerT).toBeCloseTo(1.9, 12);
  });
});
