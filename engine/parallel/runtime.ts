/**
 * Where the running code lives: the TypeScript sources (under tsx or vitest), or the compiled
 * runtime that `cli/runtime/build.ts` bundles with esbuild into one flat folder under `dist/runtime/`.
 * The build defines `__LINGTAN_BUILD__` (the repository root, relative to that folder); every chunk
 * sits directly in the folder, so `import.meta.url` here names a file beside the compiled entries.
 * Code that reaches a project file (the bundled scenarios, web/dist, a worker script) asks here
 * instead of resolving against its own `import.meta.url`, which would point into the bundle.
 */

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

/**
 * A module a worker thread starts from: the compiled entry `name` (see cli/runtime/build.ts) when
 * compiled, else the source file at `source` (a path from the repository root).
 */
export function entryUrl(name: string, source: string): URL {
  return COMPILED ? new URL(`./${name}.js`, import.meta.url) : projectUrl(source);
}
