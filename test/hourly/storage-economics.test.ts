/**
 * The batteries bundled scenarios build, against the tariffs they see (issue 17: "storage a bundled
 * scenario builds is economically sensible against the published spreads"). For each year a
 * battery stands: its value (arbitrage + self-consumption + demand charge, from the solved hours)
 * covers its annualised cost; the net arbitrage per MWh it discharges is positive and below the
 * year's largest spread of the tariff (no battery earns more than critical − valley per MWh, and
 * losses take ≈ 8 % of what it buys), and at the provinces' scale: Guangdong's 1.7 : 1 : 0.38
 * schedule (critical ×1.25 in Jul–Sep), Zhejiang's 2026 1.85 : 1 : 0.4 (critical 2.05, a midday
 * valley) and Jiangsu's 2025 spread of ≈0.5 RMB/kWh (CNESA). A wholesale buyer with one price in
 * every hour (Guizhou from March 2026) builds none: a battery there only loses energy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const load = (name: string): Scenario => {
  const file = join(import.meta.dirname, '../../scenarios', name);
  const r = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe.each([
  // [scenario, lowest and highest net arbitrage per MWh discharged, RMB/MWh]
  ['electronics-guangdong.yaml', 500, 1000],
  ['textiles-zhejiang.yaml', 500, 1000],
  ['machinery-jiangsu.yaml', 200, 600],
])('%s', (name, low, high) => {
  it('builds a battery that pays for itself on the spread it sees', () => {
    const s = load(name);
    const f = s.factories[0]!;
    const hourly = prepareFactoryData(s, f).hourly!;
    const p = optimiseFactory(s, f, backend);
    expect(p.status).toBe('optimal');
    const years = p.hourly!.storage;
    expect(years.length).toBeGreaterThan(0);
    for (const st of years) {
      const value = st.arbitrageRmb + st.selfConsumptionRmb + st.demandChargeRmb;
      expect(value, `${st.year}`).toBeGreaterThanOrEqual(st.annualisedCostRmb);
      const prices = hourly.priceRmbPerMwh[st.year]!.flat();
      const spread = Math.max(...prices) - Math.min(...prices);
      const perMwh = (st.arbitrageRmb + st.selfConsumptionRmb) / st.dischargedMwh;
      expect(perMwh, `${st.year}`).toBeLessThan(spread);
      expect(perMwh, `${st.year}`).toBeGreaterThan(low);
      expect(perMwh, `${st.year}`).toBeLessThan(high);
      // Cycling within the battery's life (3,500 cycles over 12 years).
      expect(st.equivalentCycles).toBeLessThanOrEqual(3500 / 12 + 1e-6);
    }
  });
});

describe('data-centre-guizhou.yaml (wholesale, no TOU)', () => {
  it('builds no battery', () => {
    const s = load('data-centre-guizhou.yaml');
    const p = optimiseFactory(s, s.factories[0]!, backend);
    expect(p.status).toBe('optimal');
    expect(p.hourly!.storage.filter((st) => st.energyKwh > 1e-6)).toEqual([]);
  });
});
