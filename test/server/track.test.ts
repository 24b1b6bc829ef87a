/** POST /v1/track through inject(): the bundled example actuals, the stored run and its chart, 400s naming the row and column. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

const root = join(import.meta.dirname, '../..');
const EXAMPLE = join(root, 'scenarios/actuals/bank-loan-lithium-battery-2026');
const actualsText = readFileSync(join(EXAMPLE, 'actuals.yaml'), 'utf8');
const readingsCsv = readFileSync(join(EXAMPLE, 'readings.csv'), 'utf8');
const scenarioId = 'bank-loan-lithium-battery';

const app = await testApp();
afterAll(async () => {
  await app.close();
});

describe('POST /v1/track', () => {
  it('tracks the bundled example, stores the run with both plans, answers a repeat from the store, draws the chart', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/track', payload: { scenarioId, actualsText, readingsCsv } });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ kind: 'track', status: 'tracked', cached: false });
    expect(body.result.kpi[0]).toMatchObject({ year: 2026, met: false, marginStepBps: 10 });
    expect(body.result.original.plan.length).toBeGreaterThan(0);
    expect(body.result.replan.fromYear).toBe(2027);
    const again = await app.inject({ method: 'POST', url: '/v1/track', payload: { scenarioId, actualsText, readingsCsv } });
    expect(again.headers['x-lingtan-cache']).toBe('hit');
    expect(again.json().runId).toBe(body.runId);
    const charts = await app.inject({ method: 'GET', url: `/v1/runs/${body.runId}/charts` });
    expect(charts.json().charts.map((c: { kind: string }) => c.kind)).toEqual(['plan_vs_actual']);
    const spec = await app.inject({ method: 'GET', url: `/v1/runs/${body.runId}/charts/plan_vs_actual?lang=zh` });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().title.text).toBe('计划与实际排放对比');
    const svg = await app.inject({ method: 'GET', url: `/v1/runs/${body.runId}/charts/plan_vs_actual?format=svg` });
    expect(svg.statusCode).toBe(200);
    expect(svg.body.startsWith('<svg')).toBe(true);
  }, 120_000);

  it.each([
    ['a negative reading', readingsCsv.replace('2026-01,GRID-110KV,', '2026-01,GRID-110KV,-'), 'readingsCsv: line 2, column quantity', /negative reading/],
    ['a meter that maps nowhere', `${readingsCsv}2026-02,HEAT-9,5,GJ\n`, 'readingsCsv: line 73, column meter_id', /maps to no carrier or end-use/],
    ['overlapping intervals', `${readingsCsv}2026-03-01T00:00,GAS-STEAM,1,Nm3\n`, 'readingsCsv: line 73, column timestamp', /overlapping interval/],
  ])('400 for %s, naming the row and column', async (_name, csv, path, message) => {
    const r = await app.inject({ method: 'POST', url: '/v1/track', payload: { scenarioId, actualsText, readingsCsv: csv } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('actuals_invalid');
    expect(r.json().error.issues).toEqual([{ path, message: expect.stringMatching(message) }]);
  }, 60_000);

  it('400 for missing actuals and for an actuals file that does not fit the scenario', async () => {
    const none = await app.inject({ method: 'POST', url: '/v1/track', payload: { scenarioId, readingsCsv } });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.issues[0].path).toBe('actuals');
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/track',
      payload: { scenarioId, readingsCsv, actuals: { meters: [{ id: 'GRID-110KV', role: 'grid_import', unit: 'kWh' }], output: [{ year: 2026, quantity: 1 }], installed: [{ measureId: 'fusion', sizeUnits: 1, commissioned: '2026-01-01' }] } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toEqual([{ path: 'actuals.installed[0].measureId', message: 'measure fusion is not on offer in scenario bank_loan_lithium_battery' }]);
  }, 60_000);
});
