/**
 * Budgets on the shape of an input (a scenario, a request body) checked before any recursive or
 * expensive work: how deep arrays and objects nest, and how many values there are. A scenario file
 * nests about 6 levels and holds about 100 values; a 20,000-factory population about 100,000.
 */
export interface InputLimits {
  /** Deepest nesting of arrays and objects (the root object is level 1). */
  readonly maxDepth: number;
  /** Most values in all (objects, arrays, scalars). */
  readonly maxNodes: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxDepth: 32, maxNodes: 250_000 };

export interface ShapeProblem {
  readonly code: 'input_too_deep' | 'input_too_large';
  readonly message: string;
  /** Where the budget ran out (`a.b[0]`), or `(root)`. */
  readonly path: string;
}

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Frame | null;
  readonly key: string | number;
}

/** `a.b[0]` of a frame (built only when a budget runs out). */
function pathOf(frame: Frame): string {
  const keys: Array<string | number> = [];
  for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) keys.unshift(f.key);
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out === '' ? shorten(k) : `.${shorten(k)}`;
  return out === '' ? '(root)' : out;
}

const shorten = (key: string) => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

/** The shape problem of a parsed value, or null. Iterative: no input can overflow the stack here. */
export function inputShapeProblem(value: unknown, limits: InputLimits = DEFAULT_INPUT_LIMITS): ShapeProblem | null {
  const stack: Frame[] = [{ value, depth: 0, parent: null, key: '' }];
  // Values are counted as they are reached, so a huge array is refused before it is walked.
  let nodes = 1;
  const tooLarge = (frame: Frame): ShapeProblem => ({ code: 'input_too_large', path: pathOf(frame), message: `more than ${limits.maxNodes} values in one input (this server's limit)` });
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (typeof v !== 'object' || v === null) continue;
    const depth = frame.depth + 1;
    if (depth > limits.maxDepth) {
      return { code: 'input_too_deep', path: pathOf(frame), message: `nested deeper than ${limits.maxDepth} levels (this server's limit)` };
    }
    if (Array.isArray(v)) {
      if ((nodes += v.length) > limits.maxNodes) return tooLarge(frame);
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth, parent: frame, key: i });
    } else {
      const keys = Object.keys(v);
      if ((nodes += keys.length) > limits.maxNodes) return tooLarge(frame);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (v as Record<string, unknown>)[keys[i]!], depth, parent: frame, key: keys[i]! });
    }
  }
  return null;
}
