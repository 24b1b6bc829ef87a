/**
 * A tiny factory for hand-checked finance: 1,000 MWh/yr of grid electricity (other_electric) at
 * 500 RMB/MWh, grid factor 0.5 tCO2/MWh, no growth, machinery (not under the national ETS). One
 * efficiency measure saves 50 % for 1,000 RMB per MWh/yr treated; a 250 tCO2 cap from 2026 forces
 * it on all 1,000 MWh: capex 1,000,000 RMB in 2026, savings 500 MWh × 500 = 250,000 RMB/yr,
 * abatement 250 tCO2/yr. Pre-tax (`tax.enabled: false`) unless the `finance:` section sets `tax`.
 */
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { efficiency } from '../helpers/tiny.ts';

export interface TinyFinanceOptions {
  /** The `finance:` section. */
  readonly finance?: Record<string, unknown>;
  /** Net cap from 2026, tCO2 (default 250: the measure must treat everything). */
  readonly netTargetTco2?: number;
  readonly euExportShareFraction?: number;
  readonly endYear?: number;
  /** Capex of the measure per MWh/yr treated (default 1,000 RMB: it pays back in 4 years). */
  readonly capexRmbPerUnit?: number;
  /** The `uncertainty:` section (default: none). */
  readonly uncertainty?: Record<string, unknown>;
}

export function tinyFinanceScenario(o: TinyFinanceOptions = {}): Scenario {
  const data = {
    id: 'tiny_finance',
    name: 'Tiny finance',
    horizon: { startYear: 2026, endYear: o.endYear ?? 2027 },
    time: { resolution: 'annual' },
    factory: {
      id: 'tiny_factory',
      name: 'Tiny factory',
      sector: 'machinery',
      province: 'jiangsu',
      output: { unit: 't', baseQuantity: 100 },
      site: { gridConnectionKva: 1000 },
      euExportShareFraction: o.euExportShareFraction ?? 0,
      inventory: { energy: [{ endUse: 'other_electric', carrier: 'electricity', energyMwh: 1000 }] },
    },
    assumptions: {
      discountRate: 0,
      gridFactor: { locationTco2PerMwh: 0.5, marketResidualTco2PerMwh: 0.5 },
      prices: { carrierRmbPerMwh: { electricity: 500 } },
    },
    policy: { targetYear: 2026, netTargetTco2: o.netTargetTco2 ?? 250, capPath: 'target_year_only', allowedOffsetProducts: [] },
    measures: { include: [], custom: [efficiency('saver', 0.5, o.capexRmbPerUnit ?? 1000)] },
    finance: { tax: { enabled: false }, ...o.finance },
    ...(o.uncertainty !== undefined ? { uncertainty: o.uncertainty } : {}),
  };
  const r = loadScenarioData(data, 'tiny_finance');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
