/** The rows adapters against the engine results they read, checked by independent sums. */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveYearFactors } from '../../engine/accounting/resolve-factors.ts';
import {
  abatementWedgeRows,
  abatementWedgesChart,
  capexRows,
  costWaterfallRows,
  emissionsPathwayRows,
  energyMixRows,
  loanRows,
  mcFanRows,
  mcHistogramRows,
  planComparisonRows,
  rolloutPathwayRows,
  tornadoRows,
  waterfallSteps,
  compileSpec,
} from '../../engine/charts/index.ts';
import { chartFixtures, type ChartFixtures } from './fixtures.ts';
import { asJson, collect } from './helpers.ts';

let f: ChartFixtures;
beforeAll(async () => {
  f = await chartFixtures();
}, 60_000);

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('plan rows', () => {
  it('the fixture plan is a real pathway: optimal, with offsets, certificates, self-consumed PV and a shadow price', () => {
    expect(f.plan.status).toBe('optimal');
    expect(sum(f.plan.emissions.map((e) => e.offsetsTco2))).toBeGreaterThan(0);
    expect(sum(f.plan.energy.map((e) => e.certificatesMwh))).toBeGreaterThan(0);
    expect(sum(f.plan.energy.map((e) => e.selfConsumedMwh))).toBeGreaterThan(0);
    expect(f.plan.carbonShadowPriceRmbPerTco2).toBeGreaterThan(0);
  });

  it('emissions pathway: one row per year with the cap', () => {
    const rows = emissionsPathwayRows(f.plan);
    expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2028]);
    for (const r of rows) expect(r.scope1Tco2 + r.scope2Tco2 - r.offsetsTco2).toBeCloseTo(r.netTco2, 4);
    expect(rows.at(-1)!.capTco2).toBe(0);
  });

  it('abatement wedges add up to the baseline and value green power and PV at the market residual factor', () => {
    const rows = abatementWedgeRows(f.plan, f.baseline);
    for (const e of f.plan.emissions) {
      const year = rows.filter((r) => r.year === e.year);
      const wedge = (id: string) => year.find((r) => r.wedge === id)!.tco2;
      const base = f.baseline.years.find((b) => b.year === e.year)!;
      expect(sum(year.map((r) => r.tco2))).toBeCloseTo(base.totalMarketTco2, 4); // the scenario accounts market-based
      expect(wedge('net_emissions')).toBeCloseTo(e.netTco2, 6);
      expect(wedge('offsets')).toBeCloseTo(e.offsetsTco2, 6);
      const energy = f.plan.energy.find((x) => x.year === e.year)!;
      const factor = resolveYearFactors(f.scenario.factories[0]!, f.scenario.assumptions, e.year).factors.gridMarketResidualTco2PerMwh;
      expect(wedge('onsite_renewables')).toBeCloseTo(energy.selfConsumedMwh * factor, 4);
      expect(wedge('green_purchases')).toBeCloseTo(Math.min(energy.gridMwh, energy.greenPowerMwh + energy.certificatesMwh) * factor, 4);
      expect(wedge('process_change')).toBeCloseTo(base.processTco2 - e.processTco2, 6);
    }
    expect(new Set(rows.map((r) => r.wedge))).toEqual(new Set(['net_emissions', 'energy_use', 'onsite_renewables', 'green_purchases', 'process_change', 'carbon_capture', 'offsets']));
  });

  it('abatement wedges take measure-level rows too, named in both languages', () => {
    const spec = abatementWedgesChart(
      [
        { year: 2026, wedge: 'net_emissions', tco2: 80 },
        { year: 2026, wedge: 'led', nameEn: 'LED lighting', nameZh: 'LED照明', tco2: 20 },
        { year: 2027, wedge: 'net_emissions', tco2: 50 },
        { year: 2027, wedge: 'led', nameEn: 'LED lighting', nameZh: 'LED照明', tco2: 50 },
      ],
      { lang: 'zh' },
    );
    const j = asJson(spec);
    expect(collect(j, 'domain').flat()).toContain('LED照明');
    expect(collect(j, 'tco2').filter((v) => v === 100)).toHaveLength(2); // the baseline line: 80 + 20, 50 + 50
    expect(() => compileSpec(spec)).not.toThrow();
  });

  it('capex rows match the plan’s capex by year', () => {
    const rows = capexRows(f.plan);
    for (const c of f.plan.capex) expect(sum(rows.filter((r) => r.year === c.year).map((r) => r.capexRmb))).toBeCloseTo(c.totalRmb, 4);
    expect(sum(rows.map((r) => r.capexRmb))).toBeCloseTo(sum(f.plan.plan.map((p) => p.capexRmb)), 4);
  });

  it('energy mix splits grid purchases without double counting and lists fuels by carrier', () => {
    const rows = energyMixRows(f.plan);
    for (const e of f.plan.energy) {
      const year = rows.filter((r) => r.year === e.year);
      const grid = sum(year.filter((r) => ['grid', 'green_power', 'certificates'].includes(r.source)).map((r) => r.mwh));
      expect(grid).toBeCloseTo(e.gridMwh, 4);
      expect(year.find((r) => r.source === 'onsite_self_consumed')?.mwh ?? 0).toBeCloseTo(e.selfConsumedMwh, 6);
      expect(year.find((r) => r.source === 'natural_gas')?.mwh ?? 0).toBeCloseTo(e.incumbentByCarrierMwh.natural_gas ?? 0, 6);
      expect(year.some((r) => r.source === 'electricity')).toBe(false);
    }
  });

  it('cost waterfall: categories sum to the total of every year’s costs', () => {
    const rows = costWaterfallRows(f.plan);
    const total = sum(f.plan.costs.map((c) => c.totalRmb));
    expect(sum(rows.map((r) => r.costRmb))).toBeCloseTo(total, 2);
    const steps = waterfallSteps(rows);
    expect(steps.at(-1)).toMatchObject({ kind: 'total', start: 0 });
    expect(steps.at(-1)!.end).toBeCloseTo(total, 2);
    steps.slice(1, -1).forEach((s, i) => expect(s.start).toBe(steps[i]!.end));
  });
});

