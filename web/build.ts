/**
 * Builds the dashboard into `web/dist/`: the TypeScript front end (with vega, vega-lite, vega-embed
 * and yaml bundled from node_modules, nothing from a CDN) as one ES module, its stylesheet, the page,
 * and the Noto Sans SC font (the one the charts use, from `@expo-google-fonts/noto-sans-sc`), each
 * also gzip-compressed for `@fastify/static`'s `preCompressed`.
 *
 * Runs as the `prepare` script (so `npm ci` builds it) and as `npm run build:web`; `ensureWebBuilt()`
 * rebuilds only when the inputs changed (the browser tests call it). The build goes to a temporary
 * folder next to `dist/` and replaces it by renaming, so a server never sees half a build.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

export const WEB_DIR = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(WEB_DIR, 'dist');
const ROOT = resolve(WEB_DIR, '..');
const INFO_FILE = 'build-info.json';
const FONT_SOURCE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
export const FONT_FILE = 'fonts/NotoSansSC-Regular.ttf';
/** The same font subset to the characters the dashboard shows (its own labels, catalogue and scenario names). */
export const UI_FONT_FILE = 'fonts/NotoSansSC-UI.woff2';
/** Where the names the dashboard shows come from, besides its own labels (read for the subset's characters). */
const NAME_SOURCES = [join('engine', 'data'), 'scenarios'] as const;
const CJK = /[\u2E80-\u2FDF\u3000-\u30FF\u3100-\u312F\u31A0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/gu;
/** Packages whose version changes the bundle. */
const BUNDLED_PACKAGES = ['vega', 'vega-lite', 'vega-embed', 'yaml', 'esbuild', '@expo-google-fonts/noto-sans-sc'] as const;

interface BuildInfo {
  readonly inputsHash: string;
  /** Project files (outside node_modules) the bundle was made from, relative to the repository. */
  readonly inputs: readonly string[];
  readonly builtAt: string;
  readonly seconds: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve(e.isFile() ? [join(dir, e.name)] : []))),
  );
  return nested.flat().sort();
}

async function packageVersion(name: string): Promise<string> {
  // Read directly: some packages' `exports` do not expose package.json.
  const file = join(ROOT, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return `${name}@(missing)`;
  const json = JSON.parse(await readFile(file, 'utf8')) as { version: string };
  return `${name}@${json.version}`;
}

/** A hash of everything the build reads: the sources, the project files they import, the bundled packages' versions. */
async function inputsHash(projectInputs: readonly string[]): Promise<string> {
  const own = [join(WEB_DIR, 'build.ts'), join(WEB_DIR, 'index.html'), ...(await filesUnder(join(WEB_DIR, 'src')))];
  const files = [...new Set([...own, ...projectInputs.map((p) => join(ROOT, p))])].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(ROOT, file)).update('\0');
    hash.update(existsSync(file) ? await readFile(file) : Buffer.from('(missing)')).update('\0');
  }
  for (const name of BUNDLED_PACKAGES) hash.update(await packageVersion(name)).update('\0');
  return hash.digest('hex');
}

async function readInfo(): Promise<BuildInfo | null> {
  try {
    return JSON.parse(await readFile(join(DIST_DIR, INFO_FILE), 'utf8')) as BuildInfo;
  } catch {
    return null;
  }
}

/** True when `web/dist` is missing or was built from other inputs. */
export async function isWebStale(): Promise<boolean> {
  const info = await readInfo();
  if (info === null || !existsSync(join(DIST_DIR, 'index.html'))) return true;
  return (await inputsHash(info.inputs)) !== info.inputsHash;
}

