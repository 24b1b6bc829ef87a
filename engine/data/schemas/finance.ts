/**
 * Finance inputs of a scenario (`finance:`): the analysis discount rate, the EU ETS path and CBAM
 * basis, local awards, and the green-loan terms a bank applies. Every field has a default; numbers
 * from outside come from the sourced reference data, our own assumptions are marked ASSUMPTION.
 * Money is nominal RMB; cash flows are pre-tax (tax is not modelled).
 */
import { z } from 'zod';
import { CERF_COVERAGE_FRACTION } from '../reference/finance-rates.ts';
import { EUR_TO_RMB, PRICES } from '../reference/prices.ts';
import { CBAM_GOODS, CBAM_PRICE_Q1_2026, CSCF_DEFAULT } from '../reference/cbam-rules.ts';
import type { YearSeries, YearValueSchema } from '../year-series.ts';

export const AMORTISATION_PROFILES = ['annuity', 'straight', 'sculpted'] as const;
export type AmortisationProfile = (typeof AMORTISATION_PROFILES)[number];

/** `auto`: the 5-year-plus LPR for tenors over 5 years, else the 1-year LPR (the LPR's two quoted tenors). */
export const LPR_BASES = ['auto', '1y', '5y'] as const;
export type LprBasis = (typeof LPR_BASES)[number];

export const CBAM_DATA_BASES = ['actual', 'default'] as const;

/** Finance defaults. Each is our own assumption unless a source is named. */
export const DEFAULT_FINANCE = {
  loan: {
    /** ASSUMPTION: debt at most 70 % of the capex it funds (30 % sponsor equity), a common bank ceiling for corporate energy-retrofit loans. */
    loanToCostFraction: 0.7,
    /** ASSUMPTION: minimum debt service cover ratio 1.3 on the plan's cash savings (project-loan practice is about 1.2–1.4 for verifiable savings). */
    minDscr: 1.3,
    /** ASSUMPTION: 8-year tenor from the first drawdown (typical fixed-asset loan for energy retrofits: 5–10 years). */
    tenorYears: 8,
    /** ASSUMPTION: one interest-only year while the measures are built. */
    graceYears: 1,
    /** ASSUMPTION: equal instalments (等额本息), the common retail and corporate default. */
    amortisation: 'annuity' as AmortisationProfile,
    lprBasis: 'auto' as LprBasis,
    /** ASSUMPTION: priced at LPR before the green discount (large manufacturers borrow at or below LPR). */
    spreadBps: 0,
    /** ASSUMPTION: 20 bps green-loan discount. */
    greenDiscountBps: 20,
    /** ASSUMPTION: carbon-linked ratchet of −10 bps in a year the emissions KPI is met, +10 bps when missed (the order of sustainability-linked loan ratchets). */
    kpiStepDownBps: 10,
    kpiStepUpBps: 10,
    /** ASSUMPTION: the plan's measures fall within the CERF scope as extended in Jan 2026 (energy-saving retrofits, green upgrades, low-carbon energy) and the lender is a participating bank. */
    cerfEligible: true,
    /**
     * ASSUMPTION: the bank's own marginal funding cost for the share CERF does not refinance, 1.8 %/yr
     * (about the 1-year LPR of 3.0 % less a net interest margin of roughly 1.2 pp).
     */
    bankFundingRateFraction: 0.018,
  },
  cbam: {
    /**
     * ASSUMPTION: the EU importer declares verified actual embedded emissions, which for these plants are far
     * below China's default values with their mark-up (reference/cbam-rules.ts), so actual values are cheaper.
     */
    dataBasis: 'actual' as (typeof CBAM_DATA_BASES)[number],
    /** ASSUMPTION: the exporter bears the whole CBAM cost (through its price to the EU importer). */
    borneByFactoryFraction: 1,
  },
  /** Local awards (RMB by year): none unless the scenario names one (no zero-carbon-factory award amount was verified). */
  awardsRmb: 0,
} as const;

/**
 * The CBAM certificate price path in EUR/tCO2: 75 EUR (2025 EU ETS average), the first published CBAM
 * price for Q1 2026 (75.36), then the reference's Dec-2030 forward trend (+2.53 %/yr to ≈85 in 2030).
 */
