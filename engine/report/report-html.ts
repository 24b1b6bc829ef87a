/**
 * The disclosure report as one HTML document, built by pure functions from the loaded scenario, the
 * plans, their baselines, the compliance check and the charts (SVG, already rendered): organisation
 * and boundary, base-year inventory with factors and sources, the plan year by year (measures,
 * capex, emissions path, offsets with product, vintage and registry), compliance per pack with the
 * quoted source text, product carbon footprints (when declared), charts, assumptions and sources, methodology, and an appendix with the LP
 * model's hash and the solver status. The font arrives as CSS (embedded by the caller), so the
 * document renders the same in a browser and in the PDF printer.
 */
import type { FactoryInventory } from '../accounting/factory-inventory.ts';
import type { CheckResult } from '../compliance/check.ts';
import type { PackVerdict } from '../compliance/evaluate.ts';
import { formatMetric, type Lang } from '../data/compliance/format.ts';
import { packById } from '../data/compliance/packs.ts';
import { thresholdFor } from '../data/compliance/pack-schema.ts';
import type { Scenario } from '../data/schemas/scenario.ts';
import { FUELS } from '../data/reference/fuels.ts';
import { GRID_REGIONS, PROVINCES } from '../data/reference/provinces.ts';
import { SECTORS } from '../data/sectors.ts';
import { factoryFootprint } from '../footprint/footprint-factory.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import { KIND_TEXT, label, OFFSET_REGISTRIES, STATUS_TEXT } from './labels.ts';

