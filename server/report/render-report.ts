/**
 * The disclosure report as a file: the engine's HTML with the bundled Noto Sans SC embedded (subset
 * to the document's characters by harfbuzz, so a Chinese page never shows boxes and the file stays
 * small), and as PDF printed by headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core). Shared by the API and the CLI; the only I/O here is reading the font files and
 * driving the browser.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { factoryBaseline } from '../../engine/accounting/factory-inventory.ts';
import { fontFiles } from '../../engine/charts/font.ts';
import { checkScenario, type CheckOptions } from '../../engine/compliance/check.ts';
import type { Lang } from '../../engine/data/compliance/format.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { modelHashes, reportCharts } from '../../engine/report/build-report.ts';
import { reportHtml } from '../../engine/report/report-html.ts';

export const CHROMIUM_PATH = process.env['LINGTAN_CHROMIUM'] ?? '/usr/bin/chromium';

export class ChromiumMissing extends Error {
  constructor(readonly path: string) {
    super(`PDF reports need Chromium at ${path} (Debian: apt-get install chromium; or set LINGTAN_CHROMIUM)`);
  }
}

let fonts: Promise<Buffer[]> | null = null;
const fontBuffers = () => (fonts ??= Promise.all(fontFiles().map((f) => readFile(f))));

/** @font-face rules with the bundled font subset to `text`'s characters (Regular 400, Bold 700). */
export async function fontCss(text: string): Promise<string> {
  const chars = [...new Set(text)].join('');
  const [regular, bold] = await fontBuffers();
  const faces = await Promise.all([regular!, bold!].map((b) => subsetFont(b, chars, { targetFormat: 'truetype' })));
  return faces
    .map((f, i) => `@font-face{font-family:"Noto Sans SC";font-weight:${i === 0 ? 400 : 700};src:url(data:font/ttf;base64,${f.toString('base64')}) format("truetype");}`)
    .join('');
}

export interface ReportRequest {
  readonly scenario: Scenario;
  readonly plans: readonly FactoryPlan[];
  readonly lang: Lang;
  readonly packs?: CheckOptions['packs'];
  readonly date?: string;
}

export async function renderReportHtml(r: ReportRequest): Promise<string> {
  const baselines = Object.fromEntries(r.scenario.factories.map((f) => [f.id, factoryBaseline(r.scenario, f)]));
  const check = checkScenario(r.scenario, r.plans, { packs: r.packs }, baselines);
  if (!check.ok) throw new Error(check.error.message);
  const input = {
    scenario: r.scenario,
    plans: r.plans,
    baselines,
    check: check.value,
    lang: r.lang,
    charts: await reportCharts(r.plans, baselines, r.lang),
    modelHashes: modelHashes(r.scenario),
    date: r.date ?? new Date().toISOString().slice(0, 10),
  };
  const draft = reportHtml({ ...input, fontCss: '' });
  return reportHtml({ ...input, fontCss: await fontCss(draft) });
}

type Browser = Awaited<ReturnType<typeof import('playwright-core').chromium.launch>>;

/** One headless Chromium, launched on first use and reused; `close()` ends it. */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath = CHROMIUM_PATH) {}

  get path(): string {
    return this.executablePath;
  }

  get available(): boolean {
    return existsSync(this.executablePath);
  }

  async print(html: string): Promise<Buffer> {
    if (!this.available) throw new ChromiumMissing(this.executablePath);
    const { chromium } = await import('playwright-core');
    this.browser ??= chromium.launch({ executablePath: this.executablePath, args: ['--no-sandbox'] });
    const page = await (await this.browser).newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready');
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b !== null) await (await b).close();
  }
}
