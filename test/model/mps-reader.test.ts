import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinearModel } from '../../engine/model/linear-model.ts';
import { numIntegers, numNonzeros } from '../../engine/model/linear-model.ts';
import { type MpsReadOptions, readMps } from '../../engine/model/mps-reader.ts';
import { instanceText, loadManifest } from '../fixtures/instances/instances.ts';

/** Reads or fails the test with the reader's error. */
function read(text: string, options?: MpsReadOptions): LinearModel {
  const result = readMps(text, options);
  if (!result.ok) throw new Error(`line ${result.error.line}: ${result.error.message}`);
  return result.model;
}

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

/** Bounds of column `name` as [lower, upper, integer]. */
function col(model: LinearModel, name: string): [number, number, number] {
  const j = model.colNames.indexOf(name);
  expect(j).toBeGreaterThanOrEqual(0);
  return [model.colLower[j] as number, model.colUpper[j] as number, model.colInteger[j] as number];
}

function row(model: LinearModel, name: string): [number, number] {
  const i = model.rowNames.indexOf(name);
  expect(i).toBeGreaterThanOrEqual(0);
  return [model.rowLower[i] as number, model.rowUpper[i] as number];
}

/** A fixed-format data line: fields in columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61. */
function fixed(type: string, name1: string, name2 = '', num1 = '', name3 = '', num2 = ''): string {
  return ` ${type.padEnd(2)} ${name1.padEnd(8)}  ${name2.padEnd(8)}  ${num1.padStart(12)}   ${name3.padEnd(8)}  ${num2.padStart(12)}`.trimEnd();
}

