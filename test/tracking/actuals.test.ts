/**
 * Actuals → inventory, hand-computed (test/tracking/fixture.ts): a year of monthly meters against a
 * known inventory, a missing month filled by the stated rule and flagged, and bad input named by line
 * and column.
 */
import { describe, expect, it } from 'vitest';
import type { ActualsInput } from '../../engine/data/schemas/actuals.ts';
import { actualYears } from '../../engine/tracking/actual-inventory.ts';
import { dataQuality } from '../../engine/tracking/kpi-evidence.ts';
import { loadActuals, type Actuals } from '../../engine/tracking/load-actuals.ts';
import { actualsFile, GAS_TCO2_PER_10K_NM3, monthlyCsv, trackScenario } from './fixture.ts';

const scenario = trackScenario();
function load(csv: string, file: object = actualsFile()) {
  return loadActuals(scenario, { actuals: file, actualsName: 'actuals.yaml', readingsCsv: csv, readingsName: 'readings.csv' });
}
function loaded(csv: string, file?: object): Actuals {
  const r = load(csv, file);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('inventory from a year of monthly meters', () => {
  it('matches the hand-computed inventory', () => {
    const [y] = actualYears(scenario, loaded(monthlyCsv()));
    // grid 2,000 MWh × 0.5 = 1,000 t; gas 50 × 10^4 Nm3 × 21.6219 = 1,081.0944 t; no offsets
    expect(y!.gridImportMwh).toBeCloseTo(2000, 9);
    expect(y!.inventory.scope2MarketTco2).toBeCloseTo(1000, 9);
    expect(y!.inventory.scope1Tco2).toBeCloseTo(50 * GAS_TCO2_PER_10K_NM3, 6);
    expect(y!.netTco2).toBeCloseTo(1000 + 1081.0944, 3);
    expect(y!.lines.every((l) => l.activity === 'metered')).toBe(true);
    // January: 170 MWh × 0.5 + 4 × 10^4 Nm3 × 21.6219
    expect(y!.grossBeforeGreenByMonthTco2[0]).toBeCloseTo(85 + 4 * GAS_TCO2_PER_10K_NM3, 6);
    expect(y!.grossBeforeGreenByMonthTco2.reduce((a, b) => a + b, 0)).toBeCloseTo(y!.grossTco2, 6);
    expect(dataQuality(scenario, y!).grade).toBe('A');
  });

  it('green certificates lower market-based Scope 2, offsets lower net, and each keeps its serial', () => {
    const file = actualsFile({
      greenPurchases: [{ kind: 'certificate', year: 2026, mwh: 400, serial: 'GEC-2026-000001..000400' }],
    });
    const [y] = actualYears(scenario, loaded(monthlyCsv(), file));
    expect(y!.inventory.scope2MarketTco2).toBeCloseTo((2000 - 400) * 0.5, 9);
    expect(y!.inventory.scope2LocationTco2).toBeCloseTo(1000, 9);
  });

  it('a missing month is filled at the year\'s mean rate and flagged', () => {
    const a = loaded(monthlyCsv({ skip: (meter, m) => meter === 'GAS-1' && m === 3 }));
    // 460,000 Nm3 read over 8,760 − 744 = 8,016 h; March (744 h) gets 460,000 / 8,016 × 744 = 42,694.6 Nm3
    const fill = 460_000 / 8016 * 744;
    expect(a.meterYears.find((m) => m.meter.id === 'GAS-1')!.gaps).toEqual([
      expect.objectContaining({ meterId: 'GAS-1', year: 2026, from: '2026-03-01T00:00', to: '2026-03-01T00:00', hours: 744, rule: 'mean_rate_of_year' }),
    ]);
    const [y] = actualYears(scenario, a);
    expect(y!.inventory.scope1Tco2).toBeCloseTo(((460_000 + fill) / 10_000) * GAS_TCO2_PER_10K_NM3, 6);
    const gas = y!.lines.find((l) => l.source === 'natural_gas')!;
    expect(gas.activity).toBe('estimated');
    expect(gas.estimatedFraction).toBeCloseTo(fill / (460_000 + fill), 9);
    // 4.4 % of gross emissions gap-filled → grade B
    const q = dataQuality(scenario, y!);
    expect(q.estimatedTco2).toBeCloseTo((fill / 10_000) * GAS_TCO2_PER_10K_NM3, 6);
    expect(q.grade).toBe('B');
  });

  it('hourly interval data: a missing hour filled at the year\'s mean rate, months summed from the hours', () => {
    // The gas meter reads hourly: 57.0776… Nm3/h (500,000 Nm3 over 8,760 h); 2026-07-01T13:00 is missing.
    const meters: ActualsInput['meters'] = [{ id: 'E-MAIN', role: 'grid_import', unit: 'kWh', interval: 'month' }, { id: 'GAS-H', role: 'fuel', carrier: 'natural_gas', endUse: 'steam', unit: 'Nm3', interval: 'hour' }];
    const rows = monthlyCsv().trimEnd().split('\n').filter((l) => l.includes('E-MAIN') || l.startsWith('timestamp'));
    const perHour = 500_000 / 8760;
    const start = Date.UTC(2026, 0, 1);
    for (let h = 0; h < 8760; h++) {
      const t = new Date(start + h * 3_600_000).toISOString().slice(0, 16);
      if (t !== '2026-07-01T13:00') rows.push(`${t},GAS-H,${perHour},Nm3`);
    }
    const a = loaded(`${rows.join('\n')}\n`, actualsFile({ meters }));
    const gas = a.meterYears.find((m) => m.meter.id === 'GAS-H')!;
    expect(gas.gaps).toEqual([expect.objectContaining({ from: '2026-07-01T13:00', to: '2026-07-01T13:00', hours: 1 })]);
    // filled at the mean rate of the 8,759 hours read = the same rate: the year's total is whole again
    expect(gas.mwh).toBeCloseTo((50 * 389.31) / 3.6, 6);
    expect(gas.byMonthMwh[1]).toBeCloseTo((perHour * 28 * 24 * 389.31) / 3.6 / 10_000, 6); // February: 672 h
    const [y] = actualYears(scenario, a);
    expect(y!.inventory.scope1Tco2).toBeCloseTo(50 * GAS_TCO2_PER_10K_NM3, 6);
  });

  it('too many gaps, or any gap under rule fail, is an error naming meter and year', () => {
    const four = load(monthlyCsv({ skip: (meter, m) => meter === 'GAS-1' && m <= 4 }));
    expect(four.ok).toBe(false);
    if (!four.ok) expect(four.error.issues?.[0]).toEqual({ path: 'meters[2] (GAS-1), 2026', message: expect.stringMatching(/2880 of 8760 h without readings.*too many gaps/) });
    const strict = load(monthlyCsv({ skip: (meter, m) => meter === 'GAS-1' && m === 3 }), actualsFile({ gapFill: { rule: 'fail' } }));
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.error.issues?.[0]?.message).toMatch(/744 h without readings \(first gap from 2026-03-01T00:00\)/);
  });
});