/** Build `web/dist` now. */
export async function buildWeb(options: { log?: (line: string) => void } = {}): Promise<BuildInfo> {
  const t0 = performance.now();
  const out = `${DIST_DIR}.tmp-${process.pid}`;
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'fonts'), { recursive: true });
  try {
    const result = await build({
      entryPoints: { app: join(WEB_DIR, 'src/main.ts'), style: join(WEB_DIR, 'src/style.css') },
      outdir: out,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
      minify: true,
      sourcemap: 'linked',
      legalComments: 'linked',
      metafile: true,
      logLevel: 'warning',
      // The CSS refers to the font by its served path; it is copied, not bundled.
      external: ['/fonts/*'],
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const projectInputs = Object.keys(result.metafile.inputs)
      .filter((p) => !p.includes('node_modules'))
      .map((p) => relative(ROOT, resolve(process.cwd(), p)))
      .sort();

    const js = await readFile(join(out, 'app.js'));
    await copyFile(require.resolve(FONT_SOURCE), join(out, FONT_FILE));
    const nameFiles = (await Promise.all(NAME_SOURCES.map((d) => filesUnder(join(ROOT, d))))).flat().filter((f) => /\.(ts|json|ya?ml)$/.test(f));
    projectInputs.push(...nameFiles.map((f) => relative(ROOT, f)));
    projectInputs.sort();
    const uiFont = await buildUiFont(out, [js.toString('utf8'), ...(await Promise.all(nameFiles.map((f) => readFile(f, 'utf8'))))]);
    await writeFile(join(out, 'style.css'), `${await readFile(join(out, 'style.css'), 'utf8')}\n${uiFont.css}\n`);
    const css = await readFile(join(out, 'style.css'));
    const version = createHash('sha256').update(js).update(css).digest('hex').slice(0, 12);
    const page = (await readFile(join(WEB_DIR, 'index.html'), 'utf8')).replaceAll('{{version}}', version).replaceAll('{{uiFont}}', uiFont.url);
    await writeFile(join(out, 'index.html'), page);

    // Pre-compressed copies (the server picks them by Accept-Encoding).
    for (const file of ['index.html', 'app.js', 'style.css', FONT_FILE]) {
      await writeFile(join(out, `${file}.gz`), gzipSync(await readFile(join(out, file)), { level: 9 }));
    }

    const info: BuildInfo = {
      inputsHash: await inputsHash(projectInputs),
      inputs: projectInputs,
      builtAt: new Date().toISOString(),
      seconds: (performance.now() - t0) / 1000,
    };
    await writeFile(join(out, INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);

    // Swap in the new build.
    const old = `${DIST_DIR}.old-${process.pid}`;
    if (existsSync(DIST_DIR)) await rename(DIST_DIR, old);
    await rename(out, DIST_DIR);
    await rm(old, { recursive: true, force: true });
    options.log?.(`web/dist built in ${info.seconds.toFixed(1)} s (app.js ${(js.length / 1024).toFixed(0)} KiB)`);
    return info;
  } catch (error) {
    await rm(out, { recursive: true, force: true });
    throw error;
  }
}

/** `U+4E00-4E03, U+96F6`: the code points as CSS unicode-range, consecutive ones merged. */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(j === i ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * The CJK characters of `texts` as a small WOFF2 subset of the font, and the @font-face rule that
 * serves it under the same family for exactly those code points. Declared after the full font's rule
 * (style.css), it is the face the browser checks first (CSS Fonts 4, §4.5), so the page's own text
 * never waits for the 10 MB file, which still covers any other character (a user's own names).
 */
async function buildUiFont(out: string, texts: readonly string[]): Promise<{ css: string; url: string }> {
  const chars = [...new Set(texts.flatMap((t) => t.match(CJK) ?? []))].sort();
  const woff2 = await subsetFont(await readFile(join(out, FONT_FILE)), chars.join(''), { targetFormat: 'woff2' });
  await writeFile(join(out, UI_FONT_FILE), woff2);
  const url = `/${UI_FONT_FILE}?v=${createHash('sha256').update(woff2).digest('hex').slice(0, 12)}`;
  const range = unicodeRange(chars.map((c) => c.codePointAt(0)!));
  return {
    url,
    css: `@font-face{font-family:'Noto Sans SC';src:url('${url}') format('woff2');font-weight:100 900;font-display:block;unicode-range:${range}}`,
  };
}

/** Build `web/dist` unless it is up to date; true when it built. */
export async function ensureWebBuilt(options: { log?: (line: string) => void } = {}): Promise<boolean> {
  if (!(await isWebStale())) return false;
  await buildWeb(options);
  return true;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  (force ? buildWeb({ log }) : ensureWebBuilt({ log }).then((built) => built || log('web/dist is up to date')))
    .catch((error: unknown) => {
      process.stderr.write(`web build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
