/** Plain-text tables for terminal output. Numbers right-aligned, text left-aligned. */
export type Cell = string | number;

export interface TableOptions {
  /** Digits after the decimal point for numbers (default 0). */
  readonly digits?: number;
}

export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Display width, counting CJK characters as two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function table(headers: readonly string[], rows: readonly (readonly Cell[])[], opts: TableOptions = {}): string {
  const text = rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c, opts.digits ?? 0) : c)));
  const widths = headers.map((h, i) => Math.max(width(h), ...text.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number, right: boolean) => {
    const fill = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(s)));
    return right ? fill + s : s + fill;
  };
  const isNum = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, i, isNum[i] ?? false)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}
