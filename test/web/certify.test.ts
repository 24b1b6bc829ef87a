/**
 * The certification view in Chromium (playwright-core) against the app on 127.0.0.1 (startServer,
 * i.e. buildApp): for machinery-jiangsu and four rule packs (national guidance, Hunan, Suzhou,
 * Zhejiang) the verdicts it shows are those of `POST /v1/check` with the same body, in English and
 * in Chinese: the first qualifying year of baseline and plan, the plan's verdict per year (pass,
 * pass with evidence pending, not assessable, fail: the four kinds this case has), each blocker's
 * value against its threshold, and every criterion's result per year. The report links name the
 * checked run in the page's language and serve it. The check of the scenario on the left reads
 * the same stored run as the Plan view.
 *
 * Skipped when Chromium is missing, except in CI (`CI` set). With `LINGTAN_SCREENSHOTS=1` it also
 * writes the README's docs/screenshots/certify.png.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckAnswer, Pack, PackVerdict } from '../../web/src/api.ts';
import type { ThresholdOp } from '../../engine/data/compliance/metrics.ts';
import { formatMetric, VIOLATED } from '../../engine/data/compliance/format.ts';
import { hasChromium, launchBrowser, startTestServer, type Browser, type TestServer } from './browser.ts';

const SCREENSHOTS = process.env['LINGTAN_SCREENSHOTS'] === '1';
const SHOTS_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const run = hasChromium() || process.env['CI'] !== undefined ? describe : describe.skip;

const SCENARIO = 'machinery-jiangsu';
const PACKS = ['cn_miit_2026', 'hunan_2025', 'suzhou_nz_2023', 'zj_2023'];

/** What a reader sees for each verdict and criterion result (the view's labels, written out here). */
const WORDS = {
  en: {
    verdict: { qualifies: 'pass', pending_evidence: 'pass, evidence pending', undetermined: 'not assessable', fails: 'fail' },
    criterion: { pass: 'pass', fail: 'fail', not_assessable: 'not assessable', not_applicable: 'not applicable' },
    never: 'not within the horizon',
    tab: 'Certification',
    reportTitle: 'Zero-carbon factory plan and disclosure report',
  },
  zh: {
    verdict: { qualifies: '达标', pending_evidence: '达标（证据待补）', undetermined: '无法评价', fails: '未达标' },
    criterion: { pass: '满足', fail: '不满足', not_assessable: '无法评价', not_applicable: '不适用' },
    never: '期内未达标',
    tab: '零碳工厂评价',
    reportTitle: '零碳工厂建设方案与信息披露报告',
  },
} as const;

let server: TestServer;
let browser: Browser;
let page: Page;
let expected: CheckAnswer;
let packs: readonly Pack[];
/** Each criterion's threshold operator, by `pack/criterion`. */
let ops: ReadonlyMap<string, ThresholdOp>;
const pageErrors: string[] = [];

