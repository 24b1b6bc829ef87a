/**
 * Anchor benchmarks: generated many-factory pathway files (DESIGN §7 compares on a 50-factory LP)
 * and the bundled Netlib / MIPLIB 3 instances, each through HiGHS-WASM, native CLP or CBC and
 * javascript-lp-solver (see anchor.ts). Instance groups end with the geometric mean of the
 * HiGHS-over-native ratios.
 */
import { readFileSync } from 'node:fs';
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { readMps } from '../../engine/model/mps-reader.ts';
import { stackModels } from '../../engine/model/stack-models.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { generatedScenario } from '../generate.ts';
import { valueResult, type Benchmark, type BenchResult } from '../types.ts';
import { geometricMean, runAnchor, type AnchorCase } from './anchor.ts';

const instancesDir = new URL('../../test/fixtures/instances/', import.meta.url);

/** V8 optimises the WebAssembly after ~200 solves (DESIGN §7): warm once before timing. */
async function warmHighs(): Promise<void> {
  const highs = await loadBackend('highs');
  const s = generatedScenario({ measures: 20, mip: false });
  const { model } = buildPathwayModel(prepareFactoryData(s, s.factories[0]!));
  for (let i = 0; i < 200; i++) highs.solve(model);
}

function pathwayFile(factories: number, measures: number, mip: boolean) {
  return () =>
    stackModels(
      Array.from({ length: factories }, (_, i) => {
        const s = generatedScenario({ measures, mip, seed: i + 1 });
        return buildPathwayModel(prepareFactoryData(s, s.factories[0]!)).model;
      }),
      `pathway_${factories}x${measures}`,
    );
}

export function pathwayAnchor(factories: number, measures: number, mip: boolean): Benchmark {
  const id = `anchor_${mip ? 'cbc' : 'clp'}_${factories}x${measures}`;
  return {
    id,
    group: 'anchor',
    smoke: false,
    async run() {
      await warmHighs();
      const c: AnchorCase = { id, group: 'anchor', model: pathwayFile(factories, measures, mip), runs: { highs: mip ? 5 : 11, native: mip ? 5 : 7 }, jslpSeconds: 20 };
      return (await runAnchor(c)).rows;
    },
  };
}

export function instanceAnchors(kind: 'lp' | 'mip', smoke: boolean): Benchmark {
  const id = `anchor_${kind === 'lp' ? 'netlib' : 'miplib'}`;
  return {
    id,
    group: id,
    smoke,
    async run({ quick }) {
      await warmHighs();
      const manifest = JSON.parse(readFileSync(new URL('manifest.json', instancesDir), 'utf8')) as Array<{ file: string; kind: string; reference_objective: number }>;
      const records = manifest.filter((i) => i.kind === kind);
      const chosen = quick ? records.filter((i) => /afiro|sc50a|p0033/.test(i.file)) : records;
      const rows: BenchResult[] = [];
      const ratios: number[] = [];
      for (const { file, reference_objective: knownObjective } of chosen) {
        const text = readFileSync(new URL(file, instancesDir), 'utf8');
        const c: AnchorCase = {
          id: `${id}.${file.replace(/^(lp|mip)\//, '').replace(/\.mps$/, '')}`,
          group: id,
          model: () => {
            const r = readMps(text);
            if (!r.ok) throw new Error(`${file}: ${r.error.message}`);
            return r.model;
          },
          runs: quick ? { highs: 3, native: 3 } : kind === 'lp' ? { highs: 11, native: 7 } : { highs: 3, native: 3 },
          jslpSeconds: quick ? 0 : kind === 'lp' ? 10 : 5,
          knownObjective,
        };
        const outcome = await runAnchor(c);
        rows.push(...outcome.rows);
        if (outcome.highsOverNative !== null) ratios.push(outcome.highsOverNative);
      }
      const native = kind === 'lp' ? 'CLP' : 'CBC';
      if (ratios.length > 0) {
        rows.push(valueResult(`${id}.geomean_highs_over_native`, id, 'ratio', geometricMean(ratios), `geometric mean over the ${ratios.length} of ${chosen.length} instances ${native} takes long enough to time`));
      } else {
        rows.push({ id: `${id}.geomean_highs_over_native`, group: id, unit: 'ratio', note: `none of the ${chosen.length} instances takes ${native} long enough to time (its reported solve time is under 20 steps of its resolution)` });
      }
      return rows;
    },
  };
}
