/** POST /v1/footprint through inject(): the footprint of a bundled scenario, 400 naming the field without products. */
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

const app = await testApp();
afterAll(async () => app.close());

describe('POST /v1/footprint', () => {
  it('answers the lithium-battery footprint by stage, baseline and plan, with the battery view', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/footprint', payload: { scenarioId: 'lithium-battery-fujian' } });
    expect(r.statusCode).toBe(200);
    const cell = r.json().result.factories[0].products[0];
    expect(cell.id).toBe('lfp_cell');
    expect(cell.baseline.years.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    const base = cell.baseline.years.at(-1);
    const plan = cell.plan.years.at(-1);
    // the plan's green power cuts the site stage; the materials stage is the same BOM
    expect(plan.stagesKgco2e.site_energy).toBeLessThan(base.stagesKgco2e.site_energy / 3);
    expect(plan.stagesKgco2e.materials).toBeCloseTo(base.stagesKgco2e.materials, 9);
    expect(plan.battery.totalKgco2ePerKwh).toBeCloseTo(plan.totalKgco2ePerUnit, 9);
  }, 60_000);

  it('400 naming factories[0].products for a scenario without products', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/footprint', payload: { scenarioId: 'machinery-jiangsu' } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('no_products');
    expect(r.json().error.issues[0].path).toBe('factories[0].products');
  });
});
