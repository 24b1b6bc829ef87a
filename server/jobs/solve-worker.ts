/**
 * A solve-pool worker: loads and warms HiGHS once, then loads scenarios and optimises them. Never
 * throws across the thread boundary: every failure is an outcome.
 */
import { factoryBaseline } from '../../engine/accounting/factory-inventory.ts';
import { loadScenarioData, loadScenarioText } from '../../engine/data/load-scenario.ts';
import { financeScenario } from '../../engine/finance/finance-scenario.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import { warmUp } from '../../engine/parallel/warm-up.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { canonicalJson, sha256 } from '../store/keys.ts';
import type { OptimiseOutcome, PrepareOutcome, SolveTask } from './solve-tasks.ts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function prepare(task: Extract<SolveTask, { kind: 'prepare' }>): PrepareOutcome {
  try {
    const s = task.source;
    const loaded = 'text' in s ? loadScenarioText(s.text, s.fileName, s.limits) : loadScenarioData(s.data, s.fileName);
    if (!loaded.ok) return loaded;
    return { ok: true, scenario: loaded.value, key: sha256(canonicalJson(loaded.value)) };
  } catch (error) {
    // The loader reports bad input as results; an exception here is an engine bug met by this input.
    return { ok: false, error: { code: 'scenario_invalid', message: `the scenario could not be loaded: ${message(error)}`, file: task.source.fileName } };
  }
}

async function optimise(task: Extract<SolveTask, { kind: 'optimise' }>): Promise<OptimiseOutcome> {
  const t0 = performance.now();
  try {
    const backend = await loadBackend(task.options.backend);
    const plan = optimiseScenario(task.scenario, backend, { timeLimitSeconds: task.options.timeLimitSeconds });
    const baselines = Object.fromEntries(task.scenario.factories.map((f) => [f.id, { years: factoryBaseline(task.scenario, f).years }]));
    const finance = task.finance ? financeScenario(task.scenario, plan) : null;
    return { ok: true, plan, baselines, finance, seconds: (performance.now() - t0) / 1000 };
  } catch (error) {
    return { ok: false, message: message(error) };
  }
}

export async function createHandler(): Promise<(task: SolveTask) => Promise<PrepareOutcome | OptimiseOutcome>> {
  warmUp(await loadBackend('highs'), 20);
  return async (task) => (task.kind === 'prepare' ? prepare(task) : optimise(task));
}
