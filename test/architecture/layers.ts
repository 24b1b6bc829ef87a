/**
 * The layer order of the code base, written once: a module may import its own layer and the layers
 * before it, never one after it. Each entry is a directory (or file) relative to the repository root;
 * entries in one inner array share a layer. `parallel/` (the generic worker pool and progress
 * reports) knows no task kinds and sits at the bottom with the data; `tasks/` (the task registry)
 * sits above every layer it dispatches to.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['engine/errors.ts', 'engine/parallel'],
  ['engine/data'],
  ['engine/accounting'],
  ['engine/model'],
  ['engine/formulation'],
  ['engine/solvers'],
  ['engine/results', 'engine/optimise'],
  ['engine/compliance'],
  ['engine/simulation', 'engine/rollout', 'engine/finance', 'engine/footprint'],
  ['engine/tracking'],
  ['engine/tasks'],
  ['engine/distributed'],
  ['engine/charts'],
  ['engine/report'],
  ['server', 'cli'],
];

/** The layer index of a repository-relative path, or undefined outside the layered code. */
export function layerOf(path: string): number | undefined {
  let best: { index: number; length: number } | undefined;
  LAYERS.forEach((entries, index) => {
    for (const entry of entries) {
      if ((path === entry || path.startsWith(`${entry}/`)) && (best === undefined || entry.length > best.length)) {
        best = { index, length: entry.length };
      }
    }
  });
  return best?.index;
}
