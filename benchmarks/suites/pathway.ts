/**
 * One generated factory (5 years, 20–60 measures, LP or MILP) through each phase: model build
 * (scenario → named rows and columns), matrix (CSC), LP text, solve per backend, end to end
 * (scenario → decoded plan: the residual stage and the plan's solve, as DESIGN §7's target was set),
 * the engine's overhead over those solves, and the plan with its analysis (both marginal costs and
 * the MAC curve, ≈ 25 more solves in one session; reported, no target).
 */
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { writeLp } from '../../engine/model/lp-writer.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { generatedScenario } from '../generate.ts';
import { median, time } from '../measure.ts';
import { msResult, valueResult, type Benchmark, type BenchResult } from '../types.ts';

/** The plan alone: what a rollout row or a draw needs at least, and what the end-to-end target measures. */
const PLAN_ONLY = { analysis: { marginalCosts: false, macCurve: false } } as const;

export function pathwayPhases(measures: number, mip: boolean, smoke: boolean): Benchmark {
  const id = `pathway_${mip ? 'mip' : 'lp'}_${measures}`;
  const group = 'pathway';
  return {
    id,
    group,
    smoke,
    async run({ quick }) {
      const highs = await loadBackend('highs');
      const jslp = await loadBackend('jslp');
      const s = generatedScenario({ measures, mip });
      const f = s.factories[0]!;
      const data = prepareFactoryData(s, f);
      const built = buildPathwayModel(data);
      const options = { mipRelGap: s.solver.mipRelGap };
      // Steady state, as a rollout or a Monte Carlo run sees it: warm the WebAssembly solver (DESIGN
      // §7: ~200 solves until V8 has optimised it) and the JavaScript of every phase first.
      const warmup = quick ? 20 : 100;
      for (let i = 0; i < 2 * warmup; i++) highs.solve(built.model, options);
      const runs = quick ? 5 : 31;
      const solve = await time(() => highs.solve(built.model, options), { runs, warmup });
      // Overhead from the same runs: each plan reports its own solve time (for a MILP including the
      // LP re-solve with integers fixed, which gives the duals), so noise between separately timed
      // phases does not enter the ratio.
      const overheads: number[] = [];
      const endToEnd = await time(
        () => {
          const t0 = performance.now();
          const plan = optimiseFactory(s, f, highs, PLAN_ONLY);
          const solveMs = plan.solver.solveSeconds * 1000;
          overheads.push((performance.now() - t0 - solveMs) / solveMs);
        },
        { runs, warmup },
      );
      const overhead = median(overheads.slice(-endToEnd.runs));
      const withAnalysis = await time(() => optimiseFactory(s, f, highs), { runs: quick ? 3 : 11, warmup: quick ? 1 : 3 });
      const out: BenchResult[] = [
        msResult(`${id}.model_build`, group, await time(() => buildPathwayModel(prepareFactoryData(s, f)), { runs, warmup })),
        msResult(`${id}.matrix`, group, await time(() => built.ctx.b.build(), { runs, warmup })),
        msResult(`${id}.lp_text`, group, await time(() => writeLp(built.model), { runs, warmup })),
        msResult(`${id}.solve_highs`, group, solve),
        msResult(`${id}.end_to_end`, group, endToEnd, `target ≤ ${mip ? 100 : 10} ms at 60 measures`),
        valueResult(`${id}.engine_overhead`, group, 'ratio', overhead, 'median over the end-to-end runs of (run − its solves) / its solves (target ≤ 0.25)'),
        msResult(`${id}.with_analysis`, group, withAnalysis, 'the plan with both marginal costs and the MAC curve'),
      ];
      const first = jslp.solve(built.model, { timeLimitSeconds: 5 });
      out.push(
        first.termination === 'error'
          ? { id: `${id}.solve_jslp`, group, unit: 'ms', note: `refused: ${first.message}` }
          : first.termination !== 'optimal'
            ? { id: `${id}.solve_jslp`, group, unit: 'ms', note: `${first.termination} within 5 s` }
            : msResult(`${id}.solve_jslp`, group, await time(() => jslp.solve(built.model, { timeLimitSeconds: 5 }), { runs: 3, warmup: 0, maxSeconds: 20 })),
      );
      return out;
    },
  };
}
