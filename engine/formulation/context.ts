/**
 * The formulation context: the factory's parameters, the model builder, and the index of every
 * variable block by key, so later units can refer to what earlier units created. It also records
 * which unit created each row, column and objective term (for the per-unit golden LP tests and
 * for reports).
 */
import { ModelBuilder, type ConstraintSense, type Term, type VariableOptions } from '../model/model-builder.ts';
import type { FactoryData } from './factory-data.ts';

export interface FormulationOptions {
  /** Add a penalised shortfall variable to every net-emissions cap (diagnosis, plan evaluation). */
  readonly capShortfall?: boolean;
  /** With `capShortfall` and the cost objective: the penalty per tCO2 of shortfall (default 1e5 RMB). */
  readonly shortfallPenaltyRmbPerTco2?: number;
  /** Replace the cost objective: minimise total cap shortfall (diagnosis) or net emissions (strict residual stage 1). */
  readonly objective?: 'cost' | 'min_shortfall' | 'min_net_emissions';
  /** Strict 降无可降 stage 2: offsets per year at most this residual, tCO2. */
  readonly offsetResidualTco2?: Readonly<Record<number, number>>;
  /** Omit the net-emissions caps (strict residual stage 1). */
  readonly omitCaps?: boolean;
  /** Treat integer columns as continuous (LP relaxation). */
  readonly relaxIntegers?: boolean;
  /** Omit the capex budget (evaluating a plan whose capacity is already decided). */
  readonly omitCapexBudget?: boolean;
}

/** Variable blocks by key: `m|y`, `u|c|y`, `m|u|y`, `o|y` or `y`. */
export interface VariableIndex {
  readonly build: Map<string, number>;
  readonly stock: Map<string, number>;
  readonly invest: Map<string, number>;
  readonly incumbent: Map<string, number>;
  readonly electric: Map<string, number>;
  readonly treated: Map<string, number>;
  readonly converted: Map<string, number>;
  readonly captured: Map<string, number>;
  readonly grid: Map<number, number>;
  readonly selfConsumed: Map<number, number>;
  readonly exported: Map<number, number>;
  readonly greenPower: Map<number, number>;
  readonly certificates: Map<number, number>;
  readonly scope1: Map<number, number>;
  readonly scope2: Map<number, number>;
  readonly offsets: Map<string, number>;
  readonly capShortfall: Map<number, number>;
  /** Row index of net_emissions_cap[y] (its dual is the carbon shadow price). */
  readonly capRow: Map<number, number>;
  /** Share of a BOM line bought as a low-carbon alternative, by `alternativeKey|y`. */
  readonly materialAlternative: Map<string, number>;
  /** Row index of product_footprint_target[p,y], by `p|y` (its dual: the product's marginal cost per kgCO2e/unit). */
  readonly productTargetRow: Map<string, number>;
}

/** Index key of a variable block entry (fixed arity: this runs for every term of every row). */
export const key = (a: string | number, b: string | number, c?: string | number): string =>
  c === undefined ? `${a}|${b}` : `${a}|${b}|${c}`;

/** `block[a,b,c]`: the stable component name used in LP files, golden tests and reports. */
export const componentName = (block: string, a: string | number, b?: string | number, c?: string | number): string =>
  b === undefined ? `${block}[${a}]` : c === undefined ? `${block}[${a},${b}]` : `${block}[${a},${b},${c}]`;

export class FormulationContext {
  /** Names are unique by construction (test/formulation checks it), so the builder skips the per-add check. */
  readonly b = new ModelBuilder({ name: 'lingtan_pathway', sense: 'min', checkNames: false });
  readonly v: VariableIndex = {
    build: new Map(), stock: new Map(), invest: new Map(), incumbent: new Map(), electric: new Map(),
    treated: new Map(), converted: new Map(), captured: new Map(), grid: new Map(), selfConsumed: new Map(),
    exported: new Map(), greenPower: new Map(), certificates: new Map(), scope1: new Map(), scope2: new Map(),
    offsets: new Map(), capShortfall: new Map(), capRow: new Map(), materialAlternative: new Map(), productTargetRow: new Map(),
  };
  /** Unit that created each column / row, by index. */
  readonly colUnit: string[] = [];
  readonly rowUnit: string[] = [];
  /** Objective contributions: the unit that added it, column, coefficient, and the years it is paid in. */
  readonly objectiveTerms: ObjectiveTerm[] = [];
  /** Constant cost terms (discounted RMB) by the year they belong to. */
  readonly constantByYear = new Map<number, number>();
  objectiveConstant = 0;
  currentUnit = '';

  constructor(
    readonly data: FactoryData,
    readonly options: FormulationOptions = {},
  ) {}

  get costObjective(): boolean {
    return (this.options.objective ?? 'cost') === 'cost';
  }

  variable(name: string, opts: VariableOptions = {}): number {
    const relax = opts.integer === true && this.options.relaxIntegers === true;
    const col = this.b.addVariable(name, relax ? { ...opts, integer: false } : opts);
    this.colUnit.push(this.currentUnit);
    return col;
  }

  constraint(name: string, terms: Iterable<Term>, sense: ConstraintSense, rhs: number): number {
    const row = this.b.addConstraint(name, terms, sense, rhs);
    this.rowUnit.push(this.currentUnit);
    return row;
  }

  /**
   * A cost term in discounted RMB, paid in `paidIn`: one year, or several years with their shares of
   * the coefficient (annuities). Ignored when the objective is not cost.
   */
  cost(col: number, coef: number, paidIn: number | ReadonlyArray<readonly [number, number]>): void {
    if (!this.costObjective || coef === 0) return;
    this.b.addObjectiveTerm(col, coef);
    const spread = typeof paidIn === 'number' ? [[paidIn, 1] as const] : paidIn;
    this.objectiveTerms.push({ unit: this.currentUnit, col, coef, paidIn: spread });
  }

  /** A term of a non-cost objective (diagnosis, strict residual stage 1). */
  goal(col: number, coef: number): void {
    this.b.addObjectiveTerm(col, coef);
  }

  /** A constant cost in discounted RMB (e.g. the value of free ETS allocation) belonging to `year`. */
  costConstant(value: number, year: number): void {
    if (!this.costObjective || value === 0) return;
    this.objectiveConstant += value;
    this.constantByYear.set(year, (this.constantByYear.get(year) ?? 0) + value);
    this.b.setObjectiveOffset(this.objectiveConstant);
  }
}

export interface ObjectiveTerm {
  readonly unit: string;
  readonly col: number;
  readonly coef: number;
  /** [year, share of coef] pairs; shares sum to 1. */
  readonly paidIn: ReadonlyArray<readonly [number, number]>;
}

/** A formulation unit: one family of variables, expressions or constraints. */
export interface FormulationUnit {
  /** Stable snake_case name. */
  readonly name: string;
  readonly title: string;
  /** Unit of the unit's variables or rows. */
  readonly unit: string;
  readonly kind: 'variables' | 'constraints' | 'variables_and_constraints';
  apply(ctx: FormulationContext): void;
}
