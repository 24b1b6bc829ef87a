/** A product's cradle-to-gate footprint by year: stacked stages, baseline and plan side by side (kgCO2e per unit). */
import type { FootprintStage } from '../accounting/product-footprint.ts';
import type { ProductFootprint } from '../footprint/footprint-factory.ts';
import { labelOf } from './labels.ts';
import { colourScale, frame, langOf, sizeOf, tr, type ChartOptions, type Spec, type Text } from './theme.ts';
import { UNITS } from './titles.ts';

const t = (en: string, zh: string): Text => ({ en, zh });
export const FOOTPRINT_TITLE = t('Product carbon footprint by stage', '产品碳足迹(分阶段)');
export const FOOTPRINT_STAGE_LABELS: Readonly<Record<FootprintStage, Text>> = {
  materials: t('Materials', '原材料'),
  transport: t('Inbound transport', '原材料运输'),
  site_energy: t('Site energy', '厂内能源'),
  process: t('Process', '工艺过程'),
};
const CASE_LABELS: Readonly<Record<string, Text>> = { baseline: t('Baseline', '基准'), plan: t('Plan', '规划') };

/** Tidy rows: one per case, year and stage. */
export interface FootprintRow {
  readonly case: 'baseline' | 'plan';
  readonly year: number;
  readonly stage: FootprintStage;
  readonly kgco2ePerUnit: number;
}

export function productFootprintRows(p: ProductFootprint): FootprintRow[] {
  const cases = [['baseline', p.baseline], ['plan', p.plan]] as const;
  return cases.flatMap(([label, c]) =>
    (c?.years ?? []).flatMap((y) => (Object.keys(FOOTPRINT_STAGE_LABELS) as FootprintStage[]).map((stage) => ({
      case: label, year: y.year, stage, kgco2ePerUnit: y.stagesKgco2e[stage],
    }))));
}

export function productFootprintChart(rows: readonly FootprintRow[], unit: string, options?: ChartOptions): Spec {
  const lang = langOf(options);
  const stages = Object.keys(FOOTPRINT_STAGE_LABELS) as FootprintStage[];
  const colour = colourScale(stages.map((id) => ({ id, label: labelOf(FOOTPRINT_STAGE_LABELS, id, lang) })));
  const values = rows.map((r) => ({
    year: r.year,
    case: labelOf(CASE_LABELS, r.case, lang),
    stage: labelOf(FOOTPRINT_STAGE_LABELS, r.stage, lang),
    order: stages.indexOf(r.stage),
    kgco2ePerUnit: r.kgco2ePerUnit,
  }));
  const yTitle = lang === 'zh' ? `碳足迹(千克CO2e/${unit})` : `Footprint (kgCO2e per ${unit})`;
  return {
    ...frame(FOOTPRINT_TITLE, options),
    ...sizeOf(options),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: tr(lang, UNITS.year), axis: { labelAngle: 0 } },
      xOffset: { field: 'case', type: 'nominal', sort: [tr(lang, CASE_LABELS['baseline']!), tr(lang, CASE_LABELS['plan']!)] },
      y: { field: 'kgco2ePerUnit', type: 'quantitative', stack: 'zero', title: yTitle },
      color: { field: 'stage', type: 'nominal', title: null, scale: colour, sort: colour.domain },
      opacity: { field: 'case', type: 'nominal', scale: { range: [0.55, 1] }, title: null },
      order: { field: 'order' },
      tooltip: [{ field: 'year' }, { field: 'case' }, { field: 'stage' }, { field: 'kgco2ePerUnit', format: ',.1f' }],
    },
  };
}
