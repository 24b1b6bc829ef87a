/**
 * `lingtan finance <scenario> [--json]`: optimise every factory, then take the bank's view of
 * each plan — cash flows against the baseline, NPV/IRR/payback/abatement cost, loan pricing and the
 * DSCR-sized loan with its schedule, or the reason no debt is supportable.
 */
import { resolveSolverSettings } from '../../engine/data/schemas/solver.ts';
import { EXIT, out, outJson } from '../io.ts';
import type { Command } from './command.ts';

export const financeCommand: Command = {
  name: 'finance',
  summary: 'Optimise, then size the green loan: cash flows, NPV/IRR/payback, pricing (LPR, CERF), DSCR-sized schedule.',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON)' }],
  flags: { json: { type: 'boolean', description: 'print JSON instead of tables' }, },
  async run(positionals, options) {
    const [{ scenarioArgument }, { financeScenario }, { financeJson }, { optimiseScenario }, { loadBackend }, { renderFinance }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../../engine/finance/finance-scenario.ts'),
      import('../../engine/finance/finance-json.ts'),
      import('../../engine/optimise/optimise-scenario.ts'),
      import('../../engine/solvers/index.ts'),
      import('../render-finance.ts'),
    ]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    const settings = resolveSolverSettings(scenario.solver);
    const plan = optimiseScenario(scenario, await loadBackend(settings.backend), { settings });
    const result = financeScenario(scenario, plan);
    if (options['json'] === true) outJson(financeJson(result));
    else out(renderFinance(scenario, result));
    if (plan.status === 'infeasible') return EXIT.infeasible;
    if (plan.status === 'error' || plan.status === 'unbounded') return EXIT.internal;
    return EXIT.ok;
  },
};
