/**
 * Retention: runs and finished jobs older than their tenant's retention are deleted with their
 * charts and request keys; a tenant's own setting overrides the default; 0 keeps for ever; the
 * run of a job still queued is kept.
 */
import { expect, it } from 'vitest';
import { openDb } from '../../server/store/db.ts';
import { JobStore } from '../../server/store/jobs.ts';
import { RunStore, type StoredRun } from '../../server/store/runs.ts';
import { Tenants } from '../../server/store/tenants.ts';
import { tempDir } from './helpers.ts';

const run = (id: string, createdAt: string): StoredRun => ({ id, kind: 'optimise', status: 'optimal', createdAt, requestJson: '{}', resultJson: '{}', sourceJson: null, meta: { solverLimitReached: false, seconds: 0 } });

it('prunes by each tenant\'s retention, keeping what a queued job will write', () => {
  const db = openDb(tempDir());
  try {
    const runs = new RunStore(db);
    const jobs = new JobStore(db, runs);
    const now = new Date('2026-12-01T00:00:00Z');
    const old = '2026-10-01T00:00:00Z'; // 61 days before
    const recent = '2026-11-25T00:00:00Z'; // 6 days before
    runs.put('a', run('a-old', old), ['a-key']);
    runs.putChart('a-old', 'svg', 'image/svg+xml', Buffer.from('<svg/>'));
    runs.put('a', run('a-recent', recent));
    runs.put('b', run('b-old', old));
    runs.put('c', run('c-old', old));
    runs.put('c', run('c-queued', old));
    jobs.create({ tenant: 'c', id: 'job-c', kind: 'optimise', runId: 'c-queued', total: 1, request: {} });
    new Tenants(db).setRetention('b', 0);
    // Default 30 days: a loses its old run, b keeps everything (0), c keeps the run its queued job makes.
    const pruned = runs.prune(30, now);
    expect(pruned).toEqual([
      { tenant: 'a', runs: 1, jobs: 0 },
      { tenant: 'c', runs: 1, jobs: 0 },
    ]);
    expect(runs.get('a', 'a-old')).toBeNull();
    expect(runs.chart('a-old', 'svg')).toBeNull();
    expect(runs.byRequestKey('a', 'a-key')).toBeNull();
    expect(runs.get('a', 'a-recent')).not.toBeNull();
    expect(runs.get('b', 'b-old')).not.toBeNull();
    expect(runs.get('c', 'c-queued')).not.toBeNull();
    expect(runs.prune(0, now)).toEqual([]);
  } finally {
    db.close();
  }
});
