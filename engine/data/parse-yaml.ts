/**
 * YAML (and JSON, its subset) read within budgets: JSON text by JSON.parse, YAML up to
 * `MAX_YAML_CHARS`. The `yaml`
 * package's own duplicate-key check compares every key of a map with every other (100,000 keys
 * held a thread for minutes), so it is turned off and duplicates are found here with a set per
 * map; aliases are capped (no "billion laughs"); depth and the number of values are checked
 * before the document becomes plain data.
 */
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { fail, ok, type Result } from '../errors.ts';
import { DEFAULT_INPUT_LIMITS, inputShapeProblem, type InputLimits } from './input-shape.ts';

const MAX_ALIAS_COUNT = 100;

/**
 * Longest YAML text, characters. The `yaml` package's lexer and composer are superlinear in the
 * entries of one collection (measured on this project's 2-core machine: 10,000 keys 0.8–1.5 s,
 * 100,000 keys 7–12 s, even without the duplicate-key check); a bundled scenario is under 4 KB,
 * so 64 KB bounds a parse to a fraction of a second. JSON text is read by JSON.parse, at any size.
 */
export const MAX_YAML_CHARS = 64 * 1024;

export function parseYamlBounded(text: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): Result<unknown> {
  // YAML is a superset of JSON: JSON text takes the linear parser.
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    let value: unknown;
    let parsed = false;
    try {
      value = JSON.parse(text);
      parsed = true;
    } catch {
      // not JSON (flow-style YAML, or too deep for JSON.parse): read as YAML below
    }
    if (parsed) {
      const shape = inputShapeProblem(value, limits);
      return shape === null ? ok(value) : fail({ code: shape.code, message: shape.message, issues: [{ path: shape.path, message: shape.message }] });
    }
  }
  if (text.length > MAX_YAML_CHARS) {
    return fail({ code: 'input_too_large', message: `YAML text of ${text.length} characters is longer than this server reads (${MAX_YAML_CHARS}); send larger scenarios as JSON` });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: true, lineCounter });
  const problem = doc.errors[0];
  if (problem !== undefined) {
    // The parser reports nesting beyond what it can hold as a stack overflow at a position.
    const where = problem.linePos ? ` (line ${problem.linePos[0].line}, column ${problem.linePos[0].col})` : '';
    if (problem.message.startsWith('Maximum call stack')) return fail({ code: 'input_too_deep', message: `nested deeper than ${limits.maxDepth} levels${where} (this server's limit)` });
    const reason = (problem.message.split('\n')[0] ?? 'unreadable').replace(/ at line \d+, column \d+:?$/, '');
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
