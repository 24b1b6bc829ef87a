/**
 * The dashboard on a server that needs API keys: it asks for a key once (a prompt), keeps it as
 * the `lingtan_key` session cookie (SameSite=Strict), and every request, chart and event stream
 * then carries it; a revoked key makes it ask again. Charts draw under the page's CSP (no eval).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeys } from '../../server/store/api-keys.ts';
import { openDb } from '../../server/store/db.ts';
import { hasChromium, launchBrowser, startTestServer, type Browser, type TestServer } from './browser.ts';

const run = hasChromium() || process.env['CI'] !== undefined ? describe : describe.skip;

let server: TestServer;
let browser: Browser;

run('the dashboard with API keys', () => {
  beforeAll(async () => {
    server = await startTestServer({ auth: 'keys' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for a key, keeps it as a strict session cookie, and draws the plan with its charts', async () => {
    const db = openDb(server.dataDir);
    const key = new ApiKeys(db).create('bank-a', ['run']).key;
    db.close();
    const prompts: string[] = [];
    const errors: string[] = [];
    const { page } = browser;
    page.on('dialog', (d) => {
      prompts.push(d.message());
      void d.accept(key);
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.url}/`);
    await page.locator('#app[data-ready="true"]').waitFor({ timeout: 30_000 });
    await expect.poll(async () => page.getByTestId('scenario-select').locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(3);
    expect(prompts.length).toBe(1);
    expect(prompts[0]).toContain('API key');
    const cookie = (await browser.context.cookies()).find((c) => c.name === 'lingtan_key');
    expect(cookie).toMatchObject({ sameSite: 'Strict', expires: -1 });

    await page.getByTestId('scenario-select').selectOption('light-industry-zhejiang');
    await page.getByTestId('run-optimise').click();
    const result = page.getByTestId('plan-result');
    await result.waitFor({ timeout: 60_000 });
    const gallery = result.getByTestId('charts');
    await expect.poll(async () => gallery.locator('.chart-card[data-drawn="true"]').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(6);
    expect(await gallery.locator('.chart-card[data-drawn="error"]').count()).toBe(0);
    expect(prompts.length).toBe(1);
    // The 401 of the first request is the only error the console shows (no CSP violation, no eval).
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  }, 180_000);
});
