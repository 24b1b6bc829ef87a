/**
 * Every criterion of the national pack (工信部联节〔2026〕13号) on hand-made factory-years: one that
 * passes and one that fails. Facts: 1,000 tCO2 baseline gross (market-based), the plan as stated.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCriterion, type EvaluationFrame } from '../../engine/compliance/evaluate.ts';
import type { YearFacts } from '../../engine/compliance/year-facts.ts';
import { packById } from '../../engine/data/compliance/packs.ts';
import type { Factory } from '../../engine/data/schemas/scenario.ts';

const pack = packById('cn_miit_2026')!;
const Y = 2027;

const facts = (o: Partial<YearFacts> = {}): YearFacts => ({
  year: Y, scope1Tco2: 400, scope2LocationTco2: 500, scope2MarketTco2: 600, offsetsTco2: 0, offsetsByProductTco2: {},
  finalEnergyMwh: 2000, electricityUseMwh: 1000, renewableElectricityMwh: 0, biomassMwh: 0, output: 100, ...o,
});

function frame(plan: Partial<YearFacts>, certification: Factory['certification'] = {}, ets = false): EvaluationFrame {
  const factory = { id: 'f', sector: 'machinery', output: { unit: 't', baseQuantity: 100 }, certification } as unknown as Factory;
  return {
    factory, factoryPath: 'factories[0]', scope2Method: 'market', policyScope2Method: 'market', baseYear: 2025,
    facts: new Map([[Y, facts(plan)]]), baselineFacts: new Map([[Y, facts()]]), etsCovered: () => ets,
  };
}

const status = (id: string, f: EvaluationFrame) => evaluateCriterion(pack.criteria.find((c) => c.id === id)!, f, Y);

describe('national pack criteria', () => {
  it('cover every criterion in this test', () => {
    expect(pack.criteria.map((c) => c.id).sort()).toEqual(['CN-ACC-01', 'CN-ACC-02', 'CN-DIS-01', 'CN-MIT-01', 'CN-OFF-01', 'CN-OFF-02', 'CN-OFF-03', 'CN-PCF-01']);
  });

  it('CN-ACC-01: GB/T 32150 passes outside the ETS; in an ETS sector only the MEE guideline does; undeclared is not assessable', () => {
    expect(status('CN-ACC-01', frame({}, { accountingStandard: 'gb_t_32150' })).status).toBe('pass');
    const ets = status('CN-ACC-01', frame({}, { accountingStandard: 'gb_t_32150' }, true));
    expect(ets.status).toBe('fail');
    expect(ets.message).toContain('mee_ets_guideline');
    expect(status('CN-ACC-01', frame({}, { accountingStandard: 'mee_ets_guideline' }, true)).status).toBe('pass');
    expect(status('CN-ACC-01', frame({})).missing).toEqual(['factories[0].certification.accountingStandard']);
  });

  it('CN-MIT-01: 1 − 700/1,000 = 30 % reduction passes; the baseline itself (0 %) fails', () => {
    const pass = status('CN-MIT-01', frame({ scope1Tco2: 300, scope2MarketTco2: 400 }));
    expect(pass.status).toBe('pass');
    expect(pass.value).toBeCloseTo(0.3, 12);
    expect(status('CN-MIT-01', frame({})).status).toBe('fail');
  });

  it('CN-OFF-01: offsets 700 of 700 gross pass; 800 of 700 fail (offsets beyond the residual)', () => {
    expect(status('CN-OFF-01', frame({ scope1Tco2: 300, scope2MarketTco2: 400, offsetsTco2: 700 })).status).toBe('pass');
    const r = status('CN-OFF-01', frame({ scope1Tco2: 300, scope2MarketTco2: 400, offsetsTco2: 800 }));
    expect(r.status).toBe('fail');
    expect(r.message).toBe('Offsets as a share of gross emissions 114 % > 100 %');
  });

  it('CN-OFF-02: CCER and VCS pass; an unlisted product fails', () => {
    expect(status('CN-OFF-02', frame({ offsetsByProductTco2: { ccer: 50, vcs: 10 } })).status).toBe('pass');
    expect(status('CN-OFF-02', frame({ offsetsByProductTco2: { forest_sink: 50 } })).status).toBe('fail');
  });

  it('CN-OFF-03 (engine parameter): 300/1,000 passes, 600/1,000 fails', () => {
    expect(status('CN-OFF-03', frame({ offsetsTco2: 300 })).status).toBe('pass');
    expect(status('CN-OFF-03', frame({ offsetsTco2: 600 })).status).toBe('fail');
  });

  it('CN-ACC-02, CN-PCF-01, CN-DIS-01: declared true passes, false fails', () => {
    for (const [id, field] of [['CN-ACC-02', 'scope3Accounted'], ['CN-PCF-01', 'productFootprintDisclosed'], ['CN-DIS-01', 'publicDisclosure']] as const) {
      expect(status(id, frame({}, { [field]: true })).status, id).toBe('pass');
      expect(status(id, frame({}, { [field]: false })).status, id).toBe('fail');
    }
  });
});
