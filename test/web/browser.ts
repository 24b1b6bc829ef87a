/**
 * Helpers of the browser tests: the app on 127.0.0.1 (a free port, a temporary data folder, the
 * dashboard built if its sources changed) and Debian's Chromium driven by playwright-core with a
 * fresh profile.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { resolveConfig, type ServerConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import { ensureWebBuilt } from '../../web/build.ts';

export const CHROMIUM = process.env['LINGTAN_CHROMIUM'] ?? '/usr/bin/chromium';

/** The flags CI uses (no GPU, no background traffic, no first-run UI). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

export const hasChromium = (): boolean => existsSync(CHROMIUM);

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** Chromium with a fresh profile (removed on close). */
export async function launchBrowser(viewport = { width: 1440, height: 1000 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'lingtan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport,
    locale: 'en-US',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** The app listening on 127.0.0.1 (port 0), with a temporary data folder, the dashboard up to date. */
export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  await ensureWebBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
  const dataDir = mkdtempSync(join(tmpdir(), 'lingtan-web-'));
  const config = resolveConfig({ host: '127.0.0.1', port: 0, dataDir, workers: 2, logLevel: 'silent', shutdownGraceMs: 0, auth: 'off', ...overrides });
  if (!config.ok) throw new Error(JSON.stringify(config.issues));
  const server = await startServer(config.value);
  return {
    server,
    url: server.url,
    dataDir,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
