/**
 * YAML (and JSON, its subset) read within budgets: linear in the size of the text. The `yaml`
 * package's own duplicate-key check compares every key of a map with every other (100,000 keys
 * held a thread for minutes), so it is turned off and duplicates are found here with a set per
 * map; aliases are capped (no "billion laughs"); depth and the number of values are checked
 * before the document becomes plain data.
 */
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { fail, ok, type Result } from '../errors.ts';
import { DEFAULT_INPUT_LIMITS, inputShapeProblem, type InputLimits } from './input-shape.ts';

const MAX_ALIAS_COUNT = 100;

export function parseYamlBounded(text: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): Result<unknown> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: true, lineCounter });
  const first = doc.errors[0];
  if (first !== undefined) {
    // The parser reports nesting beyond what it can hold as a stack overflow at a position.
    const where = first.linePos ? ` (line ${first.linePos[0].line}, column ${first.linePos[0].col})` : '';
    if (first.message.startsWith('Maximum call stack')) return fail({ code: 'input_too_deep', message: `nested deeper than ${limits.maxDepth} levels${where} (this server's limit)` });
    const reason = (first.message.split('\n')[0] ?? 'unreadable').replace(/ at line \d+, column \d+:?$/, '');
    return fail({ code: 'scenario_syntax', message: `not valid YAML${where}: ${reason}` });
  }
  let duplicate: { key: string; offset: number } | null = null;
  let nodes = 0;
  visit(doc, {
    Node() {
      if (++nodes > limits.maxNodes) return visit.BREAK;
      return undefined;
    },
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) {
          duplicate = { key, offset: pair.key.range?.[0] ?? 0 };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  if (nodes > limits.maxNodes) return fail({ code: 'input_too_large', message: `more than ${limits.maxNodes} values (this server's limit)` });
  if (duplicate !== null) {
    const { key, offset } = duplicate as { key: string; offset: number };
    const pos = lineCounter.linePos(offset);
    return fail({ code: 'scenario_syntax', message: `not valid YAML (line ${pos.line}, column ${pos.col}): the key "${key.length > 80 ? `${key.slice(0, 80)}…` : key}" appears twice in one map` });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fail({ code: 'scenario_syntax', message: `not valid YAML: ${(error as Error).message.split('\n')[0] ?? 'unreadable'}` });
  }
  const shape = inputShapeProblem(value, limits);
  if (shape !== null) return fail({ code: shape.code, message: shape.message, issues: [{ path: shape.path, message: shape.message }] });
  return ok(value);
}
