/**
 * `lingtan optimise <scenario> [--backend highs|jslp] [--json] [--lp FILE] [--mps FILE]`:
 * the cost-optimal pathway of every factory, as a readable plan or JSON; optionally the model files.
 */
import { writeFile } from 'node:fs/promises';
import type { ScenarioPlan } from '../../engine/optimise/types.ts';
import { BACKEND_IDS, isBackendId, resolveSolverSettings } from '../../engine/data/schemas/solver.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { err, EXIT, out, outJson } from '../io.ts';
import type { Command } from './command.ts';

/** `plan.lp` → `plan-<factory>.lp` when a scenario has several factories. */
function fileFor(path: string, factoryId: string, many: boolean): string {
  if (!many) return path;
  const dot = path.lastIndexOf('.');
  return dot > 0 ? `${path.slice(0, dot)}-${factoryId}${path.slice(dot)}` : `${path}-${factoryId}`;
}

/** The model each factory's plan was solved on (with its offset-eligible residual, 降无可降). */
async function writeModelFiles(scenario: Scenario, plan: ScenarioPlan, lp: string | undefined, mps: string | undefined): Promise<void> {
  const [{ prepareFactoryData }, { buildPlanModel }, { writeLp }, { writeMps }] = await Promise.all([
    import('../../engine/formulation/factory-data.ts'),
    import('../../engine/optimise/optimise-factory.ts'),
    import('../../engine/model/lp-writer.ts'),
    import('../../engine/model/mps-writer.ts'),
  ]);
  const many = scenario.factories.length > 1;
  for (const f of scenario.factories) {
    const residual = plan.factories.find((p) => p.factoryId === f.id)?.residual.offsetEligibleResidualTco2 ?? null;
    const { model } = buildPlanModel(prepareFactoryData(scenario, f), residual);
    // The objective constant as a fixed column: CBC and others ignore a bare constant.
    if (lp !== undefined) await writeFile(fileFor(lp, f.id, many), writeLp(model, { objectiveConstant: 'fixed-column' }));
    if (mps !== undefined) await writeFile(fileFor(mps, f.id, many), writeMps(model));
  }
}

export const optimiseCommand: Command = {
  name: 'optimise',
  summary: 'Cost-optimal pathway per factory: what to build when, cost, emissions path, shadow price, offsets.',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON)' }],
  flags: {
    backend: { type: 'string', value: 'highs|jslp', defaultText: "the scenario's solver.backend (highs)", description: 'solver backend' },
    json: { type: 'boolean', description: 'print JSON instead of tables' },
    lp: { type: 'string', value: 'FILE', description: 'also write the model as CPLEX LP (one file per factory: FILE-<factory>.lp)' },
    mps: { type: 'string', value: 'FILE', description: 'also write the model as MPS' },
  },
  async run(positionals, options) {
    const [{ scenarioArgument }, { optimiseScenario }, { optimiseJson }, { loadBackend }, { renderPlan }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../../engine/optimise/optimise-scenario.ts'),
      import('../../engine/optimise/plan-json.ts'),
      import('../../engine/solvers/index.ts'),
      import('../render-plan.ts'),
    ]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    const backendId = typeof options['backend'] === 'string' ? options['backend'] : scenario.solver.backend;
    if (!isBackendId(backendId)) {
      err(`error: unknown backend "${backendId}" (expected ${BACKEND_IDS.join(' or ')})`);
      return EXIT.badInput;
    }
    const lp = typeof options['lp'] === 'string' ? options['lp'] : undefined;
    const mps = typeof options['mps'] === 'string' ? options['mps'] : undefined;
    const settings = resolveSolverSettings(scenario.solver, { backend: backendId });
    const result = optimiseScenario(scenario, await loadBackend(settings.backend), { settings });
    if (lp !== undefined || mps !== undefined) await writeModelFiles(scenario, result, lp, mps);
    if (options['json'] === true) outJson(optimiseJson(result));
    else out(renderPlan(scenario, result));
    if (result.status === 'infeasible') return EXIT.infeasible;
    if (result.status === 'error' || result.status === 'unbounded') return EXIT.internal;
    return EXIT.ok;
  },
};
