/**
 * The part of a built model that one formulation unit created, as LP-like text: its objective
 * terms, its rows, and the bounds and integrality of its columns. Deterministic, for golden files.
 */
import type { BuiltModel } from '../../engine/formulation/build-model.ts';

const num = (x: number): string => (Number.isInteger(x) ? String(x) : Number(x.toPrecision(10)).toString());

function term(coef: number, name: string, first: boolean): string {
  const sign = coef < 0 ? '- ' : first ? '' : '+ ';
  const abs = Math.abs(coef);
  return `${sign}${abs === 1 ? '' : `${num(abs)} `}${name}`;
}

export function unitFragment({ model, ctx }: BuiltModel, unit: string): string {
  const out: string[] = [`\\ unit: ${unit}`];
  const objective = ctx.objectiveTerms.filter((t) => t.unit === unit);
  if (objective.length > 0) {
    out.push('objective terms (discounted RMB):');
    objective.forEach((t, i) => out.push(`  ${term(t.coef, model.colNames[t.col]!, i === 0)}`));
  }
  const rowsByIndex: string[][] = model.rowNames.map(() => []);
  const { start, index, value } = model.matrix;
  for (let j = 0; j < model.colNames.length; j++) {
    for (let k = start[j]!; k < start[j + 1]!; k++) {
      const r = index[k]!;
      if (ctx.rowUnit[r] === unit) rowsByIndex[r]!.push(term(value[k]!, model.colNames[j]!, rowsByIndex[r]!.length === 0));
    }
  }
  const rows = model.rowNames.map((n, i) => i).filter((i) => ctx.rowUnit[i] === unit);
  if (rows.length > 0) out.push('subject to:');
  for (const i of rows) {
    const lo = model.rowLower[i]!;
    const hi = model.rowUpper[i]!;
    const rel = lo === hi ? `= ${num(lo)}` : lo === -Infinity ? `<= ${num(hi)}` : hi === Infinity ? `>= ${num(lo)}` : `in [${num(lo)}, ${num(hi)}]`;
    out.push(`  ${model.rowNames[i]}: ${rowsByIndex[i]!.join(' ')} ${rel}`);
  }
  const cols = model.colNames.map((n, j) => j).filter((j) => ctx.colUnit[j] === unit);
  if (cols.length > 0) out.push('bounds:');
  for (const j of cols) {
    const lo = model.colLower[j]!;
    const hi = model.colUpper[j]!;
    const kind = model.colInteger[j] === 1 ? ' integer' : '';
    out.push(`  ${num(lo)} <= ${model.colNames[j]} <= ${hi === Infinity ? '+inf' : num(hi)}${kind}`);
  }
  return `${out.join('\n')}\n`;
}
