import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinearModel } from '../../engine/model/linear-model.ts';
import { lpSafeName } from '../../engine/model/lp-names.ts';
import { lpNames, writeLp } from '../../engine/model/lp-writer.ts';
import { ModelBuilder } from '../../engine/model/model-builder.ts';
import { readMps } from '../../engine/model/mps-reader.ts';
import { fixedMpsObstacle, writeMps } from '../../engine/model/mps-writer.ts';
import { formatNumber, formatNumberCompact } from '../../engine/model/number-format.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { instanceText, loadManifest, relativeError } from '../fixtures/instances/instances.ts';

/** The two-variable model of the golden files: optimum 10.75 at x = 0, y = 1. */
function goldenModel(): LinearModel {
  const b = new ModelBuilder({ name: 'golden' });
  const x = b.addVariable('build[pv_rooftop,2026]', { upper: 4, cost: 3 });
  const y = b.addVariable('buy[grid,2026]', { lower: -2, cost: -1.5, integer: true });
  b.addConstraint('net_emissions_cap[2026]', [[x, 1], [y, 2]], '>=', 2);
  b.addRangeConstraint('budget[2026]', [[x, 0.5], [y, -1]], -1, 1e-7);
  b.setObjectiveOffset(12.25);
  return b.build();
}

const GOLDEN_LP = `\\ Problem: golden
Minimize
 obj: 3 build(pv_rooftop,2026) - 1.5 buy(grid,2026) + 12.25
Subject To
 net_emissions_cap(2026): build(pv_rooftop,2026) + 2 buy(grid,2026) >= 2
 budget(2026)_lo: 0.5 build(pv_rooftop,2026) - buy(grid,2026) >= -1
 budget(2026)_up: 0.5 build(pv_rooftop,2026) - buy(grid,2026) <= 1e-7
Bounds
 0 <= build(pv_rooftop,2026) <= 4
 buy(grid,2026) >= -2
Generals
 buy(grid,2026)
End
`;

const GOLDEN_MPS = `NAME golden
ROWS
 N  obj
 G  net_emissions_cap[2026]
 G  budget[2026]
COLUMNS
    build[pv_rooftop,2026] obj 3
    build[pv_rooftop,2026] net_emissions_cap[2026] 1
    build[pv_rooftop,2026] budget[2026] 0.5
    M0 'MARKER' 'INTORG'
    buy[grid,2026] obj -1.5
    buy[grid,2026] net_emissions_cap[2026] 2
    buy[grid,2026] budget[2026] -1
    M1 'MARKER' 'INTEND'
RHS
    RHS obj -12.25
    RHS net_emissions_cap[2026] 2
    RHS budget[2026] -1
RANGES
    RNG budget[2026] 1.0000001
BOUNDS
 UP BND build[pv_rooftop,2026] 4
 LO BND buy[grid,2026] -2
 PL BND buy[grid,2026]
ENDATA
`;

/** Every bound kind, ranged/free/empty rows, awkward names and a max objective. */
function awkwardModel(sense: 'min' | 'max' = 'max'): LinearModel {
  const b = new ModelBuilder({ name: 'awkward model', sense });
  const free = b.addVariable('x[free]', { lower: -Infinity, cost: -1 });
  const neg = b.addVariable('free', { lower: -Infinity, upper: -1, cost: 1 });
  const fixedCol = b.addVariable('3rd var', { lower: 2.5, upper: 2.5, cost: 1 });
  const boxed = b.addVariable('光伏[屋顶,2026]', { lower: -3, upper: 7, cost: 2 });
  const bin = b.addVariable('end', { upper: 1, integer: true, cost: 4 });
  const gen = b.addVariable('x/y|z:w', { lower: -5, upper: 5, integer: true, cost: 0.5 });
  const long = b.addVariable(`v${'a'.repeat(150)}`, { upper: 3, cost: 1 });
  b.addConstraint('obj', [[free, 1], [neg, -1], [boxed, 1]], '<=', 4);
  b.addRangeConstraint('band[1]', [[free, 1], [gen, 1]], -2, 6);
  b.addRangeConstraint('unbounded_row', [[boxed, 1], [long, 1]], -Infinity, Infinity);
  b.addConstraint('pin', [[bin, 1], [gen, 1], [long, 1]], '<=', 8.25);
  b.addConstraint('empty', [], '<=', 1);
  b.addConstraint('tight', [[fixedCol, 1], [free, 1]], '>=', -10);
  b.setObjectiveOffset(-3.5);
  return b.build();
}

function expectSameModel(actual: LinearModel, expected: LinearModel, rangeTolerance = 1e-12): void {
  expect(actual.sense).toBe(expected.sense);
  expect(actual.objectiveOffset).toBe(expected.objectiveOffset);
  expect([...actual.colCost]).toEqual([...expected.colCost]);
  expect([...actual.colLower]).toEqual([...expected.colLower]);
  expect([...actual.colUpper]).toEqual([...expected.colUpper]);
  expect([...actual.colInteger]).toEqual([...expected.colInteger]);
  expect([...actual.matrix.start]).toEqual([...expected.matrix.start]);
  expect([...actual.matrix.index]).toEqual([...expected.matrix.index]);
  expect([...actual.matrix.value]).toEqual([...expected.matrix.value]);
  expect([...actual.rowLower]).toEqual([...expected.rowLower]);
  expected.rowUpper.forEach((upper, i) => {
    const got = actual.rowUpper[i] as number;
    if (got === upper) return;
    expect(relativeError(got, upper)).toBeLessThan(rangeTolerance);
  });
}

