/**
 * Where the running code lives: the TypeScript sources (under tsx or vitest), or the compiled
 * runtime that `cli/runtime/build.ts` bundles with esbuild into one flat folder under `dist/runtime/`.
 * The build defines `__LINGTAN_BUILD__` (the repository root, relative to that folder); every chunk
 * sits directly in the folder, so `import.meta.url` here names a file beside the compiled entries.
 * Code that reaches a project file (the bundled scenarios, web/dist, a worker script) asks here
 * instead of resolving against its own `import.meta.url`, which would point into the bundle.
 */
import { currentBuild } from './current-build.js';

declare const __LINGTAN_BUILD__: { readonly root: string } | undefined;

const BUILD = typeof __LINGTAN_BUILD__ === 'undefined' ? undefined : __LINGTAN_BUILD__;

/** True when this process runs the compiled runtime, false when it runs the sources. */
export const COMPILED = BUILD !== undefined;

/** The repository root (this file is engine/parallel/runtime.ts in the sources). */
const ROOT = new URL(BUILD?.root ?? '../../', import.meta.url);

/** A file or folder of the repository, by its path from the root (`scenarios/`, `web/dist/`). */
export function projectUrl(path: string): URL {
  return new URL(path, ROOT);
}

let sourcesBuild: URL | null | undefined;

/**
 * The compiled runtime's folder worker threads start from: this process's own when it runs
 * compiled; from the sources, the build of these very sources when one is current (so a pool
 * started under tsx or vitest still runs compiled workers, which start without transpiling), unless
 * LINGTAN_RUNTIME=source; else null (workers load the sources through tsx).
 */
export function compiledFolder(): URL | null {
  if (COMPILED) return new URL('./', import.meta.url);
  if (process.env['LINGTAN_RUNTIME'] === 'source') return null;
  return (sourcesBuild ??= currentBuild());
}

/**
 * A module worker threads load: the compiled entry `name` (see ENTRIES in cli/runtime/build.ts)
 * when there is a compiled folder, else the source file at `source` (a path from the root).
 */
export function entryUrl(name: string, source: string): URL {
  const folder = compiledFolder();
  return folder !== null ? new URL(`./${name}.js`, folder) : projectUrl(source);
}
