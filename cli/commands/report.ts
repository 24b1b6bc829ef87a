/**
 * `lingtan report <scenario> --format pdf|html [--lang zh|en] [--pack ID ...] --out FILE`: optimise,
 * check, and write the disclosure report (HTML with the font embedded, or PDF printed by Chromium).
 */
import { writeFile } from 'node:fs/promises';
import type { Lang } from '../../engine/data/compliance/format.ts';
import { PACK_IDS } from '../../engine/data/compliance/packs.ts';
import { usage } from '../args.ts';
import { err, EXIT, out } from '../io.ts';
import { checkOptions } from './check.ts';
import type { Command } from './command.ts';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Disclosure report: boundary, inventory, plan, offsets, compliance per pack, charts, sources, model hash (PDF or HTML).',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON)' }],
  flags: {
    format: { type: 'string', value: 'pdf|html', default: 'pdf', description: 'PDF (printed by Chromium) or HTML with the font embedded' },
    lang: { type: 'string', value: 'zh|en', default: 'zh', description: 'report language' },
    out: { type: 'string', value: 'FILE', description: 'where to write the report (required)' },
    pack: { type: 'string', value: 'ID', multiple: true, defaultText: 'every bundled pack', description: `rule pack to report on: ${PACK_IDS.join(', ')}` },
  },
  async run(positionals, options) {
    const format = options['format'];
    const lang = options['lang'];
    const file = options['out'];
    if (format !== 'pdf' && format !== 'html') return bad(`--format must be pdf or html, got "${String(format)}"`);
    if (lang !== 'zh' && lang !== 'en') return bad(`--lang must be zh or en, got "${String(lang)}"`);
    if (typeof file !== 'string') return bad('--out FILE is required');
    const [{ scenarioArgument }, { optimiseScenario }, { loadBackend }, { ChromiumMissing, PdfPrinter, renderReportHtml }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../../engine/optimise/optimise-scenario.ts'),
      import('../../engine/solvers/index.ts'),
      import('../../server/report/render-report.ts'),
    ]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    const opts = await checkOptions(scenario, options, positionals[0]!);
    if (opts === null) return EXIT.badInput;
    const printer = new PdfPrinter();
    if (format === 'pdf' && !printer.available) {
      err(`error: ${new ChromiumMissing('/usr/bin/chromium').message}`);
      return EXIT.internal;
    }
    const plan = optimiseScenario(scenario, await loadBackend('highs'));
    const html = await renderReportHtml({ scenario, plans: plan.factories, lang: lang as Lang, packs: opts.packs });
    try {
      await writeFile(file, format === 'html' ? html : await printer.print(html));
    } finally {
      await printer.close();
    }
    out(`wrote ${file} (${format}, ${lang})`);
    return plan.status === 'infeasible' ? EXIT.infeasible : EXIT.ok;
  },
};

function bad(message: string): number {
  err(`error: ${message}\nusage: lingtan ${usage(reportCommand)}`);
  return EXIT.badInput;
}
