import { describe, expect, it } from 'vitest';
import { numNonzeros } from '../../engine/model/linear-model.ts';
import { ModelBuilder } from '../../engine/model/model-builder.ts';
import { rowsOf } from '../../engine/model/sparse.ts';

describe('ModelBuilder', () => {
  it('builds columns, rows and a CSC matrix with rows ascending in each column', () => {
    const b = new ModelBuilder({ name: 'tiny', sense: 'max' });
    const pv = b.addVariable('build[pv_rooftop,2026]', { upper: 5, cost: 2 });
    const hp = b.addVariable('build[heat_pump,2026]', { lower: -1, integer: true });
    b.addConstraint('budget[2026]', [[pv, 3], [hp, 4]], '<=', 10);
    b.addConstraint('net_emissions_cap[2026]', [[hp, 1]], '>=', 2);
    b.addConstraint('balance[2026]', [[pv, 1], [hp, -1]], '=', 0);
    const m = b.build();
    expect(m.name).toBe('tiny');
    expect(m.sense).toBe('max');
    expect(m.colNames).toEqual(['build[pv_rooftop,2026]', 'build[heat_pump,2026]']);
    expect([...m.colCost]).toEqual([2, 0]);
    expect([...m.colLower]).toEqual([0, -1]);
    expect([...m.colUpper]).toEqual([5, Infinity]);
    expect([...m.colInteger]).toEqual([0, 1]);
    expect([...m.rowLower]).toEqual([-Infinity, 2, 0]);
    expect([...m.rowUpper]).toEqual([10, Infinity, 0]);
    expect([...m.matrix.start]).toEqual([0, 2, 5]);
    expect([...m.matrix.index]).toEqual([0, 2, 0, 1, 2]);
    expect([...m.matrix.value]).toEqual([3, 1, 4, 1, -1]);
  });

  it('merges repeated columns within a row and drops exact zeros, also after merging', () => {
    const b = new ModelBuilder();
    const x = b.addVariable('x');
    const y = b.addVariable('y');
    const z = b.addVariable('z');
    b.addConstraint('r', [[x, 1], [y, 2], [x, 3], [z, 0], [y, -2]], '<=', 1);
    b.addConstraint('s', [[y, 1], [y, 1]], '>=', 0);
    const m = b.build();
    expect(numNonzeros(m)).toBe(2);
    const rows = rowsOf(m);
    expect([...rows.index.subarray(0, 1)]).toEqual([x]);
    expect([...rows.value]).toEqual([4, 2]);
    expect([...rows.start]).toEqual([0, 1, 2]);
  });

  it('accumulates objective terms and keeps the offset', () => {
    const b = new ModelBuilder();
    const x = b.addVariable('x', { cost: 1 });
    b.addObjectiveTerm(x, 2.5);
    b.addObjectiveTerm(x, -0.5);
    b.setObjectiveOffset(7);
    b.setObjectiveOffset(8);
    const m = b.build();
    expect(m.colCost[0]).toBe(3);
    expect(m.objectiveOffset).toBe(8);
  });

  it('supports ranged rows and name lookups', () => {
    const b = new ModelBuilder();
    const x = b.addVariable('x');
    const r = b.addRangeConstraint('band', [[x, 1]], -1, 4);
    expect(b.columnIndex('x')).toBe(x);
    expect(b.rowIndex('band')).toBe(r);
    expect(b.columnIndex('nope')).toBeUndefined();
    expect(b.rowIndex('nope')).toBeUndefined();
    const m = b.build();
    expect([m.rowLower[0], m.rowUpper[0]]).toEqual([-1, 4]);
  });

  it('throws on programming errors and stays usable afterwards', () => {
    const b = new ModelBuilder();
    const x = b.addVariable('x');
    expect(() => b.addVariable('x')).toThrow(/duplicate variable/);
    expect(() => b.addVariable('y', { lower: Number.NaN })).toThrow(/number/);
    expect(() => b.addVariable('y', { cost: Infinity })).toThrow(/finite/);
    expect(() => b.addConstraint('r', [[x, 1], [9, 1]], '<=', 1)).toThrow(/unknown column/);
    expect(() => b.addConstraint('r', [[x, Number.NaN]], '<=', 1)).toThrow(/finite/);
    expect(() => b.addObjectiveTerm(3, 1)).toThrow(/unknown column/);
    b.addConstraint('r', [[x, 2], [x, 1]], '<=', 1);
    expect(() => b.addConstraint('r', [[x, 1]], '<=', 1)).toThrow(/duplicate constraint/);
    const m = b.build();
    expect(m.rowNames).toEqual(['r']);
    expect([...m.matrix.value]).toEqual([3]);
  });

  it('returns independent snapshots', () => {
    const b = new ModelBuilder();
    const x = b.addVariable('x', { cost: 1 });
    const first = b.build();
    b.addObjectiveTerm(x, 1);
    b.addConstraint('r', [[x, 1]], '<=', 1);
    expect(first.colCost[0]).toBe(1);
    expect(first.rowNames).toEqual([]);
    expect(b.build().colCost[0]).toBe(2);
  });

  it('handles 100k nonzeros and matches the terms given', () => {
    const b = new ModelBuilder();
    const numCols = 5_000;
    for (let j = 0; j < numCols; j++) b.addVariable(`build[m${j},2030]`);
    const numRows = 20_000;
    for (let i = 0; i < numRows; i++) {
      const terms: Array<[number, number]> = [];
      for (let t = 0; t < 5; t++) terms.push([(i * 7 + t * 1013) % numCols, t + 1]);
      b.addConstraint(`cap[${i}]`, terms, '<=', i);
    }
    const m = b.build();
    expect(numNonzeros(m)).toBe(100_000);
    const rows = rowsOf(m);
    for (const i of [0, 1, 9_999, 19_999]) {
      const got = new Map<number, number>();
      for (let k = rows.start[i] as number; k < (rows.start[i + 1] as number); k++) got.set(rows.index[k] as number, rows.value[k] as number);
      for (let t = 0; t < 5; t++) expect(got.get((i * 7 + t * 1013) % numCols)).toBe(t + 1);
    }
    let unsorted = 0;
    for (let j = 0; j < numCols; j++) {
      for (let k = (m.matrix.start[j] as number) + 1; k < (m.matrix.start[j + 1] as number); k++) {
        if ((m.matrix.index[k] as number) <= (m.matrix.index[k - 1] as number)) unsorted++;
      }
    }
    expect(unsorted).toBe(0);
  });
});
