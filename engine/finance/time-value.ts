/**
 * Time value of money: NPV and the annuity payment. Period t = 0 is undiscounted ("now"); a cash
 * flow at index t is discounted by (1 + rate)^t. Rates are fractions per period (0.05 = 5 %).
 */

/** Net present value of `cashFlows` at `rateFraction` (index 0 undiscounted). */
export function npv(cashFlows: readonly number[], rateFraction: number): number {
  if (rateFraction <= -1) throw new RangeError(`npv: rate must be > −1, got ${rateFraction}`);
  let sum = 0;
  cashFlows.forEach((cf, t) => {
    sum += cf / (1 + rateFraction) ** t;
  });
  return sum;
}

/**
 * Level payment per period that repays `principalRmb` with interest at `rateFraction` over
 * `periods` periods, paid at the end of each period (the annuity or 等额本息 instalment).
 */
export function annuityPayment(principalRmb: number, rateFraction: number, periods: number): number {
  if (!Number.isInteger(periods) || periods < 1) throw new RangeError(`annuityPayment: periods must be a positive integer, got ${periods}`);
  if (rateFraction === 0) return principalRmb / periods;
  return (principalRmb * rateFraction) / (1 - (1 + rateFraction) ** -periods);
}
