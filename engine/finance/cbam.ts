/**
 * EU CBAM cost of a factory's EU exports in one year (Regulation (EU) 2023/956): embedded emissions
 * of the exported share × (EU ETS price − carbon price effectively paid in China) × the chargeable
 * share × the share the factory bears. Embedded emissions = the factory's Scope 1 (+ Scope 2) ×
 * the EU export share of output (its intensity × exported output), gross of offsets (CBAM does not
 * recognise offsets). The carbon price paid in China is the national ETS price net of free
 * allocation, on Scope 1 of covered sectors; 0 otherwise and on Scope 2 (Art. 9: deduction of the
 * carbon price paid in the country of origin). Charged on exports from the start of the definitive
 * period (2026; the certificates are surrendered the following year: counted in the export year here).
 */
import type { CbamEmissionBasis } from '../data/schemas/finance.ts';
import { CBAM } from '../data/reference/finance-rates.ts';

export interface CbamYearInput {
  readonly year: number;
  readonly scope1Tco2: number;
  readonly scope2Tco2: number;
  readonly euExportShareFraction: number;
  readonly euEtsRmbPerTco2: number;
  /** Carbon price effectively paid in China per tCO2 of Scope 1. */
  readonly chinaCarbonPaidRmbPerTco2: number;
  readonly chargeableShareFraction: number;
  readonly borneByFactoryFraction: number;
  readonly basis: CbamEmissionBasis;
}

/** CBAM cost borne by the factory in `year`, RMB. */
export function cbamCostRmb(i: CbamYearInput): number {
  if (i.year < CBAM.definitivePeriodFromYear.value || i.euExportShareFraction <= 0) return 0;
  const direct = i.scope1Tco2 * Math.max(0, i.euEtsRmbPerTco2 - i.chinaCarbonPaidRmbPerTco2);
  const indirect = i.basis === 'scope1_and_2' ? i.scope2Tco2 * i.euEtsRmbPerTco2 : 0;
  return i.euExportShareFraction * (direct + indirect) * i.chargeableShareFraction * i.borneByFactoryFraction;
}