function euEtsEurExpression(): string {
  const spec = PRICES.eu_ets;
  const baseEur = spec.base.value / EUR_TO_RMB.value;
  const q1 = CBAM_PRICE_Q1_2026.value;
  return `year <= ${spec.baseYear} ? ${baseEur} : ${q1} * (1 + ${spec.growthRatePerYear.value}) ^ (year - ${spec.baseYear + 1})`;
}

const bps = z.number().finite().min(-1000).max(1000);
const within = (lo: number, hi: number) => (s: YearSeries) => Object.values(s).every((v) => v >= lo && v <= hi);

export function financeSchema(yv: YearValueSchema) {
  const d = DEFAULT_FINANCE;
  return z
    .object({
      /** Discount rate for NPV, discounted payback and levelised abatement cost; default: `assumptions.discountRate`. */
      discountRateFraction: z.number().min(0).max(0.5).optional(),
      /** Last year of the cash-flow analysis; default: the later of the horizon end and the loan's final year. */
      analysisEndYear: z.number().int().optional(),
      /** EU ETS allowance price (the CBAM certificate price basis), EUR/tCO2. Default: reference path. */
      euEtsEurPerTco2: yv.prefault(euEtsEurExpression()),
      /** RMB per EUR. Default: the reference FX assumption. */
      eurToRmb: z.number().positive().default(EUR_TO_RMB.value),
      cbam: z
        .object({
          /** The CBAM good exported (reference/cbam-rules.ts CBAM_GOODS); default: the sector's. */
          good: z.enum(Object.keys(CBAM_GOODS) as [string, ...string[]]).optional(),
          /** Actual (verified) embedded emissions, or China's default values with the mark-up. */
          dataBasis: z.enum(CBAM_DATA_BASES).default(d.cbam.dataBasis),
          /** EU ETS cross-sectoral correction factor in the free-allocation adjustment. */
          crossSectoralCorrectionFraction: z.number().min(0).max(1).default(CSCF_DEFAULT.value),
          borneByFactoryFraction: z.number().min(0).max(1).default(d.cbam.borneByFactoryFraction),
        })
        .strict()
        .prefault({}),
      /** Awards and subsidies received, RMB by year (0 beyond the horizon). */
      awardsRmb: yv.refine(within(0, Number.POSITIVE_INFINITY), 'must be ≥ 0').prefault(d.awardsRmb),
      loan: z
        .object({
          loanToCostFraction: z.number().min(0).max(1).default(d.loan.loanToCostFraction),
          minDscr: z.number().min(1).max(10).default(d.loan.minDscr),
          tenorYears: z.number().int().min(1).max(30).default(d.loan.tenorYears),
          graceYears: z.number().int().min(0).max(10).default(d.loan.graceYears),
          amortisation: z.enum(AMORTISATION_PROFILES).default(d.loan.amortisation),
          lprBasis: z.enum(LPR_BASES).default(d.loan.lprBasis),
          /** Margin over the LPR (negative = below LPR). */
          spreadBps: bps.default(d.loan.spreadBps),
          greenDiscountBps: bps.min(0).default(d.loan.greenDiscountBps),
          carbonLinked: z
            .object({
              stepDownBps: bps.min(0).default(d.loan.kpiStepDownBps),
              stepUpBps: bps.min(0).default(d.loan.kpiStepUpBps),
              /** Yearly KPI on net emissions, tCO2; default: the plan's cap path (no KPI in a year without a cap). */
              kpiNetTco2: yv.optional(),
            })
            .strict()
            .prefault({}),
          cerf: z
            .object({
              eligible: z.boolean().default(d.loan.cerfEligible),
              /** Share of principal the PBoC refinances; default: the reference (60 %). */
              coverageFraction: z.number().min(0).max(1).default(CERF_COVERAGE_FRACTION.value),
              /** Relending rate; default: the reference rate in force in the first drawdown year. */
              relendingRateFraction: z.number().min(0).max(0.2).optional(),
              bankFundingRateFraction: z.number().min(0).max(0.2).default(d.loan.bankFundingRateFraction),
            })
            .strict()
            .prefault({}),
        })
        .strict()
        .refine((l) => l.graceYears < l.tenorYears, { message: 'graceYears must be less than tenorYears', path: ['graceYears'] })
        .prefault({}),
    })
    .strict();
}

export type FinanceInput = z.output<ReturnType<typeof financeSchema>>;
export type LoanTermsInput = FinanceInput['loan'];
