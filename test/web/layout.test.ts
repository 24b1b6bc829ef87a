/**
 * The dashboard's layout in Chromium at 1,280 and 1,920 px, in English and in Chinese, with a result
 * in every view (plan, bank, compare, rollout, certification): nothing overflows horizontally outside a scroll
 * container (each element's scrollWidth against its clientWidth, and the page's), no table cell with
 * Chinese text is narrower than two characters (so it never wraps one character a line), the loan
 * table's year and DSCR columns stay in view when it scrolls, and the header's "零碳" is drawn with the
 * bundled Noto Sans SC from the first load in English (the font Chromium actually used for the node,
 * from the DevTools protocol, not the CSS asked for).
 *
 * Skipped when Chromium is missing, except in CI (`CI` set).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, startTestServer, type Browser, type TestServer } from './browser.ts';

const run = hasChromium() || process.env['CI'] !== undefined ? describe : describe.skip;

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** Problems of the current layout, as sentences (empty when none). Runs in the page. */
const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const scrolls = (el) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
  const inScroller = (el) => { for (let p = el.parentElement; p !== null; p = p.parentElement) if (scrolls(p)) return true; return false; };
  const name = (el) => el.tagName.toLowerCase() + (el.dataset.testid ? '[' + el.dataset.testid + ']' : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '');
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push('page is ' + doc.scrollWidth + ' px wide in a ' + doc.clientWidth + ' px window');
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg') !== null || el.getClientRects().length === 0) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'inline' || scrolls(el) || inScroller(el)) continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(name(el) + ': content ' + el.scrollWidth + ' px in ' + el.clientWidth + ' px');
  }
  const cjk = /[\\u3400-\\u9fff]/g;
  for (const cell of document.querySelectorAll('table th, table td')) {
    const n = (cell.textContent.match(cjk) ?? []).length;
    if (n < 2) continue;
    const cs = getComputedStyle(cell);
    const inner = cell.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    if (inner < 2 * parseFloat(cs.fontSize) - 0.5) problems.push('cell "' + cell.textContent + '" is ' + inner.toFixed(0) + ' px wide');
  }
  return problems;
})()`;

/** The fonts Chromium drew a node's text with (family and whether it is a web font). */
async function fontsOf(selector: string): Promise<Array<{ familyName: string; isCustomFont: boolean; glyphCount: number }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}

async function settle(): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.waitForTimeout(250);
}

async function setLang(lang: 'en' | 'zh'): Promise<void> {
  const now = await page.evaluate('document.documentElement.lang');
  if ((now === 'zh-CN') !== (lang === 'zh')) await page.getByTestId('lang-toggle').click();
  await expect.poll(() => page.getByTestId('tab-plan').textContent()).toBe(lang === 'zh' ? '规划方案' : 'Plan');
}

const VIEWS = [
  ['plan', 'plan-result'],
  ['bank', 'bank-result'],
  ['compare', 'compare-result'],
  ['jobs', 'rollout-result'],
  ['certify', 'certify-result'],
] as const;

run('dashboard layout in Chromium', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser({ width: 1280, height: 900 });
    page = browser.page;
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the header\'s 零碳 with the bundled font on the first load in English, before any Chinese view', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('#app[data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await settle();
    const fonts = await fontsOf('[data-testid="app-title"]');
    const cjk = fonts.find((f) => f.familyName === 'Noto Sans SC');
    expect(cjk, JSON.stringify(fonts)).toBeDefined();
    expect(cjk!.isCustomFont).toBe(true);
    expect(cjk!.glyphCount).toBe(2);
    // It came from the small subset, not the 10 MB file.
    const loaded = (await page.evaluate(`performance.getEntriesByType('resource').map((e) => e.name)`)) as string[];
    expect(loaded.some((u) => u.includes('/fonts/NotoSansSC-UI.woff2'))).toBe(true);
    expect(loaded.some((u) => u.includes('/fonts/NotoSansSC-Regular.ttf'))).toBe(false);
  }, 60_000);

  it('fills every view with a result', async () => {
    await page.getByTestId('scenario-select').selectOption('machinery-jiangsu');
    await page.getByTestId('run-optimise').click();
    await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });

    await page.getByTestId('scenario-select').selectOption('bank-loan-lithium-battery');
    await page.getByTestId('tab-bank').click();
    await page.getByTestId('run-finance').click();
    await page.getByTestId('bank-result').waitFor({ timeout: 90_000 });

    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-bundled:machinery-jiangsu').check();
    await page.getByTestId('compare-bundled:textiles-zhejiang').check();
    await page.getByTestId('run-compare').click();
    await page.getByTestId('compare-result').waitFor({ timeout: 90_000 });

    await page.getByTestId('tab-jobs').click();
    await page.getByTestId('rollout-sector').selectOption('textiles');
    await page.getByTestId('rollout-count').fill('3');
    await page.getByTestId('rollout-count').dispatchEvent('change');
    await page.getByTestId('run-rollout').click();
    await page.getByTestId('rollout-result').waitFor({ timeout: 120_000 });

    await page.getByTestId('tab-certify').click();
    await expect.poll(() => page.getByTestId('run-check').isDisabled(), { timeout: 30_000 }).toBe(false);
    await page.getByTestId('run-check').click();
    await page.getByTestId('certify-result').waitFor({ timeout: 120_000 });
    expect(pageErrors).toEqual([]);
  }, 300_000);

  for (const width of [1280, 1920]) {
    for (const lang of ['en', 'zh'] as const) {
      it(`fits at ${width} px in ${lang === 'en' ? 'English' : 'Chinese'}: no overflow outside scroll containers, no one-character columns`, async () => {
        await page.setViewportSize({ width, height: 900 });
        await setLang(lang);
        for (const [tab, result] of VIEWS) {
          await page.getByTestId(`tab-${tab}`).click();
          await page.getByTestId(result).waitFor({ timeout: 30_000 });
          await settle();
          expect(await page.evaluate(LAYOUT_PROBLEMS), `${tab} at ${width} px, ${lang}`).toEqual([]);
        }
        if (lang === 'zh') {
          const fonts = await fontsOf('[data-testid="app-title"]');
          expect(fonts.find((f) => f.familyName === 'Noto Sans SC')?.glyphCount).toBe(2);
        }
      }, 120_000);
    }
  }

  it('drills down from the rollout to one factory\'s plan, and the address restores it after a reload', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await setLang('en');
    await page.getByTestId('tab-jobs').click();
    const drill = page.getByTestId('rollout-drill');
    await expect.poll(() => drill.getByTestId('rollout-drill-factory').locator('option').count(), { timeout: 30_000 }).toBe(3);
    await drill.getByTestId('rollout-drill-factory').selectOption('textiles_00002');
    await drill.getByTestId('rollout-drill-open').click();
    await expect.poll(() => page.url(), { timeout: 60_000 }).toMatch(/#\/plan\?run=[0-9a-f]+&factory=textiles_00002$/);
    const result = page.getByTestId('plan-result');
    await expect.poll(() => result.getAttribute('data-run'), { timeout: 60_000 }).toBe(new URL(page.url()).hash.match(/run=([0-9a-f]+)/)![1]);
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('optimal');
    const link = page.url();
    const runId = await result.getAttribute('data-run');

    // A fresh page at that address shows the same run.
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('#app[data-ready="true"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('plan-result').getAttribute('data-run'), { timeout: 30_000 }).toBe(runId);
    expect(await page.getByTestId('tab-plan').getAttribute('aria-current')).toBe('page');
    // The bank view's own link: a finance run by id.
    const finance = await (await fetch(`${server.url}/v1/finance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenarioId: 'bank-loan-lithium-battery' }) })).json() as { runId: string };
    await page.goto(`${server.url}/#/bank?run=${finance.runId}`);
    await expect.poll(() => page.getByTestId('bank-result').getAttribute('data-run'), { timeout: 30_000 }).toBe(finance.runId);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('keeps the loan table\'s year and DSCR columns in view while it scrolls', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await setLang('zh');
    await page.getByTestId('tab-bank').click();
    await page.getByTestId('bank-result').waitFor({ timeout: 30_000 });
    const table = page.getByTestId('loan-table');
    await table.waitFor();
    const wrap = table.locator('xpath=..');
    const box = (await wrap.boundingBox())!;
    await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await page.waitForTimeout(100);
    for (const col of ['first', 'last'] as const) {
      const cell = (await table.locator(`tbody tr:first-child td:${col}-child`).boundingBox())!;
      expect(cell.x, col).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(cell.x + cell.width, col).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