describe('bad input names the line and the column', () => {
  const issues = (csv: string, file?: object) => {
    const r = load(csv, file);
    if (r.ok) throw new Error('expected an error');
    return r.error;
  };
  const base = monthlyCsv().trimEnd().split('\n');

  it('a meter that maps nowhere', () => {
    const e = issues([...base, '2026-01,E-SUB-9,10,kWh'].join('\n'));
    expect(e.file).toBe('readings.csv');
    expect(e.issues).toEqual([{ path: 'line 38, column meter_id', message: expect.stringMatching(/meter "E-SUB-9" maps to no carrier or end-use/) }]);
  });

  it('a negative reading', () => {
    const rows = [...base];
    rows[1] = '2026-01,E-MAIN,-5,kWh';
    expect(issues(rows.join('\n')).issues).toEqual([{ path: 'line 2, column quantity', message: expect.stringMatching(/negative reading -5 kWh/) }]);
  });

  it('overlapping intervals: two readings of one meter for the same month', () => {
    const e = issues([...base, '2026-01-01T00:00+08:00,E-MAIN,1,kWh'].join('\n'));
    expect(e.issues).toEqual([{ path: 'line 38, column timestamp', message: expect.stringMatching(/overlapping interval: meter E-MAIN already has a reading for the month starting 2026-01-01T00:00 \(line 2\)/) }]);
  });

  it('a unit other than the meter\'s, a timestamp inside a month, a non-number', () => {
    const rows = [...base];
    rows[1] = '2026-01,E-MAIN,170,MWh';
    rows[2] = '2026-01-15,PV-INV,0,kWh';
    rows[3] = '2026-01,GAS-1,lots,Nm3';
    expect(issues(rows.join('\n')).issues).toEqual([
      { path: 'line 2, column unit', message: 'unit "MWh" does not match meter E-MAIN\'s unit "kWh"' },
      { path: 'line 3, column timestamp', message: expect.stringMatching(/not the start of a month/) },
      { path: 'line 4, column quantity', message: '"lots" is not a number' },
    ]);
  });

  it('a meter map that does not fit: a fuel meter without end-use, a unit foreign to the carrier, an unknown measure', () => {
    const e = issues(monthlyCsv(), actualsFile({
      meters: [
        { id: 'E-MAIN', role: 'grid_import', unit: 'Nm3' },
        { id: 'GAS-1', role: 'fuel', carrier: 'natural_gas', unit: 'Nm3' },
      ],
    }));
    expect(e.issues).toEqual([{ path: 'meters[1].endUse', message: 'a fuel meter names the end-use it serves' }]);
    const f = issues(monthlyCsv(), actualsFile({ meters: [{ id: 'E-MAIN', role: 'grid_import', unit: 'Nm3' }], installed: [{ measureId: 'wind', sizeUnits: 1, commissioned: '2026-05-01' }] }));
    expect(f.issues).toEqual([
      { path: 'meters[0].unit', message: 'Nm3 is not a unit of electricity' },
      { path: 'installed[0].measureId', message: 'measure wind is not on offer in scenario track_tiny' },
    ]);
  });

  it('a year without production, readings outside the horizon, a tracked year missing', () => {
    expect(issues(monthlyCsv(), actualsFile({ output: [] })).issues).toEqual([{ path: 'output', message: 'no production given for 2026 (the year has meter readings)' }]);
    expect(issues([...base, '2029-01,E-MAIN,1,kWh'].join('\n')).issues).toEqual([{ path: 'line 38, column timestamp', message: '2029 is outside the scenario horizon 2026–2027' }]);
    const only2027 = monthlyCsv().replaceAll('2026-', '2027-');
    expect(issues(only2027, actualsFile({ output: [{ year: 2027, quantity: 100 }] })).issues).toEqual([
      { path: 'timestamp', message: 'no readings for 2026: tracked years run from 2026 without a gap (the re-plan fixes every year already lived)' },
    ]);
  });
});
