/** The disclosure report carries a factory's product footprints (section 5) when it declares products. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import { factoryFootprint } from '../../engine/footprint/footprint-factory.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { renderReportHtml } from '../../server/report/render-report.ts';

describe('disclosure report', () => {
  it('shows the LFP cell footprint by stage for each plan year, with the baseline total', async () => {
    const f = 'lithium-battery-fujian.yaml';
    const r = loadScenarioText(readFileSync(join(import.meta.dirname, '../../scenarios', f), 'utf8'), f);
    if (!r.ok) throw new Error(f);
    const plan = optimiseScenario(r.value, await loadBackend('highs'));
    const html = await renderReportHtml({ scenario: r.value, plans: plan.factories, lang: 'en', date: '2026-12-07' });
    expect(html).toContain('5 Product carbon footprints (cradle to gate)');
    expect(html).toContain('LFP prismatic cell for EV packs (archetype) · kgCO2e per kWh');
    const fp = factoryFootprint(r.value, r.value.factories[0]!, plan.factories[0]!)!.products[0]!;
    const y2030 = fp.plan!.years.at(-1)!;
    expect(html).toContain(`<td>2030</td><td class="n">${y2030.stagesKgco2e.materials.toFixed(1)}</td>`);
    expect(html).toContain(`<td class="n">${fp.baseline.years.at(-1)!.totalKgco2ePerUnit.toFixed(1)}</td>`);
    const zh = await renderReportHtml({ scenario: r.value, plans: plan.factories, lang: 'zh', date: '2026-12-07' });
    expect(zh).toContain('5 产品碳足迹');
  }, 60_000);
});
