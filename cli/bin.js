#!/usr/bin/env node
// Entry point of the `lingtan` command. It runs the compiled runtime (dist/runtime/, built by
// cli/runtime/build.ts in `npm ci`'s prepare step) when that is up to date with the sources; when a
// source changed it rebuilds first (about a second), so a stale build never runs. If the build
// cannot be made (say a read-only install), or LINGTAN_RUNTIME=source asks for it, the CLI runs the
// TypeScript sources through tsx instead (slower start, same behaviour).
import { currentBuild } from '../engine/parallel/current-build.js';

const fromSource = process.env.LINGTAN_RUNTIME === 'source';
const build = fromSource ? null : currentBuild();
let entry = build === null ? null : new URL('main.js', build);
if (entry === null) {
  const { register } = await import('tsx/esm/api');
  register();
  if (!fromSource) {
    const { ensureRuntime } = await import('./runtime/build.ts');
    entry = await ensureRuntime({ log: (line) => process.stderr.write(`${line}\n`) }).catch((error) => {
      process.stderr.write(`lingtan: cannot build the compiled runtime (${error instanceof Error ? error.message : String(error)}); running the sources through tsx\n`);
      return null;
    });
  }
}
const { main } = await import(entry?.href ?? './main.ts');
process.exitCode = await main(process.argv.slice(2));
