/**
 * Corporate income tax on a plan's cash flows against the baseline, year by year (CIT Law, reference/
 * tax-rules.ts). Conventions (stated in the finance assumptions):
 *  - the plan is taxed as a stand-alone project on its incremental income: taxable income =
 *    operating cash flow − tax depreciation, before interest (the interest tax shield is left out,
 *    which is conservative and keeps CFADS independent of the debt being sized);
 *  - depreciation is straight-line, no residual value, from the build year, over the longer of the
 *    measure's catalogue lifetime and the statutory minimum (Regs Art. 60);
 *  - a year's loss is carried forward to the next `lossCarryForwardYears` years, oldest first
 *    (Art. 18), and is not set against the factory's other profit;
 *  - the special-equipment credit (Art. 34; Regs Art. 100) is the credit fraction of the year's
 *    qualifying capex, set against that year's tax and carried forward 5 years, oldest first.
 */
import type { Measure, Scenario } from '../data/schemas/scenario.ts';
import {
  CIT_HIGH_TECH_RATE,
  CIT_STANDARD_RATE,
  LOSS_CARRY_FORWARD_YEARS,
  LOSS_CARRY_FORWARD_YEARS_HIGH_TECH,
  MIN_DEPRECIATION_YEARS_EQUIPMENT,
  SPECIAL_EQUIPMENT_CREDIT_CARRY_YEARS,
  SPECIAL_EQUIPMENT_CREDIT_FRACTION,
  SPECIAL_EQUIPMENT_MEASURES,
} from '../data/reference/tax-rules.ts';

/** One build's cash capex. */
export interface Investment {
  readonly year: number;
  readonly measureId: string;
  readonly capexRmb: number;
}

export interface TaxTerms {
  readonly rateFraction: number;
  readonly lossCarryForwardYears: number;
  /** 0 when the equipment credit is off. */
  readonly creditFraction: number;
  readonly creditCarryForwardYears: number;
  readonly creditEligible: ReadonlySet<string>;
  /** Tax depreciation years of each measure id. */
  readonly depreciationYears: Readonly<Record<string, number>>;
}

/** One year of the tax computation. */
export interface TaxYear {
  readonly year: number;
  readonly depreciationRmb: number;
  /** Operating cash flow − depreciation (negative: a tax loss). */
  readonly taxableBeforeLossesRmb: number;
  readonly lossUsedRmb: number;
  readonly taxBeforeCreditRmb: number;
  readonly creditEarnedRmb: number;
  readonly creditUsedRmb: number;
  /** Tax paid: before credit − credit used. */
  readonly incomeTaxRmb: number;
  /** Unused losses and credits carried into the next year (unexpired). */
  readonly lossCarriedRmb: number;
  readonly creditCarriedRmb: number;
}

/** The scenario's tax terms, or null when tax is off (`finance.tax.enabled: false`). */
export function taxTerms(scenario: Scenario): TaxTerms | null {
  const tax = scenario.finance.tax;
  if (!tax.enabled) return null;
  const highTech = tax.highTechEnterprise;
  const eligible = tax.equipmentCredit.eligibleMeasures ?? SPECIAL_EQUIPMENT_MEASURES;
  return {
    rateFraction: tax.citRateFraction ?? (highTech ? CIT_HIGH_TECH_RATE.value : CIT_STANDARD_RATE.value),
    lossCarryForwardYears: tax.lossCarryForwardYears ?? (highTech ? LOSS_CARRY_FORWARD_YEARS_HIGH_TECH.value : LOSS_CARRY_FORWARD_YEARS.value),
    creditFraction: tax.equipmentCredit.enabled ? SPECIAL_EQUIPMENT_CREDIT_FRACTION.value : 0,
    creditCarryForwardYears: SPECIAL_EQUIPMENT_CREDIT_CARRY_YEARS.value,
    creditEligible: new Set(eligible),
    depreciationYears: depreciationYears(scenario.measures),
  };
}

/** The longer of each measure's catalogue lifetime and the statutory minimum for equipment. */
export function depreciationYears(measures: readonly Measure[]): Record<string, number> {
  return Object.fromEntries(measures.map((m) => [m.id, Math.max(m.lifetimeYears, MIN_DEPRECIATION_YEARS_EQUIPMENT.value)]));
}

/** Straight-line depreciation of every investment, per year of `years`. */
export function depreciationByYear(years: readonly number[], investments: readonly Investment[], lifeYears: Readonly<Record<string, number>>): number[] {
  return years.map((y) =>
    investments.reduce((sum, inv) => {
      const n = lifeYears[inv.measureId] ?? MIN_DEPRECIATION_YEARS_EQUIPMENT.value;
      return y >= inv.year && y < inv.year + n ? sum + inv.capexRmb / n : sum;
    }, 0),
  );
}

interface Vintage {
  readonly year: number;
  amountRmb: number;
}

/** Use up to `want` from the unexpired vintages, oldest first; returns what was used. */
function drawFrom(vintages: Vintage[], want: number): number {
  let used = 0;
  for (const v of vintages) {
    const take = Math.min(v.amountRmb, want - used);
    v.amountRmb -= take;
    used += take;
    if (used >= want) break;
  }
  return used;
}

const unexpired = (vintages: Vintage[], year: number, carryYears: number) => vintages.filter((v) => v.amountRmb > 0 && year - v.year <= carryYears);
const total = (vintages: readonly Vintage[]) => vintages.reduce((s, v) => s + v.amountRmb, 0);

/** The tax of each year of `years`, given the operating cash flow of each year and the plan's investments. */
export function incomeTax(years: readonly number[], operatingRmb: readonly number[], investments: readonly Investment[], terms: TaxTerms): TaxYear[] {
  const depreciation = depreciationByYear(years, investments, terms.depreciationYears);
  let losses: Vintage[] = [];
  let credits: Vintage[] = [];
  return years.map((year, t) => {
    const taxable = operatingRmb[t]! - depreciation[t]!;
    losses = unexpired(losses, year, terms.lossCarryForwardYears);
    const lossUsed = taxable > 0 ? drawFrom(losses, taxable) : 0;
    if (taxable < 0) losses.push({ year, amountRmb: -taxable });
    const before = terms.rateFraction * Math.max(0, taxable - lossUsed);
    const earned = terms.creditFraction * investments.filter((i) => i.year === year && terms.creditEligible.has(i.measureId)).reduce((s, i) => s + i.capexRmb, 0);
    credits = unexpired(credits, year, terms.creditCarryForwardYears);
    if (earned > 0) credits.push({ year, amountRmb: earned });
    const creditUsed = drawFrom(credits, before);
    return {
      year,
      depreciationRmb: depreciation[t]!,
      taxableBeforeLossesRmb: taxable,
      lossUsedRmb: lossUsed,
      taxBeforeCreditRmb: before,
      creditEarnedRmb: earned,
      creditUsedRmb: creditUsed,
      incomeTaxRmb: before - creditUsed,
      lossCarriedRmb: total(unexpired(losses, year + 1, terms.lossCarryForwardYears)),
      creditCarriedRmb: total(unexpired(credits, year + 1, terms.creditCarryForwardYears)),
    };
  });
}
