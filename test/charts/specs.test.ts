/**
 * Every chart kind on realistic rows (the hand-computed factory optimised with HiGHS, Monte Carlo and
 * sensitivity draws, a small rollout, a comparison, a loan): a self-contained Vega-Lite spec that
 * compiles without warnings, with titles and unit-bearing axis titles in English and Chinese.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHART_KINDS,
  CHART_KIND_IDS,
  VEGA_LITE_SCHEMA,
  buildChart,
  chartKindsFor,
  compileSpec,
  isChartKind,
  macBars,
  macCurveChart,
  macRows,
  abatementWedgesChart,
  loanScheduleChart,
  mcHistogramChart,
  planComparisonChart,
  type ChartKind,
  type Spec,
} from '../../engine/charts/index.ts';
import { TITLES } from '../../engine/charts/titles.ts';
import { chartFixtures, type ChartFixtures } from './fixtures.ts';
import { asJson, collect, mainTitle, sourceFor, titles } from './helpers.ts';

let f: ChartFixtures;
beforeAll(async () => {
  f = await chartFixtures();
}, 60_000);

const UNIT = /\((?:[^)]*)(tCO2|RMB|MWh|×|元|吨|兆瓦时|倍)(?:[^)]*)\)/;

describe('the registry', () => {
  it('lists the fourteen kinds with stable snake_case ids, titles and the result they apply to', () => {
    expect(CHART_KIND_IDS).toEqual([
      'emissions_pathway', 'abatement_wedges', 'capex_by_year', 'energy_mix', 'mac_curve', 'cost_waterfall',
      'mc_fan', 'mc_histogram', 'tornado', 'rollout_pathway', 'plan_comparison', 'dispatch', 'loan_schedule', 'plan_vs_actual',
      'stochastic_cost',
    ]);
    for (const k of CHART_KIND_IDS) {
      expect(k).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(CHART_KINDS[k].id).toBe(k);
      expect(CHART_KINDS[k].title.en.length).toBeGreaterThan(3);
      expect(CHART_KINDS[k].title.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(isChartKind('mac_curve')).toBe(true);
    expect(isChartKind('toString')).toBe(false);
  });

  it('offers each source its kinds, abatement wedges only with a baseline, and refuses the rest', () => {
    expect(chartKindsFor({ kind: 'factory_plan', plan: f.plan, baseline: f.baseline })).toEqual([
      'emissions_pathway', 'abatement_wedges', 'capex_by_year', 'energy_mix', 'mac_curve', 'cost_waterfall',
    ]);
    expect(chartKindsFor({ kind: 'factory_plan', plan: f.plan })).not.toContain('abatement_wedges');
    // The dispatch chart only for a plan solved on representative days.
    expect(chartKindsFor({ kind: 'factory_plan', plan: f.hourlyPlan })).toContain('dispatch');
    expect(buildChart('dispatch', { kind: 'factory_plan', plan: f.plan })).toBeNull();
    expect(chartKindsFor({ kind: 'monte_carlo', result: f.monteCarlo })).toEqual(['mc_fan', 'mc_histogram']);
    expect(buildChart('abatement_wedges', { kind: 'factory_plan', plan: f.plan })).toBeNull();
    expect(buildChart('tornado', { kind: 'monte_carlo', result: f.monteCarlo })).toBeNull();
    expect(buildChart('mac_curve', { kind: 'loan', loan: f.loan })).toBeNull();
    expect(chartKindsFor({ kind: 'loan', loan: f.loan })).toEqual(['loan_schedule']);
    expect(chartKindsFor({ kind: 'loan', loan: null })).toEqual([]);
    expect(buildChart('loan_schedule', { kind: 'loan', loan: null })).toBeNull();
  });
});

describe.each(CHART_KIND_IDS.flatMap((k) => (['en', 'zh'] as const).map((lang) => [k, lang] as const)))('%s (%s)', (kind: ChartKind, lang) => {
  let spec: Spec;
  beforeAll(() => {
    const s = buildChart(kind, sourceFor(kind, f), { lang, targetDscr: 1.3 });
    if (s === null) throw new Error(`${kind} did not apply to its own source`);
    spec = s;
  });

  it('is self-contained: $schema, inline data with rows, no URLs', () => {
    const j = asJson(spec);
    expect(collect(j, '$schema')).toEqual([VEGA_LITE_SCHEMA]);
    expect(collect(j, 'url')).toEqual([]);
    const data = collect(j, 'data');
    expect(data.length).toBeGreaterThan(0);
    for (const d of data) expect(d).toMatchObject({ values: expect.any(Array) });
    const rows = data.flatMap((d) => (d !== null && typeof d === 'object' && !Array.isArray(d) && Array.isArray(d['values']) ? d['values'] : []));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('has its title and axis titles with units in the language asked for', () => {
    expect(mainTitle(spec)).toBe(TITLES[kind][lang]);
    const all = titles(asJson(spec));
    expect(all.some((t) => UNIT.test(t))).toBe(true);
    if (lang === 'zh') expect(all.filter((t) => /[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThanOrEqual(2);
    else expect(all.every((t) => !/[\u4e00-\u9fff]/.test(t))).toBe(true);
  });

  it('compiles with vega-lite without warnings', () => {
    const warnings: string[] = [];
    const vg = compileSpec(spec, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(collect(asJson(vg), 'marks').length).toBeGreaterThan(0);
  });
});

describe('charts on edge-case rows', () => {
  it('compile with no rows at all', () => {
    const empty: ReadonlyArray<[string, Spec]> = [
      ['mac', macCurveChart([])],
      ['wedges', abatementWedgesChart([])],
      ['loan', loanScheduleChart([])],
      ['histogram', mcHistogramChart([])],
      ['comparison', planComparisonChart([])],
    ];
    for (const [name, spec] of empty) expect(() => compileSpec(spec), name).not.toThrow();
  });

  it('the warning sink really receives vega-lite warnings', () => {
    const warnings: string[] = [];
    compileSpec({ $schema: VEGA_LITE_SCHEMA, data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'a', type: 'nominal' } } }, { onWarning: (m) => warnings.push(m) });
    expect(warnings.length).toBeGreaterThan(0);
  });
});

describe('MAC curve', () => {
  it('draws each measure as a bar whose width x2 − x is its abatement, cheapest first and touching', () => {
    const rows = macRows(f.plan);
    expect(rows.length).toBeGreaterThan(3);
    const vg = asJson(compileSpec(macCurveChart(rows)));
    // The rect mark's x and x2 fields, as compiled.
    const rect = collect(vg, 'marks').flatMap((m) => (Array.isArray(m) ? m : [])).find((m) => m !== null && typeof m === 'object' && !Array.isArray(m) && m['type'] === 'rect');
    expect(rect).toBeDefined();
    const update = collect(rect!, 'update')[0] as { x: { field: string }; x2: { field: string }; y: { field: string } };
    const { x, x2, y } = update;
    // The compiled inline data set the rect draws.
    const sets = collect(vg, 'values').filter((v): v is Array<{ [k: string]: Json }> => Array.isArray(v) && v.length === rows.length);
    expect(sets).toHaveLength(1);
    const bars = sets[0]!.map((b) => ({ x: Number(b[x.field]), x2: Number(b[x2.field]), cost: Number(b[y.field]), measure: String(b['measure']) }));
    // A measure may have several steps (rows) of the model-derived curve: bars follow the rows by cost.
    const sorted = rows.filter((r) => r.abatementTco2PerYear > 0).sort((p, q) => p.costRmbPerTco2 - q.costRmbPerTco2);
    let at = 0;
    let lastCost = -Infinity;
    for (const [i, b] of bars.entries()) {
      const row = sorted[i]!;
      expect(b.measure).toBe(row.nameEn);
      expect(b.x2 - b.x).toBeCloseTo(row.abatementTco2PerYear, 6);
      expect(b.x).toBeCloseTo(at, 6);
      expect(b.cost).toBe(row.costRmbPerTco2);
      expect(b.cost).toBeGreaterThanOrEqual(lastCost);
      at = b.x2;
      lastCost = b.cost;
    }
    expect(at).toBeCloseTo(rows.reduce((s, r) => s + r.abatementTco2PerYear, 0), 6);
    expect(macBars(rows).map((b) => b.measureId).sort()).toEqual(rows.map((r) => r.measureId).sort());
  });

  it('draws the plan’s carbon shadow price across the curve', () => {
    const spec = buildChart('mac_curve', { kind: 'factory_plan', plan: f.plan })!;
    const prices = collect(asJson(spec), 'price');
    expect(f.plan.carbonShadowPriceRmbPerTco2).not.toBeNull();
    expect(prices).toEqual([f.plan.carbonShadowPriceRmbPerTco2]);
  });
});

type Json = ReturnType<typeof asJson>;
