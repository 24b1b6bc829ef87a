/**
 * The LP with every integer column fixed at its value in a MIP solution: solving it gives the
 * duals (shadow prices) of the MIP's optimal plan.
 */
import type { LinearModel } from './linear-model.ts';

export function fixIntegers(model: LinearModel, colValues: Float64Array): LinearModel {
  const colLower = Float64Array.from(model.colLower);
  const colUpper = Float64Array.from(model.colUpper);
  for (let j = 0; j < model.colInteger.length; j++) {
    if (model.colInteger[j] !== 1) continue;
    const v = Math.round(colValues[j]!);
    colLower[j] = v;
    colUpper[j] = v;
  }
  return { ...model, name: `${model.name}_fixed`, colLower, colUpper, colInteger: new Uint8Array(model.colInteger.length) };
}
