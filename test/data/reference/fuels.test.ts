import { describe, expect, it } from 'vitest';
import {
  CARRIER_IDS, FUELS, FUEL_IDS, INCUMBENT_HEAT_EFFICIENCY, IPCC_2006_CO2_KG_PER_TJ, carrierEfTco2PerMwh, combustionEfTco2PerMwh,
  mwhPerUnit, physicalUnits, toMwh,
} from '../../../engine/data/reference/fuels.ts';
import { referenceRows } from './collect-sourced.ts';

describe('carriers', () => {
  it('lists the ten scenario carriers', () => {
    expect(CARRIER_IDS).toEqual(['electricity', 'raw_coal', 'coke', 'natural_gas', 'diesel', 'fuel_oil', 'lpg', 'purchased_heat', 'hydrogen', 'biomass']);
    for (const id of FUEL_IDS) expect(FUELS[id].id).toBe(id);
  });
});

describe('combustion CO2 factors (NCV × CC/1000 × ox × 44/12)', () => {
  it('bituminous coal: 19.57 × 26.1/1000 × 0.93 × 44/12 = 1.7417 tCO2/t', () => {
    expect(FUELS.bituminous.efTco2PerUnit?.value).toBeCloseTo(1.7417, 4);
    expect(FUELS.bituminous.efTco2PerUnit?.value).toBeCloseTo((19.57 * 26.1 / 1000) * 0.93 * 44 / 12, 12);
  });

  it('natural gas: 389.31 × 15.3/1000 × 0.99 × 44/12 = 21.62 tCO2/10^4 Nm3; 0.19994 tCO2/MWh', () => {
    expect(FUELS.natural_gas.efTco2PerUnit?.value).toBeCloseTo(21.62, 2);
    expect(FUELS.natural_gas.efTco2PerUnit?.unit).toBe('tCO2/10^4 Nm3');
    expect(carrierEfTco2PerMwh('natural_gas')).toBeCloseTo(3.6 * 15.3 / 1000 * 0.99 * 44 / 12, 12);
    expect(carrierEfTco2PerMwh('natural_gas')).toBeCloseTo(0.19994, 5);
  });

  it('raw coal: NCV 20.908 with the bituminous proxy ≈ 1.8608 tCO2/t, 0.3204 tCO2/MWh, low confidence', () => {
    expect(FUELS.raw_coal.ncvGjPerUnit?.value).toBe(20.908);
    expect(FUELS.raw_coal.efTco2PerUnit?.value).toBeCloseTo(20.908 * 0.0261 * 0.93 * 44 / 12, 12);
    expect(FUELS.raw_coal.efTco2PerUnit?.value).toBeCloseTo(1.8608, 4);
    expect(carrierEfTco2PerMwh('raw_coal')).toBeCloseTo(0.3204, 4);
    expect(FUELS.raw_coal.combustion?.carbonContentTcPerTj.confidence).toBe('low');
    expect(FUELS.raw_coal.combustion?.carbonContentTcPerTj.note).toMatch(/proxy/);
  });

  it('per-unit factor = NCV × per-MWh factor / 3.6 for every fossil fuel', () => {
    for (const id of FUEL_IDS) {
      const f = FUELS[id];
      if (f.combustion === null) continue;
      const { ncvGjPerUnit, carbonContentTcPerTj, oxidationFraction } = f.combustion;
      expect(oxidationFraction.value).toBeGreaterThan(0.9);
      expect(oxidationFraction.value).toBeLessThanOrEqual(1);
      expect(f.efTco2PerMwh?.value).toBeCloseTo(combustionEfTco2PerMwh(carbonContentTcPerTj.value, oxidationFraction.value), 12);
      expect(f.efTco2PerUnit?.value).toBeCloseTo((ncvGjPerUnit.value * (f.efTco2PerMwh?.value ?? NaN)) / 3.6, 10);
    }
  });

  it('reproduces the reference\'s own derived factors (rounded to 3 decimals)', () => {
    const rows = referenceRows();
    const refs: Record<string, string> = {
      anthracite: 'anthracite', bituminous: 'bituminous', lignite: 'lignite', coke: 'coke', crude_oil: 'crude_oil', fuel_oil: 'fuel_oil',
      gasoline: 'gasoline', diesel: 'diesel', lpg: 'LPG', lng: 'LNG', natural_gas: 'natural_gas', coke_oven_gas: 'coke_oven_gas',
      blast_furnace_gas: 'blast_furnace_gas',
    };
    for (const [id, stem] of Object.entries(refs)) {
      const row = rows.get(`fuel_${stem}_EF_DERIVED`);
      expect(typeof row?.value).toBe('number');
      expect(FUELS[id as keyof typeof FUELS].efTco2PerUnit?.value).toBeCloseTo(row?.value as number, 2);
    }
  });

  it('Chinese defaults sit near the IPCC 2006 factors', () => {
    const bit = (IPCC_2006_CO2_KG_PER_TJ.bituminous?.value ?? NaN) / 1e6 * 3.6;
    expect(carrierEfTco2PerMwh('bituminous') / bit).toBeGreaterThan(0.9);
    expect(carrierEfTco2PerMwh('bituminous') / bit).toBeLessThan(1.05);
    const gas = (IPCC_2006_CO2_KG_PER_TJ.natural_gas?.value ?? NaN) / 1e6 * 3.6;
    expect(carrierEfTco2PerMwh('natural_gas') / gas).toBeGreaterThan(0.95);
    expect(carrierEfTco2PerMwh('natural_gas') / gas).toBeLessThan(1.05);
  });
});

