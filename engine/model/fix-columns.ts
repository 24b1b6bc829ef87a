/** A copy of a model with the named columns fixed at given values (e.g. a plan's capacity decisions). */
import type { LinearModel } from './linear-model.ts';

export function fixColumns(model: LinearModel, values: Readonly<Record<string, number>>): LinearModel {
  const colLower = Float64Array.from(model.colLower);
  const colUpper = Float64Array.from(model.colUpper);
  model.colNames.forEach((name, j) => {
    const v = values[name];
    if (v === undefined) return;
    // Stay within the column's own bounds (a plan from a slightly different model may overshoot).
    const x = Math.min(Math.max(v, model.colLower[j]!), model.colUpper[j]!);
    colLower[j] = x;
    colUpper[j] = x;
  });
  return { ...model, colLower, colUpper };
}
