/**
 * The dashboard in a real browser: Debian's Chromium driven by playwright-core against the app on
 * 127.0.0.1. Loads the page (every asset from the app itself), optimises a bundled scenario and
 * sees every chart drawn, switches the language, shows a broken scenario's field errors, starts
 * and cancels a Monte Carlo job, runs a rollout job and a two-stage stochastic plan, compares plans and
 * the bank view.
 *
 * Skipped when Chromium is missing, except in CI (`CI` set), where it must be there
 * (`apt-get install chromium`). With `LINGTAN_SCREENSHOTS=1` it also writes the README's
 * screenshots to docs/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, startTestServer, type Browser, type TestServer } from './browser.ts';

const SCREENSHOTS = process.env['LINGTAN_SCREENSHOTS'] === '1';
const SHOTS_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const run = hasChromium() || process.env['CI'] !== undefined ? describe : describe.skip;

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

async function shot(name: string, target?: Locator): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  // The sticky header would cover elements scrolled into view.
  await page.addStyleTag({ content: 'header.top, aside { position: static !important; }' });
  // CJK glyphs come from the app's own font: wait until it is in.
  await page.evaluate('document.fonts.ready.then(() => true)');
  const path = `${SHOTS_DIR}${name}.png`;
  if (target === undefined) {
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(300);
    await page.screenshot({ path });
  }
  else {
    await page.waitForTimeout(300);
    await target.screenshot({ path });
  }
}

/** Every chart card of a gallery drawn (SVG), and how many there are. */
async function chartsDrawn(gallery: Locator, expected: number, timeout = 60_000): Promise<void> {
  await expect.poll(async () => gallery.locator('.chart-card[data-drawn="true"]').count(), { timeout }).toBe(expected);
  await expect.poll(async () => gallery.locator('.chart-card[data-drawn="error"]').count()).toBe(0);
}

const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;

