/**
 * The formulation context: the factory's parameters, the model builder, and the index of every
 * variable block by key, so later units can refer to what earlier units created. It also records
 * which unit created each row, column and objective term, and each row's and column's component
 * (block and keys), so a diagnosis asks the unit that made a binding row what it means instead of
 * parsing names (for the per-unit golden LP tests, the diagnosis and reports).
 */
import { ModelBuilder, type ConstraintSense, type Term, type VariableOptions } from '../model/model-builder.ts';
import type { FactoryData } from './factory-data.ts';

export interface FormulationOptions {
  /** Add a penalised shortfall variable to every net-emissions cap (diagnosis, plan evaluation). */
  readonly capShortfall?: boolean;
  /** With `capShortfall` and the cost objective: the penalty per tCO2 of shortfall (default 1e5 RMB). */
  readonly shortfallPenaltyRmbPerTco2?: number;
  /**
   * Replace the cost objective: minimise total cap shortfall (diagnosis) or discounted gross
   * emissions Σ df_y (Scope 1 + Scope 2) (the technical limit of 降无可降).
   */
  readonly objective?: 'cost' | 'min_shortfall' | 'min_gross_emissions';
  /** 降无可降 stage 2: the offset-eligible residual per year, tCO2 (units/offset-eligible-residual.ts). */
  readonly offsetEligibleResidualTco2?: Readonly<Record<number, number>>;
  /** Technical limit, second pass: discounted gross emissions at most this, tCO2 (cost as tie-break). */
  readonly maxDiscountedGrossTco2?: number;
  /** Omit the net-emissions caps (residual stage 1, MAC sweep, price-driven runs). */
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
  /** Row index of gross_within_residual[y] (moves with the cap in marginal-cost re-solves). */
  readonly residualRow: Map<number, number>;
  /** Share of a BOM line bought as a low-carbon alternative, by `alternativeKey|y`. */
  readonly materialAlternative: Map<string, number>;
  /** Row index of product_footprint_target[p,y], by `p|y` (its dual: the product's marginal cost per kgCO2e/unit). */
  readonly productTargetRow: Map<string, number>;
}

/** Index key of a variable block entry (fixed arity: this runs for every term of every row). */
export const key = (a: string | number, b: string | number, c?: string | number): string =>
  c === undefined ? `${a}|${b}` : `${a}|${b}|${c}`;

/**
 * `block[a,b,…]`: the stable component name used in LP files, golden tests and reports (annual blocks
 * have one to three keys, hourly blocks up to four: `charge[battery,2030,summer_workday,8]`).
 */
export const componentName = (block: string, ...keys: ReadonlyArray<string | number>): string => `${block}[${keys.join(',')}]`;

/** A model component as its unit created it: the block (`roof_area`) and its index keys (`[2030]`). */
export interface Component {
  readonly block: string;
  readonly keys: readonly (string | number)[];
}

/** The component `block[a,b,…]` (see componentName). */
export const component = (block: string, ...keys: ReadonlyArray<string | number>): Component => ({ block, keys });

/** A component without index keys (one row for the whole horizon, e.g. `technical_limit`). */
export const scalarComponent = (block: string): Component => ({ block, keys: [] });

const nameOf = ({ block, keys }: Component): string => (keys.length === 0 ? block : componentName(block, ...keys));

export class FormulationContext {
  /** Names are unique by construction (test/formulation checks it), so the builder skips the per-add check. */
  readonly b = new ModelBuilder({ name: 'lingtan_pathway', sense: 'min', checkNames: false });
  readonly v: VariableIndex = {
    build: new Map(), stock: new Map(), invest: new Map(), incumbent: new Map(), electric: new Map(),
    treated: new Map(), converted: new Map(), captured: new Map(), grid: new Map(), selfConsumed: new Map(),
    exported: new Map(), greenPower: new Map(), certificates: new Map(), scope1: new Map(), scope2: new Map(),
    offsets: new Map(), capShortfall: new Map(), capRow: new Map(), residualRow: new Map(),
    materialAlternative: new Map(), productTargetRow: new Map(),
  };
  /** Unit that created each column / row, by index. */
  readonly colUnit: string[] = [];
  readonly rowUnit: string[] = [];
  /** Component of each column / row, by index. */
  readonly colComponent: Component[] = [];
  readonly rowComponent: Component[] = [];
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

  variable(c: Component, opts: VariableOptions = {}): number {
    const relax = opts.integer === true && this.options.relaxIntegers === true;
    const col = this.b.addVariable(nameOf(c), relax ? { ...opts, integer: false } : opts);
    this.colUnit.push(this.currentUnit);
    this.colComponent.push(c);
    return col;
  }

  constraint(c: Component, terms: Iterable<Term>, sense: ConstraintSense, rhs: number): number {
    const row = this.b.addConstraint(nameOf(c), terms, sense, rhs);
    this.rowUnit.push(this.currentUnit);
    this.rowComponent.push(c);
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

  /** A term of a non-cost objective (diagnosis, technical limit). */
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

/** What a binding row or bound of a unit means for the user, and what they can try. */
export interface BindingExplanation {
  /** Limits of one family are reported once (`roof_area`, `build:pv_rooftop`). */
  readonly family: string;
  /** The component to name when it is not the row or column itself (a shortfall names its requirement's row). */
  readonly component?: string;
  /** What binding means, with the numbers: “roof area (2,100 m²) caps Rooftop PV at 300 kW”. */
  readonly message: string;
  /** The change a user can try (naming the scenario field), or what cannot be changed. */
  readonly fix: string;
}

/** How a unit explains its own rows and columns at the least-shortfall point of a diagnosis. */
export interface UnitExplainer {
  /** A row of this unit with a nonzero dual; null when it tells the user nothing. */
  row?(c: Component, data: FactoryData): BindingExplanation | null;
  /** A column of this unit at its upper bound with a nonzero reduced cost. */
  upperBound?(c: Component, data: FactoryData, upper: number): BindingExplanation | null;
  /** A column of this unit whose positive value means a requirement is not met (a shortfall). */
  shortfall?(c: Component, data: FactoryData): BindingExplanation | null;
}

/** A formulation unit: one family of variables, expressions or constraints. */
export interface FormulationUnit {
  /** Stable snake_case name. */
  readonly name: string;
  readonly title: string;
  /** Physical unit of the unit's variables or rows (`kW`, `tCO2`). */
  readonly unit: string;
  readonly kind: 'variables' | 'constraints' | 'variables_and_constraints';
  apply(ctx: FormulationContext): void;
  /** What the unit's binding rows and bounds mean (units whose limits a user can act on). */
  readonly explain?: UnitExplainer;
}
