/** Read a solved pathway model: values of indexed variables and duals of named rows. */
import type { FormulationContext } from '../formulation/context.ts';

export class SolutionView {
  constructor(
    readonly ctx: FormulationContext,
    private readonly colValues: Float64Array,
    private readonly rowDuals: Float64Array | null,
  ) {}

  /** Value of a column (0 when absent); tiny solver noise is cleaned to 0. */
  value(col: number | undefined): number {
    if (col === undefined) return 0;
    const x = this.colValues[col] ?? 0;
    return Math.abs(x) < 1e-9 ? 0 : x;
  }

  /** Dual of a row, or null when duals are not available or the row does not exist. */
  dual(row: number | undefined): number | null {
    if (this.rowDuals === null || row === undefined) return null;
    return this.rowDuals[row] ?? null;
  }
}
