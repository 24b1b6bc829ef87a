/** Helpers of the server tests: tiny scenarios as request bodies, apps on temporary data folders. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../../server/app.ts';
import type { ServerConfig } from '../../server/config.ts';
import { efficiency } from '../helpers/tiny.ts';

export const HAND_COMPUTED_YAML = readFileSync(new URL('../fixtures/scenarios/hand-computed.yaml', import.meta.url), 'utf8');

/** The hand-computed factory with one uncertain input (for simulate and sensitivity). */
export const HAND_COMPUTED_UNCERTAIN_YAML = `${HAND_COMPUTED_YAML}
uncertainty:
  seed: 7
  draws: 4
  inputs:
    - { input: electricity_price, distribution: { kind: triangular, min: 0.9, mode: 1.0, max: 1.2 } }
`;

/**
 * The tiny scenario of test/helpers/tiny.ts as a request body: 1,000 MWh of grid electricity at
 * 500 RMB/MWh, factor 0.5 tCO2/MWh, one efficiency measure; feasible for a target ≥ 250 tCO2 when
 * the measure saves half.
 */
export function tinyScenarioData(o: { id?: string; name?: string; netTargetTco2?: number; saving?: number; capex?: number; electricityMwh?: number } = {}) {
  return {
    id: o.id ?? 'tiny',
    name: o.name ?? 'Tiny',
    horizon: { startYear: 2026, endYear: 2027 },
    time: { resolution: 'annual' },
    factory: {
      id: 'tiny_factory',
      name: 'Tiny factory',
      sector: 'machinery',
      province: 'jiangsu',
      output: { unit: 't', baseQuantity: 100 },
      site: { gridConnectionKva: 1000 },
      inventory: { energy: [{ endUse: 'other_electric', carrier: 'electricity', energyMwh: o.electricityMwh ?? 1000 }] },
    },
    assumptions: {
      discountRate: 0,
      gridFactor: { locationTco2PerMwh: 0.5, marketResidualTco2PerMwh: 0.5 },
      prices: { carrierRmbPerMwh: { electricity: 500 } },
    },
    policy: { targetYear: 2027, netTargetTco2: o.netTargetTco2 ?? 300, capPath: 'target_year_only', allowedOffsetProducts: [], offsetYears: 'all' },
    measures: { include: [], custom: [efficiency('led', o.saving ?? 0.5, o.capex ?? 20_000)] },
  };
}

/** The same with two factories (for the sync-size threshold). */
export function twoFactoryData() {
  const one = tinyScenarioData();
  const { factory, ...rest } = one;
  return { ...rest, id: 'tiny_two', factories: [factory, { ...factory, id: 'tiny_factory_2', name: 'Tiny factory 2' }] };
}

const created: string[] = [];
// Registered when a test file imports these helpers: runs after the file's own afterAll hooks (which close the apps).
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary data folder, removed after the test file. */
export function tempDir(prefix = 'lingtan-server-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** An app on a temporary data folder: one worker, silent logs, short solver limits, the open local mode (keys: test/server/tenants.test.ts). */
export async function testApp(overrides: Partial<ServerConfig> = {}, dataDir = tempDir()): Promise<FastifyInstance> {
  return buildApp({ dataDir, workers: 1, logLevel: 'silent', maxSolveSeconds: 20, shutdownGraceMs: 0, auth: 'off', ...overrides });
}

/** Wait until a job reaches a final state (polling), or fail after `ms`. */
export async function waitForJob(app: FastifyInstance, id: string, ms = 60_000, headers: Record<string, string> = {}): Promise<{ state: string; runId: string; progress: { done: number; total: number } }> {
  const t0 = Date.now();
  for (;;) {
    const job = (await app.inject({ url: `/v1/jobs/${id}`, headers })).json<{ state: string; runId: string; progress: { done: number; total: number } }>();
    if (['succeeded', 'failed', 'cancelled', 'interrupted'].includes(job.state)) return job;
    if (Date.now() - t0 > ms) throw new Error(`job ${id} still ${job.state} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Server-sent events of a finished stream, parsed. */
export function parseSse(text: string): Array<{ event: string; data: unknown }> {
  return text
    .split('\n\n')
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith(':'))
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
      const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      return { event, data: JSON.parse(data) as unknown };
    });
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
