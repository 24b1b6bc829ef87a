import { describe, expect, it } from 'vitest';
import { PROCESS_CONTEXT, PROCESS_FACTORS, PROCESS_IDS, processFactorTco2PerUnit } from '../../../engine/data/reference/process-factors.ts';

describe('process factors', () => {
  it('holds the IPCC and guideline values', () => {
    expect(processFactorTco2PerUnit('cement_clinker')).toBe(0.52);
    expect(processFactorTco2PerUnit('lime')).toBe(0.768);
    expect(processFactorTco2PerUnit('steel_eaf')).toBe(0.08);
    expect(processFactorTco2PerUnit('aluminium_anode')).toBe(1.424);
    expect(PROCESS_FACTORS.aluminium_pfc.gas).toBe('PFC');
    for (const id of PROCESS_IDS) {
      expect(PROCESS_FACTORS[id].id).toBe(id);
      expect(PROCESS_FACTORS[id].factor.value).toBeGreaterThan(0);
    }
  });

  it('derives the 2020 clinker intensity and the calcination share', () => {
    expect(PROCESS_CONTEXT.chinaClinkerIntensity2020Tco2PerT.value).toBeCloseTo(0.904, 3);
    expect(PROCESS_CONTEXT.clinkerCalcinationShare.value).toBeGreaterThan(0.55);
    expect(PROCESS_CONTEXT.clinkerCalcinationShare.value).toBeLessThan(0.6);
  });
});
