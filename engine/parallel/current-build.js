// The compiled runtime's folder when it is up to date, read without tsx so `lingtan` starts in
// milliseconds: dist/runtime/manifest.json (written by cli/runtime/build.ts) names the build folder
// and every source file it was made from with its size and mtime; one stat per source decides.
// Any difference answers null: cli/bin.js then hands over to build.ts (which re-hashes the changed
// files and rebuilds only if their content changed), and a pool started from the sources runs its
// workers from the sources too (engine/parallel/runtime.ts).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * @param {string} [root] the repository (this one unless a test says otherwise)
 * @returns {URL | null} the build folder (with a trailing slash) when no source changed since it was built
 */
export function currentBuild(root = ROOT) {
  const runtimeDir = join(root, 'dist', 'runtime');
  try {
    /** @type {{ dir: string, inputs: Record<string, { size: number, mtimeMs: number }> }} */
    const m = JSON.parse(readFileSync(join(runtimeDir, 'manifest.json'), 'utf8'));
    const folder = join(runtimeDir, m.dir);
    statSync(join(folder, 'main.js'));
    for (const [path, was] of Object.entries(m.inputs)) {
      const s = statSync(join(root, path));
      if (s.size !== was.size || s.mtimeMs !== was.mtimeMs) return null;
    }
    return pathToFileURL(`${folder}/`);
  } catch {
    return null;
  }
}