describe('readMps: free format', () => {
  const small = lines(
    'NAME small model',
    'ROWS',
    ' N  cost',
    ' L  lim1',
    ' G  lim2',
    ' E  bal',
    'COLUMNS',
    '    x  cost  1  lim1  1',
    '    x  lim2  1',
    '    y  cost  2  lim2  1',
    '    y  bal  1',
    'RHS',
    '    rhs  lim1  4  lim2  1',
    '    rhs  bal  0.5',
    'ENDATA',
  );

  it('reads rows, columns, rhs and the default bounds', () => {
    const m = read(small);
    expect(m.name).toBe('small model');
    expect(m.sense).toBe('min');
    expect(m.colNames).toEqual(['x', 'y']);
    expect(m.rowNames).toEqual(['lim1', 'lim2', 'bal']);
    expect([...m.colCost]).toEqual([1, 2]);
    expect(row(m, 'lim1')).toEqual([-Infinity, 4]);
    expect(row(m, 'lim2')).toEqual([1, Infinity]);
    expect(row(m, 'bal')).toEqual([0.5, 0.5]);
    expect(col(m, 'x')).toEqual([0, Infinity, 0]);
    expect([...m.matrix.start]).toEqual([0, 2, 4]);
    expect([...m.matrix.index]).toEqual([0, 1, 1, 2]);
    expect(m.objectiveOffset).toBe(0);
  });

  it('accepts CRLF and CR line endings, tabs, comments and blank lines', () => {
    const crlf = small.replace(/\n/g, '\r\n');
    const cr = small.replace(/\n/g, '\r');
    const noisy = small
      .replace('COLUMNS\n', 'COLUMNS\n* a comment line\n\n')
      .replace('    x  cost  1  lim1  1', '\tx\tcost\t1\tlim1\t1');
    for (const text of [crlf, cr, noisy]) {
      const m = read(text);
      expect(m.rowNames).toEqual(['lim1', 'lim2', 'bal']);
      expect(numNonzeros(m)).toBe(4);
      expect([...m.colCost]).toEqual([1, 2]);
    }
  });

  it('applies RANGES to L, G and E rows with the E-row sign rule', () => {
    const m = read(
      lines(
        'NAME', 'ROWS', ' N obj', ' E e1', ' E e2', ' E e3', ' L l1', ' G g1',
        'COLUMNS', '    x obj 1 e1 1', '    x e2 1 e3 1', '    x l1 1 g1 1',
        'RHS', '    rhs e1 10 e2 10', '    rhs e3 10 l1 5', '    rhs g1 5',
        'RANGES', '    rng e1 4 e2 -4', '    rng e3 0 l1 -3', '    rng g1 -3',
        'ENDATA',
      ),
    );
    expect(row(m, 'e1')).toEqual([10, 14]);
    expect(row(m, 'e2')).toEqual([6, 10]);
    expect(row(m, 'e3')).toEqual([10, 10]);
    expect(row(m, 'l1')).toEqual([2, 5]);
    expect(row(m, 'g1')).toEqual([5, 8]);
  });

  it('applies every bound type, including the negative-UP rule', () => {
    const names = 'abcdefghijkl'.split('');
    const m = read(
      lines(
        'NAME', 'ROWS', ' N obj', ' L r',
        'COLUMNS', ...names.map((n) => `    ${n} r 1`),
        'RHS', '    rhs r 100',
        'BOUNDS',
        ' UP bnd a 4', ' LO bnd b -2', ' FX bnd c 3', ' FR bnd d', ' MI bnd e', ' UP bnd e 5',
        ' PL bnd f', ' BV bnd g', ' LI bnd h 2', ' UI bnd i 7', ' UP bnd j -3',
        ' LO bnd k -10', ' UP bnd k -3', ' UP bnd l -3', ' LO bnd l -10',
        'ENDATA',
      ),
    );
    expect(col(m, 'a')).toEqual([0, 4, 0]);
    expect(col(m, 'b')).toEqual([-2, Infinity, 0]);
    expect(col(m, 'c')).toEqual([3, 3, 0]);
    expect(col(m, 'd')).toEqual([-Infinity, Infinity, 0]);
    expect(col(m, 'e')).toEqual([-Infinity, 5, 0]);
    expect(col(m, 'f')).toEqual([0, Infinity, 0]);
    expect(col(m, 'g')).toEqual([0, 1, 1]);
    expect(col(m, 'h')).toEqual([2, Infinity, 1]);
    expect(col(m, 'i')).toEqual([0, 7, 1]);
    expect(col(m, 'j')).toEqual([-Infinity, -3, 0]);
    expect(col(m, 'k')).toEqual([-10, -3, 0]);
    expect(col(m, 'l')).toEqual([-10, -3, 0]);
  });

  it('reads bounds without a bound-set name and treats |value| >= 1e30 as infinite', () => {
    const m = read(lines('ROWS', ' N obj', 'COLUMNS', '    x obj 1', '    y obj 1', 'BOUNDS', ' UP x 1e30', ' LO y -1e+30', 'ENDATA'));
    expect(col(m, 'x')).toEqual([0, Infinity, 0]);
    expect(col(m, 'y')).toEqual([-Infinity, Infinity, 0]);
  });

  it('makes MARKER integers without bounds binary, and follows their explicit bounds', () => {
    const text = lines(
      'NAME', 'ROWS', ' N obj', ' L r',
      'COLUMNS',
      "    M1 'MARKER' 'INTORG'",
      '    m r 1', '    n r 1', '    o r 1', '    p r 1',
      "    M2 'MARKER' 'INTEND'",
      '    q r 1',
      'RHS', '    rhs r 100',
      'BOUNDS', ' UP bnd n 10', ' UP bnd o -5', ' LO bnd p 2',
      'ENDATA',
    );
    const m = read(text);
    expect(numIntegers(m)).toBe(4);
    expect(col(m, 'm')).toEqual([0, 1, 1]);
    expect(col(m, 'n')).toEqual([0, 10, 1]);
    expect(col(m, 'o')).toEqual([-Infinity, -5, 1]);
    expect(col(m, 'p')).toEqual([2, Infinity, 1]);
    expect(col(m, 'q')).toEqual([0, Infinity, 0]);
    expect(col(read(text, { integerDefault: 'nonnegative' }), 'm')).toEqual([0, Infinity, 1]);
  });

  it('reads OBJSENSE in section form and on the same line', () => {
    const body = ['ROWS', ' N obj', 'COLUMNS', '    x obj 1', 'ENDATA'];
    expect(read(lines('NAME t', 'OBJSENSE', '    MAX', ...body)).sense).toBe('max');
    expect(read(lines('NAME t', 'OBJSENSE MAXIMIZE', ...body)).sense).toBe('max');
    expect(read(lines('NAME t', 'OBJSENSE', '    MIN', ...body)).sense).toBe('min');
    expect(read(lines('NAME t', 'OBJSENSE    MAX', ...body)).sense).toBe('max');
  });

  it('turns RHS on the objective row into the constant −RHS', () => {
    const m = read(lines('ROWS', ' N obj', ' L r', 'COLUMNS', '    x obj 1 r 1', 'RHS', '    rhs obj -7.113 r 3', 'ENDATA'));
    expect(m.objectiveOffset).toBeCloseTo(7.113, 12);
    expect(row(m, 'r')).toEqual([-Infinity, 3]);
  });

  it('ignores extra N rows everywhere and honours OBJNAME', () => {
    const text = lines(
      'ROWS', ' N first', ' N second', ' L r',
      'COLUMNS', '    x first 1 second 5', '    x r 1',
      'RHS', '    rhs second 9 r 2', 'RANGES', '    rng second 1',
      'ENDATA',
    );
    const m = read(text);
    expect(m.rowNames).toEqual(['r']);
    expect([...m.colCost]).toEqual([1]);
    expect(m.objectiveOffset).toBe(0);
    const second = read(`OBJNAME second\n${text}`);
    expect([...second.colCost]).toEqual([5]);
    expect(second.objectiveOffset).toBe(-9);
  });

  it('registers columns that only have explicit zeros', () => {
    const m = read(lines('ROWS', ' N obj', ' L r', 'COLUMNS', '    x obj 0', '    y r 0', 'ENDATA'));
    expect(m.colNames).toEqual(['x', 'y']);
    expect(numNonzeros(m)).toBe(0);
  });
});

