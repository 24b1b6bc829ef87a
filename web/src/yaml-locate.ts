/**
 * Where an API issue path (`scenarioText.factories[0].sector`) points in the scenario text: the
 * lines of that field, or — for a missing field — the line of the nearest field that is there.
 * YAML is a superset of JSON, so one parser serves both. `factories[0]` also finds the `factory`
 * shorthand.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';

export interface Location {
  /** 1-based first and last line. */
  readonly line: number;
  readonly endLine: number;
  /** Offsets in the text (to select the field). */
  readonly start: number;
  readonly end: number;
  /** False when the field itself is missing and this is where it belongs. */
  readonly exact: boolean;
}

/** `a.b[0].c` → ['a', 'b', 0, 'c'], without the request field that holds the text. */
export function pathSegments(path: string, prefix = 'scenarioText'): Array<string | number> {
  const rest = path === prefix ? '' : path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`) ? path.slice(prefix.length) : null;
  if (rest === null) return [];
  const out: Array<string | number> = [];
  for (const m of rest.matchAll(/\.([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

const keyText = (pair: Pair): string => {
  const k = pair.key as { value?: unknown } | null;
  return k !== null && typeof k === 'object' && 'value' in k ? String(k.value) : String(k);
};

const rangeOf = (n: unknown): readonly [number, number] | null => {
  const r = (n as { range?: readonly [number, number, number] } | null)?.range;
  return r === undefined || r === null ? null : [r[0], r[1]];
};

/** The location of a path in the text, or null when the text does not parse or the path is not in it. */
export function locate(text: string, path: string): Location | null {
  if (!path.startsWith('scenarioText')) return null;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const [start, end] = e.pos;
    return { line: lines.linePos(start).line, endLine: lines.linePos(end).line, start, end, exact: true };
  }
  const segments = pathSegments(path);
  let node: unknown = doc.contents;
  let keyStart: number | null = null;
  let found: { start: number; end: number } | null = null;
  let exact = true;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (isMap(node)) {
      let pair = node.items.find((p) => keyText(p) === String(seg));
      if (pair === undefined && seg === 'factories' && segments[i + 1] === 0) {
        pair = node.items.find((p) => keyText(p) === 'factory');
        if (pair !== undefined) i++;
      }
      if (pair === undefined) {
        exact = false;
        break;
      }
      const k = rangeOf(pair.key);
      const v = rangeOf(pair.value);
      keyStart = k?.[0] ?? v?.[0] ?? null;
      node = pair.value;
      if (keyStart !== null) found = { start: keyStart, end: v?.[1] ?? k?.[1] ?? keyStart };
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      const r = rangeOf(item);
      if (item === undefined || r === null) {
        exact = false;
        break;
      }
      node = item as Node;
      keyStart = r[0];
      found = { start: r[0], end: r[1] };
    } else {
      exact = false;
      break;
    }
  }
  if (found === null) {
    // Nothing of the path is in the file (e.g. a missing top-level field): the first line.
    return segments.length === 0 ? null : { line: 1, endLine: 1, start: 0, end: 0, exact: false };
  }
  const line = lines.linePos(found.start).line;
  // A field that is missing: mark only the line of its parent's key.
  const endOffset = Math.max(found.start, found.end - 1);
  const endLine = exact ? lines.linePos(endOffset).line : line;
  return { line, endLine: Math.max(line, endLine), start: found.start, end: exact ? found.end : found.start, exact };
}
