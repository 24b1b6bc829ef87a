/**
 * The three notebooks executed headless (notebooks/execute.py: nbclient with the repository's Deno
 * kernel spec); any cell error fails. Needs Debian's python3-nbclient: skipped without it, except in
 * CI, where a missing package is a failure.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const PYTHON = '/usr/bin/python3';
const hasNbclient = spawnSync(PYTHON, ['-c', 'import nbclient, nbformat'], { stdio: 'ignore' }).status === 0;
const run = hasNbclient || process.env['CI'] !== undefined ? describe : describe.skip;

run('notebooks', () => {
  it('execute from a clean checkout without a cell error', () => {
    const script = new URL('../../notebooks/execute.py', import.meta.url).pathname;
    const r = spawnSync(PYTHON, [script], { encoding: 'utf8', timeout: 600_000 });
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    expect(r.status, output).toBe(0);
    expect(output).toMatch(/all 3 notebooks ran without errors/);
  }, 620_000);
});