describe('readMps: fixed format', () => {
  it('reads names with spaces by column position', () => {
    const text = lines(
      'NAME          SPACES',
      'ROWS',
      ' N  COST',
      ' L  LIM 1',
      ' G  LIM 2',
      'COLUMNS',
      fixed('', 'X 1', 'COST', '1.', 'LIM 1', '1.'),
      fixed('', 'X 1', 'LIM 2', '1.'),
      fixed('', 'Y 2', 'COST', '2.', 'LIM 2', '1.'),
      'RHS',
      fixed('', 'RHS 1', 'LIM 1', '4.', 'LIM 2', '1.'),
      'RANGES',
      fixed('', 'RNG', 'LIM 1', '2.5'),
      'BOUNDS',
      fixed('UP', 'BND 1', 'Y 2', '3.'),
      'ENDATA',
    );
    const result = readMps(text);
    expect(result.ok && result.format).toBe('fixed');
    const m = read(text);
    expect(m.name).toBe('SPACES');
    expect(m.colNames).toEqual(['X 1', 'Y 2']);
    expect(m.rowNames).toEqual(['LIM 1', 'LIM 2']);
    expect(row(m, 'LIM 1')).toEqual([1.5, 4]);
    expect(col(m, 'Y 2')).toEqual([0, 3, 0]);
    expect(numNonzeros(m)).toBe(3);
    expect(readMps(text, { format: 'free' }).ok).toBe(false);
  });
});

describe('readMps: errors', () => {
  const cases: Array<[string, string, number, RegExp]> = [
    ['unknown row', lines('ROWS', ' N obj', 'COLUMNS', '    x nope 1', 'ENDATA'), 4, /unknown row nope/],
    ['malformed number', lines('ROWS', ' N obj', ' L r', 'COLUMNS', '    x r 1.2.3', 'ENDATA'), 5, /malformed number/],
    ['unknown bound type', lines('ROWS', ' N obj', 'COLUMNS', '    x obj 1', 'BOUNDS', ' XX bnd x 1', 'ENDATA'), 6, /unknown bound type/],
    ['semi-continuous', lines('ROWS', ' N obj', 'COLUMNS', '    x obj 1', 'BOUNDS', ' SC bnd x 1', 'ENDATA'), 6, /not supported/],
    ['split column', lines('ROWS', ' N obj', 'COLUMNS', '    x obj 1', '    y obj 1', '    x obj 2', 'ENDATA'), 6, /appears again/],
    ['duplicate entry', lines('ROWS', ' N obj', ' L r', 'COLUMNS', '    x r 1', '    x r 2', 'ENDATA'), 6, /second entry/],
    ['quadratic section', lines('ROWS', ' N obj', 'COLUMNS', '    x obj 1', 'QUADOBJ', '    x x 1', 'ENDATA'), 5, /QUADOBJ is not supported/],
    ['data before sections', lines('    x obj 1', 'ROWS', 'ENDATA'), 1, /outside a section/],
    ['unknown row type', lines('ROWS', ' N obj', ' X r', 'ENDATA'), 3, /unknown row type/],
    ['bad sense', lines('OBJSENSE', '    UP', 'ROWS', 'ENDATA'), 2, /objective sense/],
    ['unknown section', lines('ROWS', ' N obj', 'FOO', 'ENDATA'), 3, /unknown section/],
  ];
  for (const [label, text, line, message] of cases) {
    it(`reports ${label} with its line number`, () => {
      const result = readMps(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.line).toBe(line);
        expect(result.error.message).toMatch(message);
      }
    });
  }

  it('never throws, whatever the input', () => {
    const valid = instanceText('lp/afiro.mps').split(/\r\n/);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        readMps(text);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.string({ maxLength: 40 }), (at, junk) => {
        const mutated = [...valid];
        mutated[at] = junk;
        const result = readMps(mutated.join('\n'));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('readMps: bundled Netlib and MIPLIB instances', () => {
  for (const record of loadManifest()) {
    it(`${record.file} has the manifest dimensions`, () => {
      const m = read(instanceText(record.file));
      expect(m.rowNames.length).toBe(record.rows);
      expect(m.colNames.length).toBe(record.cols);
      expect(numNonzeros(m)).toBe(record.nonzeros);
      expect(numIntegers(m)).toBe(record.integer_cols);
    });
  }

  it('keeps the e226 objective constant (RHS −7.113 on the objective row)', () => {
    expect(read(instanceText('lp/e226.mps')).objectiveOffset).toBeCloseTo(7.113, 12);
  });

  it('reads forplan (names with spaces) in fixed format', () => {
    const result = readMps(instanceText('lp/forplan.mps'));
    expect(result.ok && result.format).toBe('fixed');
  });
});
