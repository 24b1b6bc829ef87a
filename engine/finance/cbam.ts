/**
 * EU CBAM cost per tonne of a good exported to the EU in one year (Reg. (EU) 2023/956 as amended; the
 * rules are data in reference/cbam-rules.ts):
 *   counted   = direct (+ indirect for cement and fertilisers) embedded emissions per tonne, actual values,
 *               or the China default × (1 + mark-up) for a default-value declaration;
 *   FAA       = CBAM factor(year) × CSCF × benchmark (actual: by the output's production routes;
 *               default: the highest benchmark of the good);
 *   certs     = max(0, counted − FAA) per tonne (no negative surrender);
 *   deduction = carbon price effectively paid in China on the direct emissions (actual values only);
 *   cost      = max(0, certs × certificate price − deduction).
 * Pure: the caller supplies the embedded emissions (plant averages here; product footprints may replace them).
 */
import {
  CBAM_DEFINITIVE_FROM_YEAR, COUNTED_EMISSIONS, cbamFactor, defaultMarkupFraction, type CbamGood,
} from '../data/reference/cbam-rules.ts';

export type CbamDataBasis = 'actual' | 'default';

export interface CbamTonneInput {
  readonly year: number;
  readonly good: CbamGood;
  readonly dataBasis: CbamDataBasis;
  /** Actual direct (Scope 1 and process) emissions per tonne of good, tCO2. */
  readonly directTco2PerT: number;
  /** Actual indirect (electricity) emissions per tonne of good, tCO2. */
  readonly indirectTco2PerT: number;
  /** Share of the good made on each benchmark route (actual values), summing to 1. */
  readonly routeShares: Readonly<Record<string, number>>;
  readonly certificatePriceRmbPerTco2: number;
  /** Carbon price effectively paid in China per tCO2 of direct emissions (net of free allocation). */
  readonly chinaCarbonPaidRmbPerTco2: number;
  readonly cscf: number;
}

export interface CbamTonneResult {
  /** Embedded emissions counted, tCO2e per t of good. */
  readonly countedTco2PerT: number;
  readonly benchmarkTco2PerT: number;
  readonly cbamFactor: number;
  /** Free-allocation adjustment, tCO2e per t. */
  readonly freeAllocationTco2PerT: number;
  readonly certificatesPerT: number;
  readonly deductionRmbPerT: number;
  readonly costRmbPerT: number;
  /** The basis used (a default declaration without a China default falls back to actual values). */
  readonly dataBasis: CbamDataBasis;
}

const ZERO = { countedTco2PerT: 0, benchmarkTco2PerT: 0, cbamFactor: 1, freeAllocationTco2PerT: 0, certificatesPerT: 0, deductionRmbPerT: 0, costRmbPerT: 0 };

export function cbamPerTonne(i: CbamTonneInput): CbamTonneResult {
  if (i.year < CBAM_DEFINITIVE_FROM_YEAR.value) return { ...ZERO, dataBasis: i.dataBasis };
  const withIndirect = COUNTED_EMISSIONS[i.good.family] === 'direct_and_indirect';
  const defaults = i.good.chinaDefaultDirectTco2PerT;
  const basis: CbamDataBasis = i.dataBasis === 'default' && defaults !== null ? 'default' : 'actual';
  const benchmarks = i.good.benchmarkTco2PerT;
  let counted: number;
  let benchmark: number;
  if (basis === 'default') {
    const indirect = withIndirect ? (i.good.chinaDefaultIndirectTco2PerT?.value ?? 0) : 0;
    counted = (defaults!.value + indirect) * (1 + defaultMarkupFraction(i.good.family, i.year));
    benchmark = Math.max(...Object.values(benchmarks).map((b) => b.value));
  } else {
    counted = i.directTco2PerT + (withIndirect ? i.indirectTco2PerT : 0);
    benchmark = Object.entries(i.routeShares).reduce((s, [route, share]) => s + share * (benchmarks[route]?.value ?? 0), 0);
  }
  const factor = cbamFactor(i.year);
  const faa = factor * i.cscf * benchmark;
  const certs = Math.max(0, counted - faa);
  const gross = certs * i.certificatePriceRmbPerTco2;
  const deduction = basis === 'actual' ? Math.min(gross, Math.max(0, i.chinaCarbonPaidRmbPerTco2) * i.directTco2PerT) : 0;
  return {
    countedTco2PerT: counted,
    benchmarkTco2PerT: benchmark,
    cbamFactor: factor,
    freeAllocationTco2PerT: faa,
    certificatesPerT: certs,
    deductionRmbPerT: deduction,
    costRmbPerT: Math.max(0, gross - deduction),
    dataBasis: basis,
  };
}
