/**
 * The disclosure report as a person reads it: the PDF in both languages rendered page by page to
 * PNG (pdftoppm) and its text extracted (pdftotext); the HTML and the compliance check of every
 * bundled scenario. Without Chromium or poppler-utils the PDF test is skipped, except in CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScenario } from '../../engine/compliance/check.ts';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { PdfPrinter, renderReportHtml } from '../../server/report/render-report.ts';

const dir = join(import.meta.dirname, '../../scenarios');
const load = (f: string): Scenario => {
  const r = loadScenarioText(readFileSync(join(dir, f), 'utf8'), f);
  if (!r.ok) throw new Error(f);
  return r.value;
};
const tools = existsSync('/usr/bin/chromium') && existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext');
const printer = new PdfPrinter();
afterAll(() => printer.close());

describe.runIf(tools || process.env['CI'])('PDF report', () => {
  for (const [lang, title, pack] of [
    ['zh', '零碳工厂建设方案与信息披露报告', '湖南省零碳工厂建设方案(暂行)及建设指标体系'],
    ['en', 'Zero-carbon factory plan and disclosure report', 'Hunan zero-carbon factory construction plan'],
  ] as const) {
    it(`renders every page with its text in ${lang}`, async () => {
      const scenario = load('light-industry-zhejiang.yaml');
      const plan = optimiseScenario(scenario, await loadBackend('highs'));
      const pdf = await printer.print(await renderReportHtml({ scenario, plans: plan.factories, lang, date: '2026-12-07' }));
      const out = mkdtempSync(join(tmpdir(), 'lingtan-report-'));
      writeFileSync(join(out, 'r.pdf'), pdf);
      execFileSync('pdftoppm', ['-r', '40', '-png', join(out, 'r.pdf'), join(out, 'page')]);
      const pages = readdirSync(out).filter((f) => f.endsWith('.png'));
      expect(pages.length).toBeGreaterThanOrEqual(5);
      for (const p of pages) expect(statSync(join(out, p)).size).toBeGreaterThan(2000);
      const text = execFileSync('pdftotext', ['-layout', join(out, 'r.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain(title);
      expect(text).toContain(pack);
      expect(text).toContain('工信部联节〔2026〕13号'); // the national guidance's number, in either language
      expect(text).toContain('sha256');
      // The bundled font is embedded (subset), so Chinese never falls back to boxes.
      expect(execFileSync('pdffonts', [join(out, 'r.pdf')], { encoding: 'utf8' })).toMatch(/NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }, 60_000);
  }
});

describe('every bundled scenario', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s: compliance check and HTML report', async (f) => {
    const scenario = load(f);
    const plan = optimiseScenario(scenario, await loadBackend('highs'));
    const check = checkScenario(scenario, plan.factories);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    for (const fc of check.value.factories) expect(fc.results).toHaveLength(9);
    const html = await renderReportHtml({ scenario, plans: plan.factories, lang: 'en', date: '2026-12-07' });
    expect(html).toContain('4 Compliance per rule pack');
    expect(html).toContain('@font-face');
    if (plan.status === 'optimal') expect(html).toContain('<svg');
  }, 30_000);
});