let highs: SolverBackend;
beforeAll(async () => {
  highs = await loadBackend('highs');
});

function readLpOrFail(text: string): LinearModel {
  const read = highs.readLp?.(text);
  if (read === undefined || !read.ok) throw new Error(`HiGHS could not read the LP: ${read?.ok === false ? read.message : 'no reader'}`);
  return read.model;
}

function readMpsOrFail(text: string): LinearModel {
  const read = readMps(text);
  if (!read.ok) throw new Error(`line ${read.error.line}: ${read.error.message}`);
  return read.model;
}

function optimum(model: LinearModel): number {
  const result = highs.solve(model, { mipRelGap: 0 });
  expect(result.termination).toBe('optimal');
  return result.objective as number;
}

describe('number formatting', () => {
  it('round-trips every double with the shortest text', () => {
    for (const v of [0, -0, 1, -1.5, 0.1, 1 / 3, 1e-7, 1.5e21, 123456789.123, -2.2250738585072014e-308, 1.7976931348623157e308]) {
      expect(Number(formatNumber(v))).toBe(v === 0 ? 0 : v);
      expect(Number(formatNumberCompact(v))).toBe(v === 0 ? 0 : v);
    }
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumberCompact(0.5)).toBe('.5');
    expect(formatNumberCompact(1.5e21)).toBe('1.5e21');
    expect(() => formatNumber(Infinity)).toThrow();
  });
});

describe('LP names', () => {
  it('follows the documented sanitisation rule', () => {
    expect(lpSafeName('build[pv_rooftop,2026]')).toBe('build(pv_rooftop,2026)');
    expect(lpSafeName('net_emissions_cap[2030]')).toBe('net_emissions_cap(2030)');
    expect(lpSafeName('a b-c:d/e|f')).toBe('a_b_c_d_e_f');
    expect(lpSafeName('光')).toBe('u5149');
    expect(lpSafeName('3rd')).toBe('_3rd');
    expect(lpSafeName('.x')).toBe('_.x');
    expect(lpSafeName('free')).toBe('_free');
    expect(lpSafeName('ST')).toBe('_ST');
    expect(lpSafeName('')).toBe('_');
    const long = lpSafeName('x'.repeat(300));
    expect(long).toHaveLength(100);
    expect(long).not.toBe(lpSafeName(`${'x'.repeat(299)}y`));
  });

  it('keeps names unique after sanitising', () => {
    const b = new ModelBuilder();
    b.addVariable('a[1]');
    b.addVariable('a(1)');
    b.addVariable('a(1)~2');
    const names = lpNames(b.build());
    expect(new Set(names.cols).size).toBe(3);
    expect(names.cols).toEqual(['a(1)', 'a(1)~2', 'a(1)~2~2']);
  });
});

describe('writeLp', () => {
  it('matches the golden text', () => {
    expect(writeLp(goldenModel())).toBe(GOLDEN_LP);
  });

  it('is deterministic', () => {
    expect(writeLp(awkwardModel())).toBe(writeLp(awkwardModel()));
  });

  it('round-trips through the HiGHS LP reader to the same optimum', () => {
    for (const model of [goldenModel(), awkwardModel('min'), awkwardModel('max')]) {
      for (const objectiveConstant of ['constant', 'fixed-column'] as const) {
        const back = readLpOrFail(writeLp(model, { objectiveConstant }));
        expect(back.sense).toBe(model.sense);
        expect(relativeError(optimum(back), optimum(model))).toBeLessThan(1e-9);
      }
    }
    expect(optimum(goldenModel())).toBeCloseTo(10.75, 9);
  });

  it('keeps row and column names readable by HiGHS', () => {
    const back = readLpOrFail(writeLp(goldenModel()));
    expect(back.colNames).toEqual(['build(pv_rooftop,2026)', 'buy(grid,2026)']);
    expect(back.rowNames).toEqual(['net_emissions_cap(2026)', 'budget(2026)_lo', 'budget(2026)_up']);
  });

  for (const file of ['lp/afiro.mps', 'lp/boeing2.mps', 'lp/vtpbase.mps', 'lp/e226.mps', 'lp/forplan.mps', 'mip/p0033.mps', 'mip/flugpl.mps']) {
    it(`${file} written as LP solves to the same optimum`, () => {
      const model = readMpsOrFail(instanceText(file));
      const back = readLpOrFail(writeLp(model));
      expect(back.colNames.length).toBe(model.colNames.length);
      expect(relativeError(optimum(back), optimum(model))).toBeLessThan(1e-9);
    });
  }
});

