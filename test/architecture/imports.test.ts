/**
 * The import direction of the code base: no module imports a later layer (the order is written once,
 * in layers.ts), no import cycle among the repository's modules, and the browser app imports from
 * the engine only modules that load no Node built-in (its result types come from the engine).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closure, cycles, importGraph, type ModuleNode } from './import-graph.ts';
import { LAYERS, layerOf } from './layers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const graph = importGraph(ROOT, ['engine', 'server', 'cli', 'web/src']);

const layerName = (i: number): string => LAYERS[i]?.join(' + ') ?? '?';

/** Every import from a module to a later layer than its own, as `from (layer) → to (layer)`. */
function upwardImports(modules: ReadonlyMap<string, ModuleNode>): string[] {
  const upward: string[] = [];
  for (const [file, node] of modules) {
    const from = layerOf(file);
    if (from === undefined) continue;
    for (const target of node.imports) {
      const to = layerOf(target);
      if (to !== undefined && to > from) upward.push(`${file} (${layerName(from)}) → ${target} (${layerName(to)})`);
    }
  }
  return upward;
}

describe('the import graph', () => {
  it('reads the code base (a few hundred modules, the engine among them)', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('engine/formulation/build-model.ts')?.imports.length ?? 0).toBeGreaterThan(3);
  });

  it('places every engine, server and CLI module in a layer', () => {
    const unplaced = [...graph.keys()].filter((f) => !f.startsWith('web/') && layerOf(f) === undefined);
    expect(unplaced).toEqual([]);
  });

  it('imports only down the layers', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds an upward import and a cycle when there is one (the checks can fail)', () => {
    const made = new Map<string, ModuleNode>([
      ['engine/data/a.ts', { imports: ['engine/optimise/b.ts'], externals: [] }],
      ['engine/optimise/b.ts', { imports: ['engine/data/a.ts'], externals: [] }],
    ]);
    expect(upwardImports(made)).toEqual(['engine/data/a.ts (engine/data) → engine/optimise/b.ts (engine/results + engine/optimise)']);
    expect(cycles(made)).toEqual([['engine/data/a.ts', 'engine/optimise/b.ts']]);
  });

  it('lets the browser app import from the engine only modules free of Node built-ins', () => {
    const web = [...graph.keys()].filter((f) => f.startsWith('web/src/'));
    const engineImports = new Set(web.flatMap((f) => graph.get(f)?.imports ?? []).filter((t) => t.startsWith('engine/')));
    const nodeBound: string[] = [];
    for (const entry of engineImports) {
      for (const m of closure(graph, entry)) {
        const builtins = (graph.get(m)?.externals ?? []).filter((e) => e.startsWith('node:'));
        if (builtins.length > 0) nodeBound.push(`${entry} reaches ${m} (${builtins.join(', ')})`);
      }
    }
    expect(nodeBound).toEqual([]);
  });
});
