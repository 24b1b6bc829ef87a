/**
 * Conversion of a `LinearModel` to javascript-lp-solver's JSON model, and back from its
 * variable values. jslp only knows variables x ≥ 0 and constraints `min`/`max`/`equal` (both
 * `min` and `max` on one constraint give a range), so column bounds are substituted:
 *
 * - finite lower bound l:           x = l + y,   y ≥ 0, and if u is finite a row `y <= u − l`;
 * - lower −inf, finite upper u:     x = u − y,   y ≥ 0;
 * - free (−inf, +inf), continuous:  x = y⁺ − y⁻, y⁺, y⁻ ≥ 0. (jslp's own `unrestricted` flag is
 *   not used: it returned a suboptimal point on a 3-column LP, x = 0 instead of −2.) A free
 *   *integer* column is refused: split into two integers, branch-and-bound can move y⁺ and y⁻
 *   up together forever (seen on `min x, 2x >= -7`).
 *
 * Integer columns first have their bounds rounded inward (ceil(l − 1e-9), floor(u + 1e-9)), so
 * the shifted y is integer exactly when x is. Constants moved out of rows shift the row bounds;
 * constants moved out of the objective are added back when the objective is recomputed from x.
 * Internal ids: variables `x<j>` / `n<j>` (y⁻), rows `r<i>`, bound rows `b<j>`, objective `obj`.
 * Rows without terms are not sent: if 0 violates their bounds the model is infeasible.
 */
import type { Model as JslpJsonModel } from 'javascript-lp-solver';
import type { LinearModel } from '../model/linear-model.ts';
import { rowsOf } from '../model/sparse.ts';

/** How column j was substituted. */
type ColumnForm = 'shift' | 'mirror' | 'split';

export interface JslpConversion {
  readonly json: JslpJsonModel;
  /** Estimated cells of jslp's dense tableau: (constraint rows + 1) × (variables + constraint rows + 1). */
  readonly tableauCells: number;
  /** Non-null when the model uses something this conversion cannot express (a free integer column). */
  readonly unsupported: string | null;
  /** Non-null when the conversion itself proved infeasibility (empty row or crossed integer bounds). */
  readonly infeasibility: string | null;
  /** Column values x from jslp's variable values (absent ids are 0). */
  recover(values: (id: string) => number): Float64Array;
}

type Constraint = { min?: number; max?: number; equal?: number };

export function toJslp(model: LinearModel, options: { mipRelGap?: number; timeLimitSeconds?: number }): JslpConversion {
  const n = model.colNames.length;
  const forms: ColumnForm[] = [];
  const anchor = new Float64Array(n);
  const variables: Record<string, Record<string, number>> = {};
  const constraints: Record<string, Constraint> = {};
  const ints: Record<string, 1> = {};
  let infeasibility: string | null = null;
  let unsupported: string | null = null;
  for (let j = 0; j < n; j++) {
    const integer = model.colInteger[j] === 1;
    const lower = integer ? Math.ceil((model.colLower[j] as number) - 1e-9) : (model.colLower[j] as number);
    const upper = integer ? Math.floor((model.colUpper[j] as number) + 1e-9) : (model.colUpper[j] as number);
    if (lower > upper) infeasibility ??= `column ${model.colNames[j]} has bounds [${lower}, ${upper}]`;
    const form: ColumnForm = Number.isFinite(lower) ? 'shift' : Number.isFinite(upper) ? 'mirror' : 'split';
    if (form === 'split' && integer) unsupported ??= `free integer column ${model.colNames[j]}`;
    forms.push(form);
    anchor[j] = form === 'shift' ? lower : form === 'mirror' ? upper : 0;
    const sign = form === 'mirror' ? -1 : 1;
    variables[`x${j}`] = { obj: sign * (model.colCost[j] as number) };
    if (integer) ints[`x${j}`] = 1;
    if (form === 'split') {
      variables[`n${j}`] = { obj: -(model.colCost[j] as number) };
      if (integer) ints[`n${j}`] = 1;
    }
    if (form === 'shift' && Number.isFinite(upper)) {
      constraints[`b${j}`] = { max: upper - lower };
      (variables[`x${j}`] as Record<string, number>)[`b${j}`] = 1;
    }
  }
  infeasibility ??= addRows(model, forms, anchor, variables, constraints);
  const json: JslpJsonModel = {
    optimize: 'obj',
    opType: model.sense,
    constraints,
    variables,
    ints,
    tolerance: options.mipRelGap ?? 0,
    ...(options.timeLimitSeconds !== undefined ? { timeout: Math.max(1, options.timeLimitSeconds * 1000) } : {}),
  };
  return {
    json,
    unsupported,
    infeasibility,
    tableauCells: tableauCells(constraints, Object.keys(variables).length),
    recover: (values) => recover(forms, anchor, values),
  };
}

/** Adds rows `r<i>` with shifted bounds; returns an infeasibility reason for a violated empty row. */
function addRows(
  model: LinearModel,
  forms: readonly ColumnForm[],
  anchor: Float64Array,
  variables: Record<string, Record<string, number>>,
  constraints: Record<string, Constraint>,
): string | null {
  const rows = rowsOf(model);
  for (let i = 0; i < model.rowNames.length; i++) {
    let shift = 0;
    const id = `r${i}`;
    for (let k = rows.start[i] as number; k < (rows.start[i + 1] as number); k++) {
      const j = rows.index[k] as number;
      const a = rows.value[k] as number;
      const form = forms[j] as ColumnForm;
      shift += a * (anchor[j] as number);
      (variables[`x${j}`] as Record<string, number>)[id] = form === 'mirror' ? -a : a;
      if (form === 'split') (variables[`n${j}`] as Record<string, number>)[id] = -a;
    }
    const lower = (model.rowLower[i] as number) - shift;
    const upper = (model.rowUpper[i] as number) - shift;
    if (rows.start[i] === rows.start[i + 1]) {
      if (lower > 0 || upper < 0) return `row ${model.rowNames[i]} has no terms and cannot hold`;
      continue;
    }
    const constraint = rowConstraint(lower, upper);
    if (constraint !== null) constraints[id] = constraint;
  }
  return null;
}

function rowConstraint(lower: number, upper: number): Constraint | null {
  const hasLower = Number.isFinite(lower);
  const hasUpper = Number.isFinite(upper);
  if (hasLower && hasUpper) return lower === upper ? { equal: lower } : { min: lower, max: upper };
  if (hasLower) return { min: lower };
  if (hasUpper) return { max: upper };
  return null;
}

/** jslp turns a range or an equality into two inequality rows, each with a slack column. */
function tableauCells(constraints: Record<string, Constraint>, numVariables: number): number {
  let rows = 0;
  for (const c of Object.values(constraints)) rows += c.equal !== undefined || (c.min !== undefined && c.max !== undefined) ? 2 : 1;
  return (rows + 1) * (numVariables + rows + 1);
}

function recover(forms: readonly ColumnForm[], anchor: Float64Array, values: (id: string) => number): Float64Array {
  const x = new Float64Array(forms.length);
  forms.forEach((form, j) => {
    const y = values(`x${j}`);
    if (form === 'shift') x[j] = (anchor[j] as number) + y;
    else if (form === 'mirror') x[j] = (anchor[j] as number) - y;
    else x[j] = y - values(`n${j}`);
  });
  return x;
}