describe('writeMps', () => {
  it('matches the golden free-format text', () => {
    expect(writeMps(goldenModel())).toBe(GOLDEN_MPS);
  });

  it('round-trips through our reader', () => {
    const golden = goldenModel();
    const back = readMpsOrFail(writeMps(golden));
    expect(back.colNames).toEqual(golden.colNames);
    expectSameModel(back, golden);
  });

  it('writes awkward models that our reader and HiGHS read back to the same optimum', () => {
    const model = awkwardModel();
    const text = writeMps(model);
    const back = readMpsOrFail(text);
    expect(back.colNames).toContain('3rd_var');
    expect(back.rowNames).not.toContain('unbounded_row');
    expect(relativeError(optimum(back), optimum(model))).toBeLessThan(1e-9);
  });

  it('renames section words and whitespace in free format so HiGHS reads the file too', async () => {
    const b = new ModelBuilder();
    const rhs = b.addVariable('RHS', { cost: 1 });
    const max = b.addVariable('max', { cost: 2 });
    b.addConstraint('BOUNDS', [[rhs, 1], [max, 1]], '>=', 3);
    b.addConstraint('two words', [[max, 1]], '>=', 1);
    const model = b.build();
    const text = writeMps(model);
    expect(readMpsOrFail(text).colNames).toEqual(['_RHS', '_max']);
    expect(readMpsOrFail(text).rowNames).toEqual(['_BOUNDS', 'two_words']);
    const { loadHighs } = await import('../../engine/solvers/highs-loader.ts');
    const native = (await loadHighs()).createModel({ format: 'mps', data: text });
    try {
      native.options.set({ output_flag: false });
      native.run();
      expect(native.getObjectiveValue()).toBeCloseTo(4, 9);
    } finally {
      native.dispose();
    }
  });

  it('refuses fixed format when names do not fit, and explains why', () => {
    expect(fixedMpsObstacle(goldenModel())).toMatch(/8-character/);
    expect(() => writeMps(goldenModel(), { format: 'fixed' })).toThrow(/fixed MPS/);
  });

  for (const record of loadManifest()) {
    it(`${record.file} round-trips exactly (free${record.rows < 300 ? ' and fixed' : ''} format)`, () => {
      const model = readMpsOrFail(instanceText(record.file));
      expectSameModel(readMpsOrFail(writeMps(model)), model);
      if (fixedMpsObstacle(model) === null) {
        const fixedText = writeMps(model, { format: 'fixed' });
        const back = readMps(fixedText, { format: 'fixed' });
        expect(back.ok).toBe(true);
        if (back.ok) {
          expect(back.model.colNames).toEqual(model.colNames);
          expectSameModel(back.model, model);
        }
      }
    });
  }

  it('is read by HiGHS itself to the same optimum', async () => {
    const { loadHighs } = await import('../../engine/solvers/highs-loader.ts');
    const runtime = await loadHighs();
    for (const file of ['lp/e226.mps', 'lp/boeing2.mps', 'mip/flugpl.mps']) {
      const model = readMpsOrFail(instanceText(file));
      const native = runtime.createModel({ format: 'mps', data: writeMps(model) });
      try {
        native.options.set({ output_flag: false, mip_rel_gap: 0 });
        native.run();
        expect(relativeError(native.getObjectiveValue(), optimum(model))).toBeLessThan(1e-9);
      } finally {
        native.dispose();
      }
    }
  });
});

describe.skipIf(!existsSync('/usr/bin/cbc'))('files read by CBC (coinor-cbc installed)', () => {
  function cbcObjective(path: string): number {
    const out = execFileSync('/usr/bin/cbc', [path, 'solve'], { encoding: 'utf8' });
    const match = /Objective value:\s+(\S+)/.exec(out) ?? /Optimal - objective value\s+(\S+)/.exec(out);
    if (match === null) throw new Error(`no objective in CBC output:\n${out}`);
    return Number(match[1]);
  }

  // CBC 2.10.8 reads an MPS OBJSENSE section without error but still minimises, so MPS files
  // are checked on minimisation models only; LP files carry the sense (`Maximize`) fine. CBC
  // handles an LP objective constant inconsistently (dropped when minimising), hence the
  // 'fixed-column' form here.
  it('reads the LP and MPS files to the same optimum', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lingtan-cbc-'));
    try {
      // p0033: integer MARKER lines in free format, which CBC misreads when their name has 8 characters.
      const models = [goldenModel(), awkwardModel('min'), awkwardModel('max'), readMpsOrFail(instanceText('lp/boeing2.mps')), readMpsOrFail(instanceText('mip/p0033.mps'))];
      for (const model of models) {
        const expected = optimum(model);
        writeFileSync(join(dir, 'm.lp'), writeLp(model, { objectiveConstant: 'fixed-column' }));
        expect(relativeError(cbcObjective(join(dir, 'm.lp')), expected)).toBeLessThan(1e-7);
        if (model.sense === 'min') {
          writeFileSync(join(dir, 'm.mps'), writeMps(model));
          expect(relativeError(cbcObjective(join(dir, 'm.mps')), expected)).toBeLessThan(1e-7);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
