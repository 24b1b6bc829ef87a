/**
 * The representative-day model beside the annual one: one generated factory (5 years, 20 measures,
 * LP or MILP) solved warm end to end on the annual balance and on the default representative days
 * (4 seasons × working and rest day, 12 time slices each). Targets (issue 17): ≤ 150 ms for the LP,
 * ≤ 500 ms for the MILP, end to end on representative days.
 */
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { numRows } from '../../engine/model/linear-model.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { generatedScenario } from '../generate.ts';
import { time } from '../measure.ts';
import { msResult, valueResult, type Benchmark, type BenchResult } from '../types.ts';

export function hourlyModel(measures: number, mip: boolean, smoke: boolean): Benchmark {
  const id = `hourly_${mip ? 'mip' : 'lp'}_${measures}`;
  const group = 'hourly';
  return {
    id,
    group,
    smoke,
    async run({ quick }) {
      const highs = await loadBackend('highs');
      const out: BenchResult[] = [];
      const ends: Record<string, number> = {};
      for (const resolution of ['annual', 'representative_days'] as const) {
        const s = generatedScenario({ measures, mip, resolution });
        const f = s.factories[0]!;
        const built = buildPathwayModel(prepareFactoryData(s, f));
        const runs = quick ? 3 : 15;
        const warmup = quick ? 2 : 10;
        const endToEnd = await time(() => optimiseFactory(s, f, highs), { runs, warmup });
        ends[resolution] = endToEnd.medianMs;
        const target = resolution === 'annual' ? undefined : `target ≤ ${mip ? 500 : 150} ms`;
        out.push(msResult(`${id}.${resolution}.end_to_end`, group, endToEnd, target));
        out.push(valueResult(`${id}.${resolution}.rows`, group, 'ratio', numRows(built.model), 'rows of the model (a count)'));
      }
      out.push(valueResult(`${id}.cost_ratio`, group, 'ratio', ends['representative_days']! / ends['annual']!, 'representative days ÷ annual, end to end'));
      return out;
    },
  };
}
