/**
 * Generated pathway scenarios for benchmarks: one factory using every kind of end-use and carrier,
 * with exactly `measures` measures (catalogue measures that apply, then seeded variants of them with
 * perturbed cost and effect), LP or MILP (a share of the measures lumpy). Deterministic per seed.
 */
import { loadScenarioData } from '../engine/data/load-scenario.ts';
import type { MeasureInput, Scenario } from '../engine/data/schemas/scenario.ts';
import { MEASURE_CATALOGUE } from '../engine/data/catalogue/index.ts';
import { mulberry32 } from '../engine/simulation/random.ts';
import type { TimeResolution } from '../engine/data/schemas/time.ts';

export interface GeneratedOptions {
  readonly measures: number;
  readonly mip: boolean;
  readonly seed?: number;
  readonly endYear?: number;
  /** The electricity balance (default annual: the pathway and rollout suites; benchmarks/suites/hourly.ts uses representative days). */
  readonly resolution?: TimeResolution;
}

const FACTORY = {
  id: 'generated',
  name: 'Generated benchmark factory',
  sector: 'machinery',
  province: 'jiangsu',
  output: { unit: 't', baseQuantity: 100_000, growthRate: 0.03 },
  // The PV class is fixed so that the LP stays an LP (variants of cheap PV could make the class a decision).
  site: { roofAreaM2: 60_000, landAreaM2: 20_000, gridConnectionKva: 40_000, pv: { projectClass: 'large_ci' } },
  inventory: {
    energy: [
      { endUse: 'heat_low', carrier: 'natural_gas', energyMwh: 12_000 },
      { endUse: 'heat_medium', carrier: 'natural_gas', energyMwh: 18_000 },
      { endUse: 'heat_high', carrier: 'raw_coal', energyMwh: 25_000 },
      { endUse: 'steam', carrier: 'raw_coal', energyMwh: 30_000 },
      { endUse: 'motors', carrier: 'electricity', energyMwh: 40_000 },
      { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 12_000 },
      { endUse: 'hvac', carrier: 'electricity', energyMwh: 15_000 },
      { endUse: 'lighting', carrier: 'electricity', energyMwh: 4_000 },
      { endUse: 'other_electric', carrier: 'electricity', energyMwh: 20_000 },
      { endUse: 'transport', carrier: 'diesel', energyMwh: 3_000 },
    ],
    process: [{ id: 'process', activity: 100_000, activityUnit: 't', factorTco2PerUnit: 0.05, source: 'benchmark value' }],
  },
};

/** Every sector and end-use applies, so variants of any catalogue measure act on this factory. */
function variant(m: MeasureInput, i: number, rng: () => number, lumpy: boolean): MeasureInput {
  const k = 0.7 + 0.6 * rng();
  const capex = typeof m.capexRmbPerUnit === 'number' ? m.capexRmbPerUnit * k : `(${JSON.stringify(m.capexRmbPerUnit).replace(/"/g, '')}) * ${k}`;
  const base = { ...m, id: `${m.id}_v${i}`, sectors: 'all' as const, capexRmbPerUnit: typeof m.capexRmbPerUnit === 'object' ? m.capexRmbPerUnit : capex };
  return lumpy ? { ...base, lumpy: { minSizeUnits: 10, fixedCostRmb: 200_000 } } : base;
}

export function generatedScenario(o: GeneratedOptions): Scenario {
  const rng = mulberry32(o.seed ?? 1);
  const pool = MEASURE_CATALOGUE.filter((m) => m.category !== 'process_change' || m.sectors === 'all').map((m) => ({ ...m, sectors: 'all' as const, lumpy: undefined }));
  const custom: MeasureInput[] = [];
  for (let i = 0; custom.length < o.measures; i++) {
    const m = pool[i % pool.length]!;
    const lumpy = o.mip && rng() < 0.15;
    custom.push(i < pool.length && !lumpy ? { ...m, id: `${m.id}_g` } : variant(m, i, rng, lumpy));
  }
  const r = loadScenarioData(
    {
      id: `generated_${o.measures}_${o.mip ? 'mip' : 'lp'}`,
      name: 'Generated benchmark scenario',
      horizon: { startYear: 2026, endYear: o.endYear ?? 2030 },
      time: { resolution: o.resolution ?? 'annual' },
      factories: [FACTORY],
      policy: { targetYear: o.endYear ?? 2030, netTargetFractionOfBase: 0.3, offsetYears: 'all' },
      // Counted equipment in continuous sizes: the LP must stay an LP, and the MILP keeps its lumpy share only.
      measures: { include: [], custom, wholeUnits: false },
    },
    'generated',
  );
  if (!r.ok) throw new Error(`generated scenario does not load: ${JSON.stringify(r.error)}`);
  return r.value;
}
