/**
 * Builds the compiled runtime: the CLI (and, through it, the server), the worker-thread entry and
 * the engine's task registry, bundled by esbuild into one flat folder `dist/runtime/<hash>/`
 * (shared code in chunks, lazy `import()`s kept lazy, every npm package left external so native
 * modules — better-sqlite3, the HiGHS wasm, @resvg — load from node_modules as usual), and a
 * manifest `dist/runtime/manifest.json` naming that folder and every source file it was made from
 * (with size and mtime, and one content hash over them).
 *
 * Runs as part of `npm ci`'s prepare step and whenever `cli/bin.js` finds the build stale
 * (`ensureRuntime`): a source whose size or mtime differs from the manifest is re-hashed, and only
 * when the content changed is the runtime rebuilt (about a second). A build goes to a temporary
 * folder renamed into place and the manifest is replaced by renaming, so concurrent processes
 * never see half a build; builds other than the current one are removed after an hour (a process
 * started on one may still load its lazy chunks).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The repository this script belongs to (every function takes another root, for tests). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runtimeDir = (root: string) => join(root, 'dist', 'runtime');
const manifestFile = (root: string) => join(runtimeDir(root), 'manifest.json');
/** This script, an input of every build made in its repository: how the runtime is built is part of the build. */
const BUILD_SCRIPT = 'cli/runtime/build.ts';

/** The compiled entries, by output name: `main.js` is what cli/bin.js runs; the pool starts workers from the other two (engine/parallel/runtime.ts). */
export const ENTRIES = {
  main: 'cli/main.ts',
  'worker-entry': 'engine/parallel/worker-main.ts',
  registry: 'engine/tasks/registry.ts',
} as const;

export interface InputStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

/** dist/runtime/manifest.json (read without tsx by engine/parallel/current-build.js). */
export interface RuntimeManifest {
  /** The build folder, under dist/runtime/. */
  readonly dir: string;
  /** sha256 over every input's path and content. */
  readonly hash: string;
  /** Project files the build was made from (repository-relative), with their size and mtime when built. */
  readonly inputs: Readonly<Record<string, InputStamp>>;
  readonly builtAt: string;
  readonly seconds: number;
}

export interface BuildOptions {
  /** The repository to build; default this one. */
  readonly root?: string;
  readonly log?: (line: string) => void;
}

export function contentHash(root: string, inputs: readonly string[]): string {
  const h = createHash('sha256');
  for (const path of [...inputs].sort()) h.update(`${path}\0`).update(readFileSync(join(root, path))).update('\0');
  return h.digest('hex');
}

function stamps(root: string, inputs: readonly string[]): Record<string, InputStamp> {
  const out: Record<string, InputStamp> = {};
  for (const path of [...inputs].sort()) {
    const s = statSync(join(root, path));
    out[path] = { size: s.size, mtimeMs: s.mtimeMs };
  }
  return out;
}

export function readManifest(root = ROOT): RuntimeManifest | undefined {
  try {
    return JSON.parse(readFileSync(manifestFile(root), 'utf8')) as RuntimeManifest;
  } catch {
    return undefined;
  }
}

async function writeManifest(root: string, m: RuntimeManifest): Promise<void> {
  const tmp = `${manifestFile(root)}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, `${JSON.stringify(m, null, 1)}\n`);
  await rename(tmp, manifestFile(root));
}

/**
 * `current`: the build exists and no input's size or mtime changed; `touched`: some mtimes changed
 * but every input has the content it was built from (a checkout, a `touch`); else `stale`.
 */
export function manifestState(root: string, m: RuntimeManifest): 'current' | 'touched' | 'stale' {
  const paths = Object.keys(m.inputs);
  try {
    statSync(join(runtimeDir(root), m.dir, 'main.js'));
    let touched = false;
    for (const path of paths) {
      const s = statSync(join(root, path));
      const was = m.inputs[path]!;
      if (s.size !== was.size) return 'stale';
      if (s.mtimeMs !== was.mtimeMs) touched = true;
    }
    if (!touched) return 'current';
    return contentHash(root, paths) === m.hash ? 'touched' : 'stale';
  } catch {
    // An input (or the build) is gone.
    return 'stale';
  }
}

async function removeOldBuilds(root: string, current: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const e of await readdir(runtimeDir(root), { withFileTypes: true })) {
    if (!e.isDirectory() || e.name === current) continue;
    const s = await stat(join(runtimeDir(root), e.name)).catch(() => undefined);
    if (s !== undefined && s.mtimeMs < hourAgo) await rm(join(runtimeDir(root), e.name), { recursive: true, force: true });
  }
}

/** Build the runtime now; returns its manifest. */
export async function buildRuntime(options: BuildOptions = {}): Promise<RuntimeManifest> {
  const root = options.root ?? ROOT;
  const t0 = performance.now();
  await mkdir(runtimeDir(root), { recursive: true });
  const tmp = join(runtimeDir(root), `tmp-${process.pid}-${Date.now()}`);
  let result;
  try {
    result = await build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, source]) => [name, join(root, source)])),
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      // Flat: every chunk beside the entries (engine/parallel/runtime.ts relies on it).
      chunkNames: 'chunk-[hash]',
      // The repository root from the build folder (dist/runtime/<dir>/).
      define: { __LINGTAN_BUILD__: JSON.stringify({ root: '../../../' }) },
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'silent',
    });
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  const inputs = Object.keys(result.metafile.inputs)
    // Project files only: npm packages stay external, and esbuild lists `<define:…>` pseudo-inputs.
    .filter((p) => !p.startsWith('node_modules/') && !p.startsWith('<'))
    .concat(existsSync(join(root, BUILD_SCRIPT)) ? [BUILD_SCRIPT] : []);
  const hash = contentHash(root, inputs);
  const dir = hash.slice(0, 16);
  try {
    await rename(tmp, join(runtimeDir(root), dir));
  } catch (error) {
    // Another process built the same sources first: its folder is this one.
    if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await rm(tmp, { recursive: true, force: true });
  }
  const seconds = (performance.now() - t0) / 1000;
  const manifest: RuntimeManifest = { dir, hash, inputs: stamps(root, inputs), builtAt: new Date().toISOString(), seconds };
  await writeManifest(root, manifest);
  await removeOldBuilds(root, dir);
  options.log?.(`compiled runtime built in ${seconds.toFixed(2)} s: dist/runtime/${dir} (${inputs.length} source files)`);
  return manifest;
}

/**
 * The compiled CLI entry, built first if any source changed since the last build; a manifest
 * whose sources were only touched (same content) gets their new mtimes instead.
 */
export async function ensureRuntime(options: BuildOptions = {}): Promise<URL> {
  const root = options.root ?? ROOT;
  const m = readManifest(root);
  const state = m === undefined ? 'stale' : manifestState(root, m);
  let current: RuntimeManifest;
  if (m !== undefined && state === 'touched') {
    current = { ...m, inputs: stamps(root, Object.keys(m.inputs)) };
    await writeManifest(root, current);
  } else if (m !== undefined && state === 'current') current = m;
  else current = await buildRuntime(options);
  return pathToFileURL(join(runtimeDir(root), current.dir, 'main.js'));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  (process.argv.includes('--force') ? buildRuntime({ log }) : ensureRuntime({ log }))
    .then(() => undefined)
    .catch((error: unknown) => {
      process.stderr.write(`runtime build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
