/**
 * What reusing the model buys (issue 22, item 3), step by step, on a generated factory: a sweep of
 * 12 uniform carbon prices on gross emissions (the re-solves of the MAC curve; Monte Carlo price
 * draws change the same costs) solved
 *   fresh          — a new native model per solve (the one-shot backend),
 *   in_place_cold  — one native model, costs changed in place, every solve from the slack basis,
 *   session        — one native model changed in place and re-solved from the last basis
 *                    (engine/solvers/highs-session.ts);
 * and one whole `optimiseFactory` (plan, marginal costs, MAC curve) without and with a session.
 */
import type { Highs } from 'highs';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import type { LinearModel } from '../../engine/model/linear-model.ts';
import { withGrossPrice } from '../../engine/optimise/gross-price.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import { QUIET, TIME_SLICE_OPTIONS, toModelData } from '../../engine/solvers/highs-run.ts';
import { loadHighs } from '../../engine/solvers/highs-loader.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { generatedScenario } from '../generate.ts';
import { time } from '../measure.ts';
import { msResult, valueResult, type Benchmark, type BenchResult } from '../types.ts';

const PRICES_RMB_PER_TCO2 = [0, 50, 100, 150, 200, 300, 400, 600, 800, 1000, 1500, 2000];

export function modelReuse(measures: number, resolution: Scenario['time']['resolution'], smoke: boolean): Benchmark {
  const id = `reuse_${resolution === 'annual' ? 'annual' : 'hourly'}_${measures}`;
  const group = 'reuse';
  return {
    id,
    group,
    smoke,
    async run({ quick }) {
      const highs = await loadBackend('highs');
      const native = await loadHighs();
      const s = generatedScenario({ measures, mip: false, resolution });
      const f = s.factories[0]!;
      const built = buildPathwayModel(prepareFactoryData(s, f), { omitCaps: true, relaxIntegers: true });
      const sweep = PRICES_RMB_PER_TCO2.map((p) => withGrossPrice(built, p, true));
      const oneShot: SolverBackend = { id: highs.id, features: highs.features, solve: (m, o) => highs.solve(m, o) };
      const runs = quick ? 2 : 9;
      const opts = { runs, warmup: quick ? 1 : 3 };
      const fresh = await time(() => sweep.forEach((m) => highs.solve(m, { wantDuals: false })), opts);
      const cold = await time(() => inPlaceCold(native, sweep), opts);
      const iterations = { session: 0 };
      const warm = await time(() => {
        const session = highs.session!();
        try {
          for (const m of sweep) session.solve(m, { wantDuals: false });
          iterations.session = session.stats.simplexIterations;
        } finally {
          session.close();
        }
      }, opts);
      const out: BenchResult[] = [
        msResult(`${id}.sweep.fresh`, group, fresh, `${sweep.length} prices, a new model per solve`),
        msResult(`${id}.sweep.in_place_cold`, group, cold, 'one model changed in place, each solve from the slack basis'),
        msResult(`${id}.sweep.session`, group, warm, 'one model changed in place, each solve from the last basis'),
        valueResult(`${id}.sweep.speedup`, group, 'ratio', fresh.medianMs / warm.medianMs, 'fresh ÷ session'),
        valueResult(`${id}.sweep.session_iterations`, group, 'ratio', iterations.session, 'simplex iterations over the sweep (a count)'),
      ];
      const plain = await time(() => optimiseFactory(s, f, oneShot), { runs: quick ? 1 : 5, warmup: 1 });
      const reused = await time(() => optimiseFactory(s, f, highs), { runs: quick ? 1 : 5, warmup: 1 });
      out.push(
        msResult(`${id}.optimise.fresh`, group, plain, 'plan, marginal costs and MAC curve, a new model per solve'),
        msResult(`${id}.optimise.session`, group, reused, 'the same in one session'),
        valueResult(`${id}.optimise.speedup`, group, 'ratio', plain.medianMs / reused.medianMs, 'fresh ÷ session'),
      );
      return out;
    },
  };
}

/** The sweep on one native model (the backend's options for its structure): costs changed in place, the basis reset to slack before each run. */
function inPlaceCold(highs: Highs, sweep: readonly LinearModel[]): void {
  const first = sweep[0]!;
  const model = highs.createModel(toModelData(highs, first));
  try {
    model.options.set({ ...QUIET, ...(first.structure === 'time_slices' ? TIME_SLICE_OPTIONS : {}) });
    for (const m of sweep) {
      model.changeColsCost({ kind: 'range', from: 0, to: m.colNames.length - 1 }, m.colCost);
      model.setLogicalBasis();
      model.run();
    }
  } finally {
    model.dispose();
  }
}