describe('simulation, rollout, comparison and loan rows', () => {
  it('fan rows are the Monte Carlo summary per year; the histogram has one row per successful draw', () => {
    const net = mcFanRows(f.monteCarlo);
    expect(net).toEqual(f.monteCarlo.summary.netTco2ByYear.map((q) => ({ year: q.year, p5: q.p5, p50: q.p50, p95: q.p95 })));
    for (const r of mcFanRows(f.monteCarlo, 'cost')) expect(r.p5).toBeLessThanOrEqual(r.p95);
    expect(mcHistogramRows(f.monteCarlo)).toHaveLength(f.monteCarlo.summary.succeeded);
    expect(f.monteCarlo.summary.succeeded).toBe(16);
  });

  it('tornado rows are deltas from the base, largest swing first', () => {
    const rows = tornadoRows(f.sensitivity);
    const base = f.sensitivity.baseCostRmb!;
    for (const r of rows) {
      const t = f.sensitivity.rows.find((x) => x.input === r.input)!;
      expect(r.lowDelta).toBeCloseTo(t.costLowRmb! - base, 4);
      expect(r.highDelta).toBeCloseTo(t.costHighRmb! - base, 4);
    }
    const swings = rows.map((r) => Math.abs(r.highDelta! - r.lowDelta!));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(rows[0]!.input).toBe('electricity_price');
  });

  it('rollout rows carry every sector’s yearly net emissions', () => {
    const rows = rolloutPathwayRows(f.rollout);
    expect(new Set(rows.map((r) => r.sector))).toEqual(new Set(['machinery', 'electronics']));
    for (const s of f.rollout.sectors) for (const [y, v] of Object.entries(s.netTco2ByYear)) expect(rows).toContainEqual({ year: Number(y), sector: s.sector, netTco2: v });
  });

  it('comparison rows: cost, target-year net, capex, shadow price and offsets per run', () => {
    const [zero, half] = planComparisonRows(f.comparison);
    expect(zero!.costRmb).toBe(f.scenarioPlan.objectiveRmb);
    expect(zero!.netTco2).toBeCloseTo(0, 6);
    expect(zero!.capexRmb).toBeCloseTo(sum(f.plan.capex.map((c) => c.totalRmb)), 4);
    expect(zero!.shadowPriceRmbPerTco2).toBe(f.plan.carbonShadowPriceRmbPerTco2);
    expect(zero!.offsetsTco2).toBeCloseTo(sum(f.plan.emissions.map((e) => e.offsetsTco2)), 6);
    expect(half!.netTco2).toBeGreaterThan(0);
    expect(half!.costRmb!).toBeLessThan(zero!.costRmb!);
  });

  it('loan rows follow the schedule; no debt gives none', () => {
    const rows = loanRows(f.loan);
    expect(f.loan.status).toBe('sized');
    if (f.loan.status !== 'sized') return;
    expect(rows).toHaveLength(f.loan.schedule.length);
    expect(sum(rows.map((r) => r.drawdownRmb))).toBeCloseTo(f.loan.debtRmb, 4);
    expect(rows.at(-1)!.balanceRmb).toBeCloseTo(0, 4);
    expect(loanRows(null)).toEqual([]);
    expect(loanRows({ status: 'no_debt', reason: 'none', loanToCostCapRmb: 0, dscrCapRmb: 0, equityRmb: 0, warnings: [] })).toEqual([]);
  });
});
