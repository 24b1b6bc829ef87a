/**
 * Payback periods. Cash flow t falls at the end of period t (index 0 = now); payback is the point
 * from which the cumulative cash flow stays non-negative to the end of the series, interpolated
 * linearly inside the period in which it turns. Null when the series never pays back.
 */

/** Simple (undiscounted) payback, in periods. */
export function simplePayback(cashFlows: readonly number[]): number | null {
  return paybackOf(cashFlows);
}

/** Discounted payback at `rateFraction`, in periods. */
export function discountedPayback(cashFlows: readonly number[], rateFraction: number): number | null {
  return paybackOf(cashFlows.map((cf, t) => cf / (1 + rateFraction) ** t));
}

function paybackOf(flows: readonly number[]): number | null {
  if (flows.length === 0) return null;
  const cumulative: number[] = [];
  flows.reduce((sum, cf) => {
    cumulative.push(sum + cf);
    return sum + cf;
  }, 0);
  if (cumulative[cumulative.length - 1]! < 0) return null;
  let last = cumulative.length - 1;
  while (last > 0 && cumulative[last - 1]! >= 0) last--;
  if (last === 0) return 0;
  const before = cumulative[last - 1]!;
  const flow = flows[last]!;
  return last - 1 + -before / flow;
}