export interface ReportInput {
  readonly scenario: Scenario;
  readonly plans: readonly FactoryPlan[];
  readonly baselines: Readonly<Record<string, Pick<FactoryInventory, 'years'>>>;
  readonly check: CheckResult;
  readonly lang: Lang;
  /** Rendered charts per factory id, in order. */
  readonly charts: Readonly<Record<string, ReadonlyArray<{ readonly title: string; readonly svg: string }>>>;
  /** sha256 of each factory's LP model text. */
  readonly modelHashes: Readonly<Record<string, string>>;
  /** @font-face rules (the bundled font, embedded) and the family to use. */
  readonly fontCss: string;
  /** ISO date the report is dated (the caller's clock: this module reads none). */
  readonly date: string;
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const num = (x: number, lang: Lang, digits = 0) => x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function tableHtml(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const cell = (tag: string, c: string, i: number) => `<${tag}${numeric.includes(i) ? ' class="n"' : ''}>${c}</${tag}>`;
  return `<table><thead><tr>${head.map((h, i) => cell('th', esc(h), i)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('')}</tbody></table>`;
}

const name = (o: { nameEn: string; nameZh: string }, lang: Lang) => (lang === 'zh' ? o.nameZh : o.nameEn);

function organisation(input: ReportInput, plan: FactoryPlan, i: number): string {
  const { scenario, lang } = input;
  const f = scenario.factories[i]!;
  const prov = PROVINCES[f.province];
  const region = GRID_REGIONS[prov.gridRegion];
  const rows = [
    [label('factory', lang), `${esc(f.name)} (${esc(f.id)})`],
    [label('sector', lang), esc(name(SECTORS[f.sector], lang))],
    [label('province', lang), `${esc(name(prov, lang))} · ${esc(name(region, lang))}`],
    [label('output', lang), `${num(f.output.baseQuantity, lang)} ${esc(f.output.unit)}`],
    [label('boundary', lang), esc(label('boundaryText', lang))],
    [label('baseYear', lang), String(scenario.baseYear)],
    [label('scope2', lang), esc(label(scenario.policy.scope2Method, lang))],
    [label('target', lang), `${plan.targetYear}: ${num(plan.netTargetTco2, lang)} tCO2 (${lang === 'zh' ? '净排放' : 'net'})`],
  ];
  return `<h2>${esc(label('s1', lang))}</h2>${tableHtml(['', ''], rows)}`;
}

function inventory(input: ReportInput, factoryId: string): string {
  const { lang, scenario } = input;
  const base = input.baselines[factoryId]?.years.find((y) => y.year === scenario.baseYear);
  if (base === undefined) return '';
  const rows = base.byCarrier.map((c) => {
    const fuel = FUELS[c.carrier];
    const factor = c.energyMwh > 0 ? c.emissionsTco2 / c.energyMwh : 0;
    const src = c.carrier === 'electricity' ? ('gridNote' in base ? String(base.gridNote) : 'MEE grid factor') : (fuel.efTco2PerMwh?.source ?? '—');
    return [esc(name(fuel, lang)), c.scope === 'scope1' ? label('s1t', lang) : label('s2t', lang), num(c.energyMwh, lang), factor.toFixed(4), num(c.emissionsTco2, lang), `<span class="src">${esc(src)}</span>`];
  });
  rows.push([esc(label('process', lang)), label('s1t', lang), '—', '—', num(base.processTco2, lang), '<span class="src">scenario inventory.process</span>']);
  rows.push([`<b>${esc(label('total', lang))}</b>`, '', '', '', `<b>${num(scenario.policy.scope2Method === 'market' ? base.totalMarketTco2 : base.totalLocationTco2, lang)}</b>`, esc(scenario.policy.scope2Method)]);
  const note = lang === 'zh'
    ? `范围一 ${num(base.scope1Tco2, lang)} tCO2；范围二 位置法 ${num(base.scope2LocationTco2, lang)} / 市场法 ${num(base.scope2MarketTco2, lang)} tCO2。电力行为位置法因子。`
    : `Scope 1 ${num(base.scope1Tco2, lang)} tCO2; Scope 2 location-based ${num(base.scope2LocationTco2, lang)} / market-based ${num(base.scope2MarketTco2, lang)} tCO2. The electricity row uses the location-based factor.`;
  return `<h2>${esc(label('s2', lang))} (${scenario.baseYear})</h2>${tableHtml([label('source', lang), label('scope', lang), label('energy', lang), label('factor', lang), label('emissions', lang), label('factorSource', lang)], rows, [2, 3, 4])}<p class="note">${esc(note)}</p>`;
}

function planSection(input: ReportInput, plan: FactoryPlan): string {
  const { lang, scenario } = input;
  if (plan.status !== 'optimal' && plan.status !== 'feasible') {
    return `<h2>${esc(label('s3', lang))}</h2><p><b>${esc(label('noPlan', lang))}</b>: ${esc(plan.diagnosis?.summary ?? plan.message)}</p>`;
  }
  const measures = plan.plan
    .filter((r) => Math.round(r.buildUnits) > 0)
    .map((r) => [String(r.year), esc(lang === 'zh' ? r.nameZh : r.nameEn), `${num(r.buildUnits, lang)} ${esc(r.sizeUnit)}`, `${num(r.stockUnits, lang)} ${esc(r.sizeUnit)}`, num(r.capexRmb / 1e4, lang)]);
  const energy = new Map(plan.energy.map((e) => [e.year, e]));
  const path = plan.emissions.map((e) => {
    const en = energy.get(e.year);
    const re = en && en.electricityUseMwh > 0 ? (en.selfConsumedMwh + en.greenPowerMwh + en.certificatesMwh) / en.electricityUseMwh : 0;
    return [String(e.year), num(e.scope1Tco2, lang), num(e.scope2Tco2, lang), num(e.offsetsTco2, lang), num(e.netTco2, lang), e.capTco2 === null ? '—' : num(e.capTco2, lang), `${(re * 100).toFixed(0)} %`];
  });
  const capex = plan.capex.map((c) => [String(c.year), num(c.totalRmb / 1e4, lang)]);
  const products = new Map(scenario.offsetProducts.map((o) => [o.id, o]));
  const offsets = plan.emissions.flatMap((e) =>
    Object.entries(e.offsetsByProductTco2).map(([id, t]) => {
      const p = products.get(id);
      const reg = OFFSET_REGISTRIES[id];
      return [String(e.year), esc(p ? name(p, lang) : id), num(t, lang), String(e.year), esc(reg ? reg[lang] : lang === 'zh' ? '未登记' : 'not registered')];
    }),
  );
  return [
    `<h2>${esc(label('s3', lang))}</h2>`,
    tableHtml([label('year', lang), label('measure', lang), label('build', lang), label('stock', lang), label('capex', lang)], measures, [2, 3, 4]),
    `<h3>${esc(label('emissions', lang))}</h3>`,
    tableHtml([label('year', lang), label('s1t', lang), label('s2t', lang), label('offsets', lang), label('net', lang), label('cap', lang), label('reEl', lang)], path, [1, 2, 3, 4, 5, 6]),
    `<h3>${esc(label('capex', lang))}</h3>`,
    tableHtml([label('year', lang), label('capex', lang)], capex, [1]),
    `<h3>${esc(label('offsetTable', lang))}</h3>`,
    offsets.length === 0 ? `<p>${esc(label('noOffsets', lang))}</p>` : tableHtml([label('year', lang), label('product', lang), 'tCO2', label('vintage', lang), label('registry', lang)], offsets, [2]),
    `<p class="note">${esc(label('vintageNote', lang))}</p>`,
  ].join('');
}

const yearOr = (y: number | null, lang: Lang) => (y === null ? label('never', lang) : String(y));

function verdictCell(v: PackVerdict | null, lang: Lang): string {
  if (v === null) return esc(label('noPlan', lang));
  return esc(yearOr(v.firstYear, lang));
}

function compliance(input: ReportInput, factoryId: string, targetYear: number): string {
  const { lang, check } = input;
  const fc = check.factories.find((f) => f.id === factoryId);
  if (fc === undefined) return '';
  const summary = fc.results.map((r) => {
    const pack = packById(r.packId)!;
    return [esc(`${lang === 'zh' ? pack.titleZh : pack.titleEn} (${pack.document})`), verdictCell(r.baseline, lang), verdictCell(r.plan, lang), esc(yearOr(r.plan?.fullyQualifiedYear ?? null, lang))];
  });
  const year = check.years.includes(targetYear) ? targetYear : check.years.at(-1)!;
  const detail = fc.results.map((r) => {
    const pack = packById(r.packId)!;
    const v = r.plan ?? r.baseline;
    const rows = pack.criteria.map((c) => {
      const res = v.criteria.find((x) => x.id === c.id)!.years.find((y) => y.year === year)!;
      const threshold = c.threshold === null ? '—' : `${c.threshold.op} ${formatMetric(c.metric, thresholdFor(c.threshold, year), lang)}`;
      const status = STATUS_TEXT[res.status][lang];
      const cls = res.status === 'pass' ? 'ok' : res.status === 'fail' ? 'bad' : 'na';
      const quote = `“${esc(c.quote.text)}” — ${esc(c.quote.clause)}, ${esc(pack.sources.find((s) => s.id === c.quote.source)?.title ?? c.quote.source)} [${c.confidence}]`;
      const missing = res.missing.length > 0 ? `<br><span class="src">${esc(res.missing.join('; '))}</span>` : '';
      return [`${esc(c.id)}<br>${esc(lang === 'zh' ? c.titleZh : c.titleEn)}`, esc(KIND_TEXT[c.kind][lang]), `${esc(formatMetric(c.metric, res.value, lang))} ${esc(threshold)}`, `<span class="${cls}">${esc(status)}</span>${missing}`, `<span class="src">${quote}</span>`];
    });
    return `<h3>${esc(lang === 'zh' ? pack.titleZh : pack.titleEn)} · ${esc(pack.document)} (${year})</h3>${tableHtml([label('criterion', lang), label('kind', lang), label('value', lang), label('result', lang), label('quote', lang)], rows)}`;
  });
  return `<h2>${esc(label('s4', lang))}</h2>${tableHtml([label('pack', lang), `${label('firstYear', lang)} · ${label('baseline', lang)}`, `${label('firstYear', lang)} · ${label('plan', lang)}`, label('fullyMet', lang)], summary, [1, 2, 3])}<p class="note">${esc(label('compliantNote', lang))}</p>${detail.join('')}`;
}

/** Product footprints by plan year (with the baseline's total), when the factory declares products. */
function footprints(input: ReportInput, plan: FactoryPlan): string {
  const { scenario, lang } = input;
  const factory = scenario.factories.find((f) => f.id === plan.factoryId);
  const fp = factory === undefined ? null : factoryFootprint(scenario, factory, plan);
  if (fp === null) return '';
  const parts = fp.products.map((p) => {
    const digits = (p.baseline.years[0]?.totalKgco2ePerUnit ?? 0) < 1000 ? 1 : 0;
    const years = p.plan?.years ?? p.baseline.years;
    const rows = years.map((y) => {
      const base = p.baseline.years.find((b) => b.year === y.year);
      const target = p.targetKgco2ePerUnit?.[y.year];
      return [String(y.year), num(y.stagesKgco2e.materials, lang, digits), num(y.stagesKgco2e.transport, lang, digits), num(y.stagesKgco2e.site_energy, lang, digits),
        num(y.stagesKgco2e.process, lang, digits), num(y.totalKgco2ePerUnit, lang, digits), base === undefined ? '' : num(base.totalKgco2ePerUnit, lang, digits),
        target === undefined ? '' : num(target, lang, digits)];
    });
    const head = [label('year', lang), label('fpMaterials', lang), label('fpTransport', lang), label('fpSite', lang), label('fpProcess', lang), label('fpPlan', lang), label('fpBaseline', lang), label('fpTarget', lang)];
    return `<h3>${esc(p.name)} · ${esc(label('fpUnit', lang))}${esc(p.unit)}</h3>${tableHtml(head, rows.map((r) => r.map(esc)), [1, 2, 3, 4, 5, 6, 7])}`;
  });
  return `<h2>${esc(label('sFootprint', lang))}</h2>${parts.join('')}<p class="note">${esc(label('fpNote', lang))}</p>`;
}

function assumptions(input: ReportInput, plan: FactoryPlan): string {
  const { scenario, lang } = input;
  const a = scenario.assumptions;
  const p = scenario.policy;
  const rows: string[][] = [
    [lang === 'zh' ? '折现率' : 'Discount rate', `${(a.discountRate * 100).toFixed(1)} %`, 'engine/data/defaults.ts (assumption) or scenario'],
    [lang === 'zh' ? '电网因子年降幅' : 'Grid factor decline', `${(a.gridFactor.declineRatePerYear * 100).toFixed(1)} %/yr`, 'engine/data/defaults.ts (assumption, −3 %/yr reference projection)'],
    [lang === 'zh' ? '抵销上限(基准年排放占比)' : 'Offset cap (share of base-year gross)', `${(p.offsetShareCapFraction * 100).toFixed(0)} %`, 'assumption: the guidance sets no number (zero-carbon-factory-criteria.md §2.1)'],
    [lang === 'zh' ? '允许的抵销产品' : 'Allowed offset products', p.allowedOffsetProducts.join(', '), 'scenario policy'],
    [lang === 'zh' ? '光伏自用上限(占负荷)' : 'PV self-consumption limit (share of load)', `${(a.selfConsumptionShareOfLoadFraction * 100).toFixed(0)} %`, 'engine/data/defaults.ts (assumption)'],
  ];
  const used = new Set(plan.plan.map((r) => r.measureId));
  for (const m of scenario.measures.filter((x) => used.has(x.id))) rows.push([name(m, lang), m.confidence, m.source]);
  for (const o of scenario.offsetProducts.filter((x) => p.allowedOffsetProducts.includes(x.id))) rows.push([name(o, lang), o.confidence, o.source]);
  return `<h2>${esc(label('s6', lang))}</h2>${tableHtml([label('assumption', lang), label('value', lang), label('source', lang)], rows.map((r) => [esc(r[0]!), esc(r[1]!), `<span class="src">${esc(r[2]!)}</span>`]))}`;
}

function appendix(input: ReportInput, plan: FactoryPlan): string {
  const { lang } = input;
  const s = plan.solver;
  const rows = [
    [label('modelHash', lang), `<code>${esc(input.modelHashes[plan.factoryId] ?? '—')}</code>`],
    [label('solver', lang), esc(`${s.backend} · ${s.termination}${s.mipGap !== null ? ` · gap ${s.mipGap.toExponential(1)}` : ''}`)],
    [label('status', lang), esc(`${plan.status}: ${plan.message}`)],
    [label('size', lang), esc(`${s.rows} × ${s.cols}, ${s.nonzeros}${s.integers > 0 ? `, ${s.integers} integer` : ''}`)],
    [label('objective', lang), plan.objectiveRmb === null ? '—' : `${num(plan.objectiveRmb / 1e4, lang)} ${lang === 'zh' ? '万元' : '10k RMB'}`],
  ];
  return `<h2>${esc(label('s8', lang))}</h2>${tableHtml(['', ''], rows)}`;
}

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "Noto Sans SC", sans-serif; font-size: 9.5pt; color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 12.5pt; border-bottom: 1px solid #888; margin: 14pt 0 6pt; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 10pt 0 4pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; } th, td { border: 0.5pt solid #bbb; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { background: #eef2f0; } td.n, th.n { text-align: right; white-space: nowrap; } tr { break-inside: avoid; }
.src { color: #555; font-size: 7.5pt; } .note { color: #444; font-size: 8pt; } .ok { color: #16683a; font-weight: 700; } .bad { color: #b0282b; font-weight: 700; } .na { color: #8a6d00; }
.chart { break-inside: avoid; margin: 6pt 0; } .chart svg { max-width: 100%; height: auto; } .factory { break-before: page; } .factory:first-of-type { break-before: auto; }
code { font-size: 7.5pt; word-break: break-all; }`;

export function reportHtml(input: ReportInput): string {
  const { scenario, lang } = input;
  const sections = input.plans.map((plan) => {
    const i = scenario.factories.findIndex((f) => f.id === plan.factoryId);
    const charts = (input.charts[plan.factoryId] ?? []).map((c) => `<div class="chart"><h3>${esc(c.title)}</h3>${c.svg}</div>`).join('');
    return `<section class="factory">${organisation(input, plan, i)}${inventory(input, plan.factoryId)}${planSection(input, plan)}${compliance(input, plan.factoryId, plan.targetYear)}${footprints(input, plan)}<h2>${esc(label('s5', lang))}</h2>${charts}${assumptions(input, plan)}<h2>${esc(label('s7', lang))}</h2><p>${esc(label('methodText', lang))}</p>${appendix(input, plan)}</section>`;
  });
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(label('title', lang))} — ${esc(scenario.name)}</title><style>${input.fontCss}${CSS}</style></head><body><h1>${esc(label('title', lang))}</h1><p class="note">${esc(scenario.name)} · ${esc(input.date)} · ${esc(label('generated', lang))} lingtan</p>${sections.join('')}</body></html>`;
}
