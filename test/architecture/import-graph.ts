/**
 * The import graph of the repository's own modules, read with TypeScript's pre-processor (static
 * imports, re-exports, `import type` and dynamic `import('…')` alike). Only relative imports count;
 * packages and `node:` built-ins are recorded separately as the module's externals.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

export interface ModuleNode {
  /** Repository-relative paths of the repository's modules this one imports. */
  readonly imports: readonly string[];
  /** Package and built-in specifiers (`zod`, `node:module`). */
  readonly externals: readonly string[];
}

const SOURCE = /\.(ts|mts|js|mjs)$/;

function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(root, path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The graph of every module under the given directories (repository-relative). */
export function importGraph(root: string, dirs: readonly string[]): Map<string, ModuleNode> {
  const graph = new Map<string, ModuleNode>();
  for (const file of dirs.flatMap((d) => sourceFiles(root, d))) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const imports: string[] = [];
    const externals: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (fileName.startsWith('.')) imports.push(relative(root, normalize(join(root, dirname(file), fileName))));
      else externals.push(fileName);
    }
    graph.set(file, { imports, externals });
  }
  return graph;
}

/** Every cycle's modules, one list per strongly connected component larger than one module. */
export function cycles(graph: ReadonlyMap<string, ModuleNode>): string[][] {
  // Tarjan's algorithm, iterative enough for a few hundred modules by recursion.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.imports ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v)?.imports ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** The repository's modules reachable from `start` (itself included). */
export function closure(graph: ReadonlyMap<string, ModuleNode>, start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  for (let v = todo.pop(); v !== undefined; v = todo.pop()) {
    if (seen.has(v)) continue;
    seen.add(v);
    todo.push(...(graph.get(v)?.imports ?? []));
  }
  return seen;
}
