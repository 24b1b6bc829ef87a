/**
 * A factory with hand-computable actuals: 2,000 MWh/yr of grid electricity (other_electric) at
 * 600 RMB/MWh and 50 × 10^4 Nm3/yr of natural gas for steam at 300 RMB/MWh, grid factor 0.5 tCO2/MWh
 * (both methods, from the scenario), no growth, r = 0, horizon 2026–2027. One measure: rooftop PV at
 * 1,000 RMB/kWp over 25 years (40 RMB/kWp/yr), 1.0 MWh/kWp, roof 500 m² at 1 m²/kWp → at most 500 kWp,
 * all self-consumed (≤ 35 % of 2,000 MWh). Cheaper than the grid, so the plan builds 500 kWp in 2026.
 * Gas: 389.31 GJ/10^4 Nm3 × 15.3 tC/TJ / 1000 × 0.99 × 44/12 = 21.62188809 tCO2 per 10^4 Nm3
 * (NDRC defaults), so 50 × 10^4 Nm3 = 1,081.0944 tCO2. Plan net per year: (2,000 − 500) × 0.5 +
 * 1,081.0944 = 1,831.0944 tCO2; target 1,900 tCO2 in 2027. On the annual balance, where these
 * figures are computed (the 35 % self-consumption share is its rule).
 */
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import type { ActualsInput } from '../../engine/data/schemas/actuals.ts';

export const GAS_TCO2_PER_10K_NM3 = 389.31 * (15.3 / 1000) * 0.99 * (44 / 12);

export function trackScenario(finance: object = {}): Scenario {
  const r = loadScenarioData(
    {
      id: 'track_tiny',
      name: 'Track tiny',
      horizon: { startYear: 2026, endYear: 2027 },
      time: { resolution: 'annual' },
      factory: {
        id: 'plant',
        name: 'Plant',
        sector: 'machinery',
        province: 'jiangsu',
        output: { unit: 't', baseQuantity: 100 },
        site: { gridConnectionKva: 1000, roofAreaM2: 500 },
        inventory: {
          energy: [
            { endUse: 'other_electric', carrier: 'electricity', energyMwh: 2000 },
            { endUse: 'steam', carrier: 'natural_gas', volume10kNm3: 50 },
          ],
        },
      },
      assumptions: {
        discountRate: 0,
        gridFactor: { locationTco2PerMwh: 0.5, marketResidualTco2PerMwh: 0.5 },
        prices: { carrierRmbPerMwh: { electricity: 600, natural_gas: 300 } },
      },
      policy: { targetYear: 2027, netTargetTco2: 1900, capPath: 'target_year_only', allowedOffsetProducts: [] },
      measures: {
        include: [],
        custom: [
          {
            id: 'pv', nameEn: 'PV', nameZh: '光伏', category: 'renewable_supply', sectors: 'all', sizeUnit: 'kWp', capexRmbPerUnit: 1000,
            lifetimeYears: 25, effect: { kind: 'onsite_generation', technology: 'pv', yieldMwhPerKwYear: 1, siteLimit: 'roof', areaM2PerKw: 1 },
            source: 'test', confidence: 'assumption',
          },
        ],
      },
      finance,
    },
    'track_tiny',
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

export const METERS: ActualsInput['meters'] = [
  { id: 'E-MAIN', role: 'grid_import', unit: 'kWh', interval: 'month' },
  { id: 'PV-INV', role: 'onsite_generation', unit: 'kWh', interval: 'month' },
  { id: 'GAS-1', role: 'fuel', carrier: 'natural_gas', endUse: 'steam', unit: 'Nm3', interval: 'month' },
];

/** Monthly readings of 2026: grid 10 × 170,000 + 2 × 150,000 kWh = 2,000 MWh; gas 10 × 40,000 + 2 × 50,000 Nm3 = 50 × 10^4 Nm3. */
export function monthlyCsv(o: { gridScale?: number; gasScale?: number; pvKwhPerMonth?: number; skip?: (meter: string, month: number) => boolean } = {}): string {
  const rows = ['timestamp,meter_id,quantity,unit'];
  for (let m = 1; m <= 12; m++) {
    const month = `2026-${String(m).padStart(2, '0')}`;
    const add = (meter: string, q: number, unit: string) => {
      if (!(o.skip?.(meter, m) ?? false)) rows.push(`${month},${meter},${q},${unit}`);
    };
    add('E-MAIN', (m <= 10 ? 170_000 : 150_000) * (o.gridScale ?? 1), 'kWh');
    add('PV-INV', o.pvKwhPerMonth ?? 0, 'kWh');
    add('GAS-1', (m <= 10 ? 40_000 : 50_000) * (o.gasScale ?? 1), 'Nm3');
  }
  return `${rows.join('\n')}\n`;
}

export function actualsFile(extra: Partial<ActualsInput> = {}): ActualsInput {
  return { meters: METERS, output: [{ year: 2026, quantity: 100 }], ...extra };
}
