/**
 * Tasks of the server's solve pool (typed messages, plain data). Loading a scenario (zod, catalogue
 * expressions: ~20–40 ms) and solving it both run in worker threads, so the event loop only moves
 * bytes and reads the store.
 */
import type { FactoryInventory } from '../../engine/accounting/factory-inventory.ts';
import type { Scenario } from '../../engine/data/load-scenario.ts';
import type { InputLimits } from '../../engine/data/input-shape.ts';
import type { EngineError } from '../../engine/errors.ts';
import type { ScenarioFinance } from '../../engine/finance/finance-scenario.ts';
import type { ScenarioPlan } from '../../engine/optimise/optimise-scenario.ts';
import type { BackendId } from '../../engine/solvers/types.ts';

/** A scenario as the client sent it: parsed data (a JSON body) or file text (YAML or JSON). */
export type ScenarioSource = { readonly data: unknown; readonly fileName: string } | { readonly text: string; readonly fileName: string; readonly limits?: InputLimits };

export interface SolveOptionsInput {
  readonly backend: BackendId;
  /** The solver time limit per solve, already clamped to the server's maximum. */
  readonly timeLimitSeconds: number;
}

export type SolveTask =
  | { readonly kind: 'prepare'; readonly source: ScenarioSource }
  | { readonly kind: 'optimise'; readonly scenario: Scenario; readonly options: SolveOptionsInput; readonly finance: boolean };

export type PrepareOutcome =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** sha256 of the canonical loaded scenario (defaults applied, catalogue resolved). */
      readonly key: string;
    }
  | { readonly ok: false; readonly error: EngineError };

export type OptimiseOutcome =
  | {
      readonly ok: true;
      readonly plan: ScenarioPlan;
      /** Baseline inventory per factory id (abatement wedges are drawn against it). */
      readonly baselines: Readonly<Record<string, Pick<FactoryInventory, 'years'>>>;
      readonly finance: ScenarioFinance | null;
      readonly seconds: number;
    }
  | { readonly ok: false; readonly message: string };

export type SolveOutcome<T extends SolveTask> = T extends { kind: 'prepare' } ? PrepareOutcome : OptimiseOutcome;