describe('non-fossil and Scope 2 carriers', () => {
  it('purchased heat: 0.11 tCO2/GJ = 0.396 tCO2/MWh, Scope 2', () => {
    expect(FUELS.purchased_heat.efTco2PerUnit?.value).toBe(0.11);
    expect(carrierEfTco2PerMwh('purchased_heat')).toBeCloseTo(0.396, 12);
    expect(FUELS.purchased_heat.scope).toBe('scope2');
  });

  it('hydrogen and biomass have zero fossil CO2, stated as assumptions', () => {
    for (const id of ['hydrogen', 'biomass'] as const) {
      expect(carrierEfTco2PerMwh(id)).toBe(0);
      expect(FUELS[id].efTco2PerMwh?.confidence).toBe('assumption');
    }
    expect(FUELS.biomass.efTco2PerMwh?.note).toMatch(/biogenic/);
    expect(FUELS.biomass.biogenicTco2PerMwh?.value).toBeCloseTo(0.4032, 10);
  });

  it('electricity has no factor here (grid-factors.ts)', () => {
    expect(FUELS.electricity.efTco2PerMwh).toBeNull();
    expect(FUELS.electricity.scope).toBe('scope2');
  });
});

describe('physical units → MWh', () => {
  it('converts tonnes and 10^4 Nm3 through the NCV', () => {
    expect(toMwh('natural_gas', 1, '10^4 Nm3')).toBeCloseTo(389.31 / 3.6, 10);
    expect(toMwh('natural_gas', 10_000, 'Nm3')).toBeCloseTo(389.31 / 3.6, 10);
    expect(toMwh('raw_coal', 1000, 't')).toBeCloseTo(20908 / 3.6, 8);
    expect(toMwh('diesel', 1000, 'kg')).toBeCloseTo(42.652 / 3.6, 10);
    expect(toMwh('hydrogen', 1, 'kg')).toBeCloseTo(120 / 3600, 12);
    expect(toMwh('hydrogen', 1, 'Nm3')).toBeCloseTo(0.0899 * 120 / 3600, 12);
    expect(toMwh('purchased_heat', 1, 't_steam')).toBeCloseTo(2.7 / 3.6, 12);
  });

  it('converts energy units for any carrier', () => {
    expect(toMwh('electricity', 1500, 'kWh')).toBeCloseTo(1.5, 12);
    expect(toMwh('purchased_heat', 36, 'GJ')).toBeCloseTo(10, 12);
    expect(toMwh('raw_coal', 1, 'tce')).toBeCloseTo(29.3076 / 3.6, 12);
    expect(mwhPerUnit('lpg', 'TJ')).toBeCloseTo(1000 / 3.6, 10);
  });

  it('rejects units that do not apply and lists the accepted ones', () => {
    expect(() => toMwh('electricity', 1, 't')).toThrow(RangeError);
    expect(() => toMwh('raw_coal', 1, 'Nm3')).toThrow(RangeError);
    expect(physicalUnits.natural_gas.naturalUnit).toBe('10^4 Nm3');
    expect(physicalUnits.natural_gas.accepted).toContain('Nm3');
    expect(physicalUnits.raw_coal.accepted).not.toContain('Nm3');
    expect(physicalUnits.coke.mwhPerNaturalUnit).toBeCloseTo(28.435 / 3.6, 12);
  });
});

describe('incumbent heat efficiencies', () => {
  it('are assumptions with reasoning, for every carrier', () => {
    expect(INCUMBENT_HEAT_EFFICIENCY.raw_coal.value).toBe(0.8);
    expect(INCUMBENT_HEAT_EFFICIENCY.natural_gas.value).toBe(0.9);
    expect(INCUMBENT_HEAT_EFFICIENCY.fuel_oil.value).toBe(0.88);
    expect(INCUMBENT_HEAT_EFFICIENCY.purchased_heat.value).toBe(1);
    expect(INCUMBENT_HEAT_EFFICIENCY.electricity.value).toBe(0.97);
    for (const c of CARRIER_IDS) {
      const e = INCUMBENT_HEAT_EFFICIENCY[c];
      expect(e.confidence).toBe('assumption');
      expect(e.value).toBeGreaterThan(0);
      expect(e.value).toBeLessThanOrEqual(1);
    }
  });
});
