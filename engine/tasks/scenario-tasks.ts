/**
 * Scenario tasks: load a scenario (zod, catalogue expressions: ~20–40 ms) and optimise it (with its
 * baseline and, for the bank's view, its finance), in a worker thread so the caller's event loop
 * only moves bytes.
 */
import { factoryBaseline, type FactoryInventory } from '../accounting/factory-inventory.ts';
import { canonicalJson, sha256 } from '../data/canonical-json.ts';
import type { InputLimits } from '../data/input-shape.ts';
import { loadScenarioData, loadScenarioText } from '../data/load-scenario.ts';
import type { Scenario } from '../data/schemas/scenario.ts';
import type { EngineError } from '../errors.ts';
import { financeScenario } from '../finance/finance-scenario.ts';
import type { ScenarioFinance } from '../finance/types.ts';
import { optimiseScenario } from '../optimise/optimise-scenario.ts';
import type { ScenarioPlan } from '../optimise/types.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import type { SolverBackend } from '../solvers/types.ts';

/**
 * A scenario as a client sent it: parsed data (a JSON body) or file text (YAML or JSON); file text
 * may carry the caller's input limits (a tenant's budget), else the loader's defaults apply.
 */
export type ScenarioSource =
  | { readonly data: unknown; readonly fileName: string }
  | { readonly text: string; readonly fileName: string; readonly limits?: InputLimits };

export type LoadedScenario =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** sha256 of the canonical loaded scenario (defaults applied, catalogue resolved). */
      readonly key: string;
    }
  | { readonly ok: false; readonly error: EngineError };

export interface SolveScenarioTask {
  readonly scenario: Scenario;
  /** The operation's solver settings (its time limit already capped by the caller). */
  readonly settings: SolverSettings;
  /** Also take the bank's view of the plan. */
  readonly finance: boolean;
}

export interface SolvedScenario {
  readonly plan: ScenarioPlan;
  /** Baseline inventory per factory id (abatement wedges are drawn against it). */
  readonly baselines: Readonly<Record<string, Pick<FactoryInventory, 'years'>>>;
  readonly finance: ScenarioFinance | null;
  readonly seconds: number;
}

export type ScenarioTasks = {
  readonly load_scenario: { readonly task: { readonly source: ScenarioSource }; readonly value: LoadedScenario };
  readonly solve_scenario: { readonly task: SolveScenarioTask; readonly value: SolvedScenario };
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function loadScenario(source: ScenarioSource): LoadedScenario {
  try {
    const loaded = 'text' in source ? loadScenarioText(source.text, source.fileName, source.limits) : loadScenarioData(source.data, source.fileName);
    if (!loaded.ok) return loaded;
    return { ok: true, scenario: loaded.value, key: sha256(canonicalJson(loaded.value)) };
  } catch (error) {
    // The loader reports bad input as results; an exception here is an engine bug met by this input.
    return { ok: false, error: { code: 'scenario_invalid', message: `the scenario could not be loaded: ${message(error)}`, file: source.fileName } };
  }
}

export function solveScenario(task: SolveScenarioTask, backend: SolverBackend): SolvedScenario {
  const t0 = performance.now();
  const plan = optimiseScenario(task.scenario, backend, { settings: task.settings });
  const baselines = Object.fromEntries(task.scenario.factories.map((f) => [f.id, { years: factoryBaseline(task.scenario, f).years }]));
  const finance = task.finance ? financeScenario(task.scenario, plan) : null;
  return { plan, baselines, finance, seconds: (performance.now() - t0) / 1000 };
}
