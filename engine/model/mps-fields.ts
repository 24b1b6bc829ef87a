/**
 * Line- and field-level MPS lexing shared by the fixed- and free-format parsers.
 *
 * - Lines end in LF, CRLF or CR. A line whose first character is `*` is a comment; blank lines
 *   are skipped. A line starting in column 1 is a section header, data lines are indented.
 * - Free format: fields are separated by runs of spaces/tabs; names cannot contain spaces.
 * - Fixed format: fields sit in columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61; names may contain
 *   spaces (Netlib forplan). Numeric fields are read leniently up to the next field's start
 *   (25-39, 50-end). Tabs are expanded to 8-column stops first.
 */

export type MpsFormat = 'fixed' | 'free';

export interface MpsLine {
  /** 1-based line number in the input text. */
  readonly number: number;
  readonly text: string;
}

/** Non-blank, non-comment lines with their 1-based numbers. */
export function meaningfulLines(text: string): MpsLine[] {
  const lines: MpsLine[] = [];
  const raw = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] as string;
    if (line.startsWith('*') || line.trim() === '') continue;
    lines.push({ number: i + 1, text: line });
  }
  return lines;
}

/** Whether the line is a section header (starts in column 1). */
export function isHeader(text: string): boolean {
  return text[0] !== ' ' && text[0] !== '\t';
}

/** Whitespace-separated tokens. */
export function freeTokens(text: string): string[] {
  return text.trim().split(/[ \t]+/);
}

/**
 * The six fixed-format fields, trimmed: [type, name1, name2, number1, name3, number2].
 * Empty strings for absent fields.
 */
export function fixedFields(text: string): [string, string, string, string, string, string] {
  const line = expandTabs(text);
  const cut = (from: number, to?: number): string => line.slice(from, to).trim();
  return [cut(1, 3), cut(4, 12), cut(14, 22), cut(24, 39), cut(39, 47), cut(49)];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eEdD][+-]?\d+)?$/;
const INFINITY = /^([+-]?)inf(inity)?$/i;

/** Parses an MPS number (`1.5`, `-.5`, `1.D+03`, `1e30`, `Inf`); null if malformed. */
export function parseMpsNumber(token: string): number | null {
  if (NUMBER.test(token)) return Number(token.replace(/[dD]/, 'e'));
  const inf = INFINITY.exec(token);
  if (inf !== null) return inf[1] === '-' ? -Infinity : Infinity;
  return null;
}

function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  for (const ch of text) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}
