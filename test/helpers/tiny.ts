/** Tiny scenarios with hand-computable optima: one electric end-use, fixed factors and prices, r = 0. */
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import type { MeasureInput, OffsetProductInput, Scenario } from '../../engine/data/schemas/scenario.ts';
import { optimiseFactory, type OptimiseOptions } from '../../engine/optimise/optimise-factory.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { BackendId } from '../../engine/solvers/types.ts';

/** An efficiency measure on other_electric: capex RMB per MWh/yr treated, lifetime 10 years. */
export function efficiency(id: string, savingFraction: number, capexRmbPerUnit: number, extra: Partial<MeasureInput> = {}): MeasureInput {
  return {
    id,
    nameEn: id,
    nameZh: id,
    category: 'efficiency',
    sectors: 'all',
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit,
    lifetimeYears: 10,
    effect: { kind: 'efficiency', endUses: ['other_electric'], savingFraction },
    source: 'test',
    confidence: 'assumption',
    ...extra,
  };
}

export function credit(priceRmbPerTco2: number): OffsetProductInput {
  return { id: 'test_credit', nameEn: 'Test credit', nameZh: '测试', priceRmbPerTco2, origin: 'domestic', source: 'test', confidence: 'assumption' };
}

export interface TinyOptions {
  readonly measures: MeasureInput[];
  readonly netTargetTco2: number;
  readonly endYear?: number;
  readonly electricityMwh?: number;
  readonly offsetPrice?: number;
  readonly offsetShareCapFraction?: number;
  readonly capexBudgetRmb?: Record<string, number>;
  readonly capPath?: 'linear' | 'target_year_only';
  readonly electricityRmbPerMwh?: number;
  readonly residual?: 'economic' | 'technical' | 'cost_only';
  readonly residualCeilingRmbPerTco2?: number;
  readonly shadowCarbonRmbPerTco2?: number;
  /** Unavoidable process CO2 per year, tCO2 (default 0). */
  readonly processTco2?: number;
}

/** Green certificates on grid power at a price per MWh. */
export function certificates(priceRmbPerMwh: number): MeasureInput {
  return {
    id: 'test_certificates',
    nameEn: 'Certificates',
    nameZh: '绿证',
    category: 'green_purchase',
    sectors: 'all',
    sizeUnit: 'MWh',
    lifetimeYears: 1,
    effect: { kind: 'green_purchase', instrument: 'green_certificate', premiumRmbPerMwh: priceRmbPerMwh },
    source: 'test',
    confidence: 'assumption',
  };
}

/**
 * 1,000 MWh/yr of grid electricity (other_electric) at 500 RMB/MWh, grid factor 0.5 tCO2/MWh
 * (both methods), no growth, discount rate 0: baseline 500 tCO2/yr and 500,000 RMB/yr.
 */
export function tinyScenario(o: TinyOptions): Scenario {
  const endYear = o.endYear ?? 2026;
  const data = {
    id: 'tiny',
    name: 'Tiny',
    horizon: { startYear: 2026, endYear },
    // The annual balance: these optima are computed by hand from one yearly price.
    time: { resolution: 'annual' },
    factory: {
      id: 'tiny_factory',
      name: 'Tiny factory',
      sector: 'machinery',
      province: 'jiangsu',
      output: { unit: 't', baseQuantity: 100 },
      site: { gridConnectionKva: 1000 },
      inventory: {
        energy: [{ endUse: 'other_electric', carrier: 'electricity', energyMwh: o.electricityMwh ?? 1000 }],
        process: (o.processTco2 ?? 0) > 0 ? [{ id: 'process', activity: 100, activityUnit: 't', factorTco2PerUnit: o.processTco2! / 100, source: 'test' }] : [],
      },
    },
    assumptions: {
      discountRate: 0,
      gridFactor: { locationTco2PerMwh: 0.5, marketResidualTco2PerMwh: 0.5 },
      prices: { carrierRmbPerMwh: { electricity: o.electricityRmbPerMwh ?? 500 }, shadowCarbonRmbPerTco2: o.shadowCarbonRmbPerTco2 ?? 0 },
    },
    policy: {
      targetYear: endYear,
      netTargetTco2: o.netTargetTco2,
      capPath: o.capPath ?? 'target_year_only',
      allowedOffsetProducts: o.offsetPrice === undefined ? [] : ['test_credit'],
      offsetYears: 'all',
      offsetShareCapFraction: o.offsetShareCapFraction ?? 0.1,
      ...(o.capexBudgetRmb ? { capexBudgetRmb: o.capexBudgetRmb } : {}),
      ...(o.residual ? { residual: o.residual } : {}),
      ...(o.residualCeilingRmbPerTco2 !== undefined ? { residualCeilingRmbPerTco2: o.residualCeilingRmbPerTco2 } : {}),
    },
    measures: { include: [], custom: o.measures },
    offsets: { custom: o.offsetPrice === undefined ? [] : [credit(o.offsetPrice)] },
  };
  const r = loadScenarioData(data, 'tiny');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** Solve a tiny scenario; the MAC curve (≈ 20 extra solves) only when asked. */
export async function solveTiny(scenario: Scenario, backend: BackendId = 'highs', options: OptimiseOptions = { analysis: { macCurve: false } }): Promise<FactoryPlan> {
  return optimiseFactory(scenario, scenario.factories[0]!, await loadBackend(backend), options);
}