run('the dashboard in Chromium', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser(SCREENSHOTS ? { width: 1920, height: 1080 } : { width: 1440, height: 1000 });
    page = browser.page;
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the page, with every asset from the app itself', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('#app[data-ready="true"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('tab-plan').textContent()).toBe('Plan');
    const scenarios = await api<{ scenarios: unknown[] }>('/v1/scenarios');
    expect(await page.getByTestId('scenario-select').locator('option').count()).toBe(scenarios.scenarios.length);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('optimises a bundled scenario: plan table, every chart drawn as SVG with text, downloads', async () => {
    await page.getByTestId('scenario-select').selectOption('light-industry-zhejiang');
    await page.getByTestId('run-optimise').click();
    const result = page.getByTestId('plan-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('optimal');
    expect(await page.getByTestId('plan-table').locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('plan-table').textContent()).toContain('Rooftop PV');
    expect(await page.getByTestId('emissions-table').locator('tbody tr').count()).toBe(5);

    const runId = await result.getAttribute('data-run');
    const { charts } = await api<{ charts: Array<{ kind: string }> }>(`/v1/runs/${runId}/charts`);
    expect(charts.length).toBeGreaterThanOrEqual(6);
    const gallery = result.getByTestId('charts');
    await chartsDrawn(gallery, charts.length);
    for (const { kind } of charts) {
      const svg = gallery.locator(`.chart-card[data-kind="${kind}"] svg`).first();
      expect(await svg.count()).toBe(1);
      const text = (await svg.locator('text').allTextContents()).join(' ');
      expect(text.length, kind).toBeGreaterThan(10);
    }
    expect((await gallery.locator('.chart-card[data-kind="emissions_pathway"] svg text').allTextContents()).join(' ')).toContain('Emissions pathway');

    // Downloads: the plan as CSV (made in the page), the model as LP and a chart as SVG (from the API).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dl-plan-csv').click()]);
    const csvPath = await download.path();
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('factory,measure_id,measure_en,measure_zh,category,size_unit,year,build_units,stock_units,capex_rmb');
    expect(csv).toContain('rooftop_pv');
    for (const [testid, starts] of [['dl-lp', '\\ Problem'], ['dl-mps', 'NAME'], ['dl-svg-mac_curve', '<svg']] as const) {
      const href = await page.getByTestId(testid).getAttribute('href');
      const response = await fetch(`${server.url}${href}`);
      expect(response.status, testid).toBe(200);
      expect((await response.text()).trimStart().startsWith(starts), testid).toBe(true);
    }
    await shot('plan');
    await shot('charts', gallery);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('switches the language: labels, names and the charts in Chinese, numbers in the Chinese locale', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('tab-plan').textContent()).toBe('规划方案');
    expect(await page.getByTestId('lang-toggle').textContent()).toBe('English');
    const table = page.getByTestId('plan-table');
    expect(await table.locator('thead').textContent()).toContain('措施');
    expect(await table.textContent()).toContain('屋顶分布式光伏');
    // Sector and province names in the scenario list.
    expect(await page.getByTestId('scenario-select').locator('option[value="light-industry-zhejiang"]').textContent()).toContain('轻工 · 浙江');
    // Money in the zh-CN compact form (亿 / 万) with its unit.
    expect(await page.getByTestId('plan-objective').textContent()).toMatch(/[亿万]元/);
    const gallery = page.getByTestId('plan-result').getByTestId('charts');
    await expect
      .poll(async () => (await gallery.locator('.chart-card[data-kind="emissions_pathway"] svg text').allTextContents()).join(' '), { timeout: 30_000 })
      .toContain('排放路径');
    await chartsDrawn(gallery, await gallery.locator('.chart-card').count());
    await shot('plan-zh');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('tab-plan').textContent()).toBe('Plan');
  }, 90_000);

  it('shows a broken scenario’s problems next to their fields', async () => {
    await page.getByTestId('scenario-select').selectOption('light-industry-zhejiang');
    await page.getByRole('button', { name: 'Copy the bundled scenario here to edit it' }).click();
    const editor = page.getByTestId('scenario-text');
    await expect.poll(() => editor.inputValue()).toContain('sector: light_industry');
    const broken = (await editor.inputValue()).replace('sector: light_industry', 'sector: bakery').replace('roofAreaM2: 60000', 'roofAreaM2: -5');
    await editor.fill(broken);
    expect(await page.getByTestId('mode-text').isChecked()).toBe(true);
    await page.getByTestId('validate').click();
    const errors = page.getByTestId('validation-errors');
    await errors.waitFor({ timeout: 30_000 });
    const sector = errors.locator('[data-testid="issue"][data-path="scenarioText.factories[0].sector"]');
    await expect.poll(() => sector.textContent()).toContain('"bakery" is not allowed');
    expect(await errors.locator('[data-testid="issue"][data-path="scenarioText.factories[0].site.roofAreaM2"]').count()).toBe(1);
    // The lines are marked in the editor.
    const sectorLine = broken.split('\n').findIndex((l) => l.includes('sector: bakery')) + 1;
    const roofLine = broken.split('\n').findIndex((l) => l.includes('roofAreaM2: -5')) + 1;
    expect(await page.locator(`.editor-gutter .ln.bad[data-line="${sectorLine}"]`).count()).toBe(1);
    expect(await page.locator(`[data-testid="line-mark"][data-line="${roofLine}"]`).count()).toBe(1);
    expect(await sector.textContent()).toContain(`line ${sectorLine}`);
    await shot('validation');

    // Optimising the broken file shows the same problems (a 400 from /v1/optimise).
    await page.getByTestId('run-optimise').click();
    await expect.poll(() => page.getByTestId('view-plan').locator('.error-box').textContent(), { timeout: 30_000 }).toContain('scenarioText.factories[0].sector');
    await page.getByTestId('scenario-select').selectOption('automotive-shanghai');
    expect(await page.getByTestId('mode-bundled').isChecked()).toBe(true);
  }, 60_000);


  it('explains a scenario without a plan (422 with the diagnosis)', async () => {
    await page.getByTestId('scenario-select').selectOption('infeasible-example');
    await page.getByTestId('run-optimise').click();
    const box = page.getByTestId('view-plan').locator('.error-box');
    await expect.poll(() => box.textContent(), { timeout: 60_000 }).toContain('422');
    expect(await box.locator('pre.diagnosis').textContent()).toContain('infeasible');
    await page.getByTestId('scenario-select').selectOption('automotive-shanghai');
  }, 90_000);

  it('starts a Monte Carlo job with a live progress bar and cancels it', async () => {
    await page.getByTestId('tab-jobs').click();
    await page.getByTestId('mc-draws').fill('400');
    await page.getByTestId('mc-draws').dispatchEvent('change');
    await page.getByTestId('mc-seed').fill('11');
    await page.getByTestId('mc-seed').dispatchEvent('change');
    await page.getByTestId('run-mc').click();
    const job = page.getByTestId('mc-slot').getByTestId('job');
    await job.waitFor({ timeout: 30_000 });
    const id = await job.getAttribute('data-job');
    expect(id).toBeTruthy();
    // Progress arrives over server-sent events while it runs.
    const bar = job.getByTestId('job-progress');
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await bar.getAttribute('aria-valuemax')).toBe('400');
    expect(await job.getAttribute('data-state')).toBe('running');
    await shot('monte-carlo-running', page.getByTestId('mc-card'));
    await job.getByTestId('job-cancel').click();
    await expect.poll(() => page.getByTestId('mc-slot').getByTestId('job').getAttribute('data-state'), { timeout: 30_000 }).toBe('cancelled');
    expect(await page.getByTestId('mc-slot').getByTestId('job-state').textContent()).toBe('cancelled');
    const stored = await api<{ state: string; progress: { done: number; total: number } }>(`/v1/jobs/${id}`);
    expect(stored.state).toBe('cancelled');
    expect(stored.progress.done).toBeLessThan(400);
  }, 120_000);

  it('runs a sector rollout as a job to its result', async () => {
    await page.getByTestId('rollout-sector').selectOption('textiles');
    await page.getByTestId('rollout-count').fill('4');
    await page.getByTestId('rollout-count').dispatchEvent('change');
    await page.getByTestId('run-rollout').click();
    const result = page.getByTestId('rollout-result');
    await result.waitFor({ timeout: 90_000 });
    expect(await result.locator('table tbody tr').count()).toBe(1);
    expect(await result.locator('table').textContent()).toContain('Textiles');
    await chartsDrawn(result.getByTestId('charts'), 1);

    if (SCREENSHOTS) {
      // A short Monte Carlo run to its end, for the picture of this view.
      await page.getByTestId('mc-draws').fill('24');
      await page.getByTestId('mc-draws').dispatchEvent('change');
      await page.getByTestId('run-mc').click();
      const mc = page.getByTestId('mc-result');
      await mc.waitFor({ timeout: 90_000 });
      await chartsDrawn(mc.getByTestId('charts'), 2);
      await shot('jobs', page.getByTestId('view-jobs'));
    }
  }, 180_000);

  it('runs the two-stage stochastic plan to its VSS and cost-distribution chart', async () => {
    await page.getByTestId('stochastic-scenarios').fill('2');
    await page.getByTestId('stochastic-scenarios').dispatchEvent('change');
    await page.getByTestId('run-stochastic').click();
    const result = page.getByTestId('stochastic-result');
    await result.waitFor({ timeout: 120_000 });
    expect(await result.getByTestId('stochastic-vss').textContent()).toMatch(/RMB/);
    expect(await result.locator('table tbody tr').count()).toBeGreaterThan(3);
    await chartsDrawn(result.getByTestId('charts'), 1);
  }, 180_000);

  it('compares three plans side by side', async () => {
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-bundled:machinery-jiangsu').check();
    await page.getByTestId('compare-bundled:light-industry-zhejiang').check();
    await page.getByTestId('compare-bundled:building-materials-anhui').check();
    expect(await page.getByTestId('compare-count').textContent()).toBe('3 selected (2–10)');
    await page.getByTestId('run-compare').click();
    const result = page.getByTestId('compare-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getByTestId('compare-table').locator('tbody tr').count()).toBe(3);
    await chartsDrawn(result.getByTestId('charts'), 1);
    await shot('compare');
  }, 90_000);

  it('shows the bank view: loan schedule, loan risk under the sampled futures, post-tax cash flows and the DSCR chart', async () => {
    await page.getByTestId('scenario-select').selectOption('bank-loan-lithium-battery');
    await page.getByTestId('tab-bank').click();
    await page.getByTestId('run-finance').click();
    const result = page.getByTestId('bank-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getByTestId('loan-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await result.getByTestId('bank-min-dscr').textContent()).toMatch(/\d\.\d\d×/);
    // The bank case's 200 futures: min DSCR quantiles as "P5 / P50 / P95", a breach probability per repayment year.
    expect(await result.getByTestId('bank-risk-min-dscr').textContent()).toMatch(/\d\.\d\d \/ \d\.\d\d \/ \d\.\d\d/);
    expect(await result.getByTestId('breach-table').locator('tbody tr').count()).toBe(9);
    expect(await result.getByTestId('cash-flow-table').locator('tbody tr').count()).toBe(10);
    const gallery = result.getByTestId('charts');
    await chartsDrawn(gallery, 2);
    expect((await gallery.locator('.chart-card[data-kind="loan_schedule"] svg text').allTextContents()).join(' ')).toContain('DSCR');
    await shot('bank');
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  }, 90_000);
});