async function check(body: unknown): Promise<CheckAnswer> {
  const r = await fetch(`${server.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(r.status).toBe(200);
  return (await r.json()) as CheckAnswer;
}

/** The last failing year of a verdict, with its prerequisites that fail. */
const lastFailing = (v: PackVerdict) => [...v.years].reverse().find((y) => y.status === 'fails');

/** The table and criteria shown are the API's check, in `lang`'s words. */
async function expectShown(lang: 'en' | 'zh'): Promise<void> {
  const words = WORDS[lang];
  const r = expected.result;
  const factory = r.factories[0]!;
  const block = page.locator(`[data-testid="certify-factory"][data-factory="${factory.id}"]`);
  const table = block.getByTestId('certify-table');
  expect(await table.locator('tbody tr').count()).toBe(PACKS.length);
  const years = r.years;
  expect(await table.locator('thead th').allTextContents()).toEqual(expect.arrayContaining(years.map(String)));
  for (const res of factory.results) {
    const plan = res.plan!;
    const cells = await table.locator(`tbody tr[data-pack="${res.packId}"] td`).allTextContents();
    const classes = await table.locator(`tbody tr[data-pack="${res.packId}"] td`).evaluateAll((tds) => tds.map((td) => td.className));
    const year = (y: number | null) => (y === null ? words.never : String(y));
    expect(cells[1], `${res.packId} baseline`).toBe(year(res.baseline.firstYear));
    expect(cells[2], `${res.packId} plan`).toBe(year(plan.firstYear));
    expect(cells[3], `${res.packId} fully met`).toBe(year(plan.fullyQualifiedYear));
    plan.years.forEach((py, i) => {
      expect(cells[4 + i], `${res.packId} ${py.year}`).toBe(words.verdict[py.status]);
      expect(classes[4 + i]).toContain(`v-${py.status}`);
    });
    expect(cells).toHaveLength(4 + years.length);
    // What blocks: the last failing year's prerequisites, each value against its threshold.
    const blocks = (await block.locator(`[data-testid="certify-blocks"] li[data-pack="${res.packId}"] .block-text`).textContent())!;
    const failing = lastFailing(plan);
    if (failing === undefined) {
      expect(blocks).toContain(plan.years.at(-1)!.pending.map((p) => p.criterion).join(', '));
      continue;
    }
    expect(blocks.startsWith(`${failing.year}: `), blocks).toBe(true);
    for (const b of failing.blockers) {
      expect(blocks).toContain(`(${b.criterion})`);
      const c = plan.criteria.find((x) => x.id === b.criterion)!;
      const at = c.years.find((y) => y.year === failing.year)!;
      const op = ops.get(`${res.packId}/${b.criterion}`);
      if (typeof at.value !== 'number' || op === undefined) continue;
      const shown = (l: 'en' | 'zh') => `${formatMetric(c.metric, at.value, l)} ${VIOLATED[op]} ${formatMetric(c.metric, at.threshold, l)}`;
      // The same figures as the engine's (English) message.
      expect(b.message).toContain(shown('en'));
      expect(blocks).toContain(shown(lang));
    }
  }
  // Criterion by criterion, year by year (the plan's).
  for (const res of factory.results) {
    const details = block.getByTestId(`criteria-${res.packId}`);
    const rows = details.locator('tbody tr');
    expect(await rows.count()).toBe(res.plan!.criteria.length);
    for (const [i, c] of res.plan!.criteria.entries()) {
      const tds = rows.nth(i).locator('td');
      expect(await tds.first().textContent()).toContain(c.id);
      const texts = await tds.allTextContents();
      const classes = await tds.evaluateAll((cells) => cells.map((td) => td.className));
      c.years.forEach((cy, k) => {
        expect(classes[2 + k], `${c.id} ${cy.year}`).toContain(`c-${cy.status}`);
        expect(texts[2 + k]!.startsWith(`${words.criterion[cy.status]}: `), `${c.id} ${cy.year}: ${texts[2 + k]}`).toBe(true);
      });
    }
  }
  // The report of the checked run, in this language.
  for (const format of ['pdf', 'html'] as const) {
    expect(await page.getByTestId(`dl-report-${format}`).getAttribute('href')).toBe(`/v1/runs/${expected.runId}/report?format=${format}&lang=${lang}`);
  }
  const html = await fetch(`${server.url}${await page.getByTestId('dl-report-html').getAttribute('href')}`);
  expect(html.status).toBe(200);
  expect(await html.text()).toContain(words.reportTitle);
}

run('the certification view in Chromium', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser(SCREENSHOTS ? { width: 1920, height: 1080 } : { width: 1440, height: 1000 });
    page = browser.page;
    page.on('pageerror', (e) => pageErrors.push(e.message));
    expected = await check({ scenarioId: SCENARIO, packs: PACKS });
    packs = ((await (await fetch(`${server.url}/v1/packs`)).json()) as { packs: Pack[] }).packs;
    ops = new Map(packs.flatMap((p) => p.criteria.flatMap((c) => (c.threshold === null ? [] : [[`${p.id}/${c.id}`, c.threshold.op] as const]))));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the check of a bundled scenario as POST /v1/check answers it, in English', async () => {
    // The case has every kind of verdict, so the comparison below can tell them apart.
    const statuses = new Set(expected.result.factories[0]!.results.flatMap((r) => r.plan!.years.map((y) => y.status)));
    expect([...statuses].sort()).toEqual(['fails', 'pending_evidence', 'undetermined']);

    await page.goto(`${server.url}/?lang=en#/certify`);
    await page.locator('#app[data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('tab-certify').textContent()).toBe(WORDS.en.tab);
    const boxes = page.getByTestId('certify-packs').locator('input[type="checkbox"]');
    await expect.poll(() => boxes.count(), { timeout: 30_000 }).toBe(packs.length);
    await page.getByTestId('certify-packs').getByRole('button', { name: 'None' }).click();
    expect(await page.getByTestId('run-check').isDisabled()).toBe(true);
    for (const id of PACKS) await page.getByTestId(`pack-${id}`).check();
    expect(await page.getByTestId('certify-count').textContent()).toBe(`4 of ${packs.length} selected`);
    await page.getByTestId('certify-scenario').selectOption(SCENARIO);
    await page.getByTestId('run-check').click();
    const result = page.getByTestId('certify-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getAttribute('data-run')).toBe(expected.runId);
    await expectShown('en');
    if (SCREENSHOTS) {
      mkdirSync(SHOTS_DIR, { recursive: true });
      // The sticky header would cover the view.
      await page.addStyleTag({ content: 'header.top, aside { position: static !important; }' });
      await page.getByTestId('criteria-hunan_2025').locator('summary').click();
      await page.waitForTimeout(300);
      await page.getByTestId('view-certify').screenshot({ path: `${SHOTS_DIR}certify.png` });
    }
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('shows the same verdicts in Chinese, with the report in Chinese', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('tab-certify').textContent()).toBe(WORDS.zh.tab);
    await expectShown('zh');
    const pdf = await fetch(`${server.url}${await page.getByTestId('dl-report-pdf').getAttribute('href')}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('tab-certify').textContent()).toBe(WORDS.en.tab);
  }, 120_000);

  it('checks the scenario on the left: the same stored run as the Plan view optimises', async () => {
    await page.getByTestId('scenario-select').selectOption('light-industry-zhejiang');
    await page.getByTestId('certify-scenario').selectOption('left');
    expect(await page.getByTestId('certify-scenario').locator('option[value="left"]').textContent()).toContain('light-industry-zhejiang');
    await page.getByTestId('run-check').click();
    const result = page.getByTestId('certify-result');
    await expect.poll(() => result.getAttribute('data-run'), { timeout: 60_000 }).not.toBe(expected.runId);
    const left = await check({ scenarioId: 'light-industry-zhejiang', packs: PACKS });
    expect(await result.getAttribute('data-run')).toBe(left.runId);
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('run-optimise').click();
    await expect.poll(() => page.getByTestId('plan-result').getAttribute('data-run'), { timeout: 60_000 }).toBe(left.runId);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
