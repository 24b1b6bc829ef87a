/** Finance results: a plan's cash flows against its baseline, its metrics, and the loan it supports. */
import type { AmortisationProfile } from '../data/schemas/finance.ts';
import type { PlanStatus } from '../optimise/types.ts';
import type { CbamTonneResult } from './cbam.ts';
import type { IrrResult } from './irr.ts';

/**
 * One year of a plan's cash flows against the factory's baseline (no new measures), RMB in that
 * year's money, pre-tax. Positive = better for the factory than the baseline.
 */
export interface CashFlowYear {
  readonly year: number;
  /** True beyond the optimisation horizon, where the last horizon year's operating flows are held flat. */
  readonly extended: boolean;
  /** Cash capex spent this year (an outflow). */
  readonly capexRmb: number;
  /** Fixed O&M of the measures in service (an outflow). */
  readonly fixedOmRmb: number;
  /** Variable cost of carbon capture, transport and storage (an outflow). */
  readonly captureCostRmb: number;
  /** Change of non-energy running costs of new process routes (scrap against ore, electrodes; an outflow when positive). */
  readonly processInputsRmb: number;
  /** Baseline energy cost (baseline final energy × prices) less the plan's fuel, heat and grid purchases. */
  readonly energySavingsRmb: number;
  /** Revenue from on-site generation exported to the grid. */
  readonly exportRevenueRmb: number;
  /** Green-power trading premiums and green certificates (an outflow). */
  readonly greenPurchasesRmb: number;
  /** Offsets bought (an outflow). */
  readonly offsetPurchasesRmb: number;
  /** National ETS cost avoided: allowance price × (baseline − plan) Scope 1, covered sectors only. */
  readonly carbonCostAvoidedRmb: number;
  /** EU CBAM cost avoided on the exported share (baseline − plan). */
  readonly cbamCostAvoidedRmb: number;
  readonly awardsRmb: number;
  /** Cash flow available for debt service: every flow above except capex. */
  readonly operatingCashFlowRmb: number;
  /** Operating cash flow − capex. */
  readonly netCashFlowRmb: number;
  /** Baseline gross emissions − plan net emissions (after offsets), tCO2. */
  readonly abatedTco2: number;
  /** Plan net emissions (after offsets), tCO2. */
  readonly netTco2: number;
}

export interface PlanMetrics {
  readonly discountRateFraction: number;
  /** Year the NPV is discounted to (the scenario's base year). */
  readonly npvYear: number;
  readonly npvRmb: number;
  readonly irr: IrrResult;
  /** Years after the start of the first analysis year (flows counted at each year's end); null = never. */
  readonly simplePaybackYears: number | null;
  readonly discountedPaybackYears: number | null;
  /** PV(net cost) / PV(tCO2 abated), RMB/tCO2; null when nothing is abated. */
  readonly levelisedAbatementCostRmbPerTco2: number | null;
  readonly totalCapexRmb: number;
  readonly totalAbatedTco2: number;
}

export interface LoanRow {
  readonly year: number;
  readonly phase: 'grace' | 'repayment';
  readonly rateFraction: number;
  readonly drawdownRmb: number;
  readonly interestRmb: number;
  /** Negative when unpaid interest is capitalised (sculpted, a year without cash to pay it). */
  readonly principalRmb: number;
  readonly debtServiceRmb: number;
  /** Closing balance. */
  readonly balanceRmb: number;
  readonly cfadsRmb: number;
  /** CFADS / debt service; null in a year without debt service. */
  readonly dscr: number | null;
}

export type LoanSizedBy = 'loan_to_cost' | 'dscr';

export type LoanResult =
  | {
      readonly status: 'sized';
      readonly debtRmb: number;
      readonly sizedBy: LoanSizedBy;
      readonly amortisation: AmortisationProfile;
      readonly firstYear: number;
      readonly finalYear: number;
      /** Loan-to-cost cap on the capex drawn within the loan's life. */
      readonly loanToCostCapRmb: number;
      /** The largest debt whose DSCR meets the target in every repayment year. */
      readonly dscrCapRmb: number;
      readonly equityRmb: number;
      readonly schedule: readonly LoanRow[];
      /** Over repayment years with debt service. */
      readonly minDscr: number | null;
      readonly averageDscr: number | null;
      /** Sculpted only: the DSCR the repayments are sculpted to (≥ the target when the LTC cap binds). */
      readonly sculptedDscr: number | null;
      readonly warnings: readonly string[];
    }
  | {
      readonly status: 'no_debt';
      readonly reason: string;
      readonly loanToCostCapRmb: number;
      readonly dscrCapRmb: number;
      readonly equityRmb: number;
      readonly warnings: readonly string[];
    };

export interface CbamYear {
  readonly year: number;
  readonly goodId: string;
  /** The declared product the figures are for, or null for the plant average. */
  readonly productId: string | null;
  readonly exportedT: number;
  readonly certificatePriceRmbPerTco2: number;
  readonly baseline: CbamTonneResult;
  readonly plan: CbamTonneResult;
  readonly baselineCostRmb: number;
  readonly planCostRmb: number;
}

export interface KpiMissedStress {
  /** The rate every year if the KPI is missed every year. */
  readonly rateFraction: number;
  readonly minDscr: number | null;
}

export interface FactoryFinance {
  readonly factoryId: string;
  readonly name: string;
  readonly planStatus: PlanStatus;
  /** financed: a loan is sized; no_debt: no supportable debt (see reason); no_plan: the optimiser found no plan. */
  readonly status: 'financed' | 'no_debt' | 'no_plan';
  readonly reason: string | null;
  readonly cashFlows: readonly CashFlowYear[];
  /** EU CBAM cost of the exported good per year, baseline and plan (empty: no CBAM good exported). */
  readonly cbam: readonly CbamYear[];
  readonly metrics: PlanMetrics | null;
  readonly kpi: readonly KpiYear[];
  readonly pricing: LoanPricing | null;
  readonly loan: LoanResult | null;
  readonly kpiMissedStress: KpiMissedStress | null;
  /** The rules applied, in words (for the credit memo). */
  readonly assumptions: readonly string[];
}

export interface ScenarioFinance {
  readonly scenarioId: string;
  readonly planStatus: PlanStatus;
  readonly factories: readonly FactoryFinance[];
}

export interface KpiYear {
  readonly year: number;
  readonly kpiNetTco2: number | null;
  readonly netTco2: number;
  /** null: no KPI this year. */
  readonly met: boolean | null;
}

export interface LoanPricing {
  readonly lprBasis: '1y' | '5y';
  readonly lprFraction: number;
  readonly lprSource: string;
  readonly spreadBps: number;
  readonly greenDiscountBps: number;
  /** LPR + spread − green discount, before the carbon-linked step. */
  readonly baseRateFraction: number;
  readonly stepDownBps: number;
  readonly stepUpBps: number;
  /** Rate per loan year as planned (KPI met or missed as the plan's emissions say). */
  readonly rateByYear: readonly { readonly year: number; readonly rateFraction: number; readonly kpiMet: boolean | null }[];
  /** The rate in a year the KPI is missed. */
  readonly rateIfKpiMissedFraction: number;
  readonly cerf: CerfFunding | null;
}

export interface CerfFunding {
  readonly coverageFraction: number;
  readonly relendingRateFraction: number;
  readonly relendingRateSource: string;
  readonly bankOwnFundingRateFraction: number;
  /** coverage × relending rate + (1 − coverage) × the bank's own funding rate. */
  readonly blendedFundingRateFraction: number;
}
