/**
 * The compiled runtime (cli/runtime/build.ts, engine/parallel/current-build.js, cli/bin.js): a build lists its
 * sources in a manifest; a source whose mtime changed but whose content did not keeps the build (the
 * manifest takes the new mtime), a changed source makes a new build, and `lingtan` runs the compiled
 * output (or the sources, when asked). The CLI's entry statically reaches none of the heavy packages.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRuntime, ensureRuntime, manifestState, readManifest, ROOT } from '../../cli/runtime/build.ts';
import { currentBuild } from '../../engine/parallel/current-build.js';

const currentRuntime = (root: string): URL | null => {
  const folder = currentBuild(root);
  return folder === null ? null : new URL('main.js', folder);
};

const fixture = mkdtempSync(join(tmpdir(), 'lingtan-runtime-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(fixture, path)), { recursive: true });
  writeFileSync(join(fixture, path), text);
}

// A tiny repository with the three entries the build expects; main.ts imports a second module.
write('cli/message.ts', "export const message: string = 'first';\n");
write('cli/main.ts', "import { message } from './message.ts';\nexport async function main(): Promise<string> { return message; }\n");
write('engine/parallel/worker-main.ts', 'export default 1;\n');
write('engine/tasks/registry.ts', 'export const createHandlers = () => ({});\n');

const run = async (url: URL): Promise<string> => ((await import(`${url.href}?t=${Date.now()}`)) as { main(): Promise<string> }).main();

describe('the compiled runtime build', () => {
  it('builds the entries and lists every source in the manifest; the build is current until a source changes', async () => {
    const m = await buildRuntime({ root: fixture });
    expect(Object.keys(m.inputs).sort()).toEqual(['cli/main.ts', 'cli/message.ts', 'engine/parallel/worker-main.ts', 'engine/tasks/registry.ts']);
    expect(manifestState(fixture, m)).toBe('current');
    const url = currentRuntime(fixture);
    expect(url?.pathname).toBe(join(fixture, 'dist/runtime', m.dir, 'main.js'));
    expect(await run(url!)).toBe('first');
  });

  it('keeps the build when a source is only touched, and refreshes the manifest with its new mtime', async () => {
    const before = readManifest(fixture)!;
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(fixture, 'cli/message.ts'), later, later);
    // The quick check (size and mtime, no hashing) no longer vouches for the build…
    expect(currentRuntime(fixture)).toBeNull();
    expect(manifestState(fixture, before)).toBe('touched');
    // …the content hash does: same build folder, new mtime in the manifest.
    const url = await ensureRuntime({ root: fixture });
    const after = readManifest(fixture)!;
    expect(after.dir).toBe(before.dir);
    expect(after.builtAt).toBe(before.builtAt);
    expect(after.inputs['cli/message.ts']!.mtimeMs).toBe(statSync(join(fixture, 'cli/message.ts')).mtimeMs);
    expect(after.inputs['cli/message.ts']!.mtimeMs).not.toBe(before.inputs['cli/message.ts']!.mtimeMs);
    expect(currentRuntime(fixture)?.href).toBe(url.href);
  });

  it('rebuilds when a source changes, so a stale build never runs', async () => {
    const before = readManifest(fixture)!;
    write('cli/message.ts', "export const message: string = 'second';\n");
    expect(currentRuntime(fixture)).toBeNull();
    expect(manifestState(fixture, before)).toBe('stale');
    const url = await ensureRuntime({ root: fixture });
    const after = readManifest(fixture)!;
    expect(after.dir).not.toBe(before.dir);
    expect(after.hash).not.toBe(before.hash);
    expect(await run(url)).toBe('second');
  });

  it('rebuilds when an input is deleted', async () => {
    const m = readManifest(fixture)!;
    rmSync(join(fixture, 'cli/message.ts'));
    expect(manifestState(fixture, m)).toBe('stale');
    expect(currentRuntime(fixture)).toBeNull();
  });
});

describe('lingtan runs the compiled runtime', () => {
  const lingtan = async (env: NodeJS.ProcessEnv, ...args: string[]) =>
    (await promisify(execFile)(process.execPath, [join(ROOT, 'cli/bin.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env } })).stdout;

  it('from dist/runtime when the build is up to date, from the sources when LINGTAN_RUNTIME=source', async () => {
    expect(await lingtan({}, '--version')).toMatch(/^lingtan \d+\.\d+\.\d+ \(compiled runtime, Node v\d+/);
    // bin.js rebuilt first if a source had changed: the manifest now vouches for the build it ran.
    const m = readManifest()!;
    expect(manifestState(ROOT, m)).toBe('current');
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.prepare).toContain('cli/runtime/build.ts');
    expect(await lingtan({ LINGTAN_RUNTIME: 'source' }, '--version')).toMatch(/\(TypeScript sources through tsx,/);
  });

  it('lingtan --help loads no engine code: its static imports reach only zod among the packages', async () => {
    const r = await build({ absWorkingDir: ROOT, entryPoints: ['cli/main.ts'], bundle: true, packages: 'external', platform: 'node', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const inputs = r.metafile.inputs;
    const seen = new Set<string>();
    const packages = new Set<string>();
    const walk = (path: string): void => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const i of inputs[path]?.imports ?? []) {
        if (i.kind !== 'import-statement') continue;
        if (!i.external) walk(i.path);
        else if (!i.path.startsWith('node:')) packages.add(i.path.split('/').slice(0, i.path.startsWith('@') ? 2 : 1).join('/'));
      }
    };
    walk('cli/main.ts');
    expect([...packages]).toEqual(['zod']);
    // Nothing above the data layer (no model, solver, optimiser, charts; of the server only its
    // settings, for serve's flag table), and not the scenario loader: mathjs loads there through
    // createRequire, which the bundler does not see.
    const heavy = [...seen].filter((p) => (/^(engine|server)\//.test(p) && !/^(engine\/(errors\.ts|parallel\/|data\/|distributed\/redis-url\.ts)|server\/config\.ts)/.test(p)) || /^engine\/data\/(year-value|load-scenario)\.ts$/.test(p));
    expect(heavy).toEqual([]);
    expect(seen.size).toBeLessThan(80);
  });
});
