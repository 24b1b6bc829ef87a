/**
 * Reads CPLEX LP text with HiGHS's own LP reader (persistent API, `createModel({format: 'lp'})`)
 * and copies the result into a `LinearModel` (names included), so LP files go through the same
 * typed-array solve path as every other model. Never throws.
 *
 * HiGHS's WebAssembly build aborts on LP syntax errors without a line number, so the message
 * can only say that the text was rejected. Semi-continuous / semi-integer columns are refused.
 */
import type { Highs, Model as HighsModel } from 'highs';
import type { LinearModel } from '../model/linear-model.ts';
import { describeError } from './results.ts';
import type { ModelTextResult } from './types.ts';

export function readLpWithHighs(highs: Highs, text: string): ModelTextResult {
  let native: HighsModel | undefined;
  try {
    native = highs.createModel({ format: 'lp', data: text });
    return { ok: true, model: copyModel(highs, native) };
  } catch (error) {
    return { ok: false, message: `HiGHS rejected the LP text (${describeError(error)}); HiGHS reports no line number` };
  } finally {
    native?.dispose();
  }
}

function copyModel(highs: Highs, native: HighsModel): LinearModel {
  const data = native.getModel('csc');
  const integrality = data.integrality;
  if (integrality.some((t) => t === 2 || t === 3)) {
    throw new Error('semi-continuous or semi-integer columns are not supported');
  }
  return {
    name: 'lp',
    sense: data.sense === highs.constants.objectiveSense.maximize ? 'max' : 'min',
    objectiveOffset: data.offset,
    colNames: Array.from({ length: data.numCols }, (_, j) => nameOr(() => native.getColName(j), `c${j}`)),
    colCost: data.colCost,
    colLower: data.colLower,
    colUpper: data.colUpper,
    colInteger: Uint8Array.from(integrality, (t) => (t === 0 ? 0 : 1)),
    rowNames: Array.from({ length: data.numRows }, (_, i) => nameOr(() => native.getRowName(i), `r${i}`)),
    rowLower: data.rowLower,
    rowUpper: data.rowUpper,
    matrix: { start: data.matrix.starts, index: data.matrix.indices, value: data.matrix.values },
  };
}

function nameOr(read: () => string, fallback: string): string {
  try {
    return read();
  } catch {
    return fallback;
  }
}
