/**
 * Loan risk of the bank case: its plan optimised once, then `lingtan finance`'s bank view with the
 * loan tested under 200 sampled futures, against the same view with the base case only (one future).
 * The futures re-evaluate the fixed plan's cash flows (no solve), so the difference is the cost of
 * loan risk.
 */
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import { financeScenario } from '../../engine/finance/finance-scenario.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { time } from '../measure.ts';
import { msResult, type Benchmark } from '../types.ts';

export function loanRisk(smoke: boolean): Benchmark {
  const id = 'loan_risk_bank_case';
  const group = 'finance';
  return {
    id,
    group,
    smoke,
    async run(mode) {
      const file = new URL('../../scenarios/bank-loan-lithium-battery.yaml', import.meta.url).pathname;
      const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
      if (!loaded.ok) throw new Error(loaded.error.message);
      const s = loaded.value;
      const plan = optimiseScenario(s, await loadBackend('highs'), { settings: s.solver });
      const runs = mode.quick ? 3 : 11;
      const one = { futures: [{ index: 0, probability: 1, inputs: {} }], source: 'none' as const };
      return [
        msResult(`${id}.futures_200`, group, await time(() => financeScenario(s, plan), { warmup: 1, runs }), 'bank view with loan risk over 200 futures'),
        msResult(`${id}.futures_1`, group, await time(() => financeScenario(s, plan, one), { warmup: 1, runs }), 'the same with the base case only'),
      ];
    },
  };
}
