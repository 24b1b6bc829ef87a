/**
 * Sizing every chart shares: label areas from the measured width of their texts (the bundled
 * font's advances, text-metrics.ts), so a label is drawn whole up to a stated limit and the
 * layout reserves its room; and the “no values” panel that replaces an axis with nothing on it.
 */
import { textWidth } from './text-metrics.ts';
import { frame, langOf, sizeOf, tr, type ChartOptions, type Spec, type Text } from './theme.ts';

/** Axis and legend label size (theme.ts chartConfig). */
export const LABEL_FONT_SIZE = 11;
/** No label area wider than this: longer labels end in “…” (px). */
export const MAX_LABEL_PX = 320;

export const NO_VALUES: Text = { en: 'No values', zh: '无数值' };

/** The width the longest text needs (px), within [min, max]: an axis or legend `labelLimit`. */
export function measuredLimit(texts: Iterable<string>, options: { fontSize?: number; max?: number; min?: number } = {}): number {
  let widest = 0;
  for (const t of texts) widest = Math.max(widest, textWidth(t, options.fontSize ?? LABEL_FONT_SIZE));
  return Math.min(options.max ?? MAX_LABEL_PX, Math.max(options.min ?? 24, Math.ceil(widest) + 2));
}

/** A legend whose label area fits its labels. */
export const measuredLegend = (labels: readonly string[]) => ({ labelLimit: measuredLimit(labels) });

/** Whether any value is a finite number other than zero (an all-zero or empty series has nothing to draw). */
export const hasValues = (values: Iterable<number | null | undefined>): boolean => {
  for (const v of values) if (v !== null && v !== undefined && Number.isFinite(v) && Math.abs(v) > 1e-9) return true;
  return false;
};

/** The text mark of an empty panel, centred in a `width` × `height` plot. */
export function noValuesMark(lang: ChartOptions['lang'], width: number, height: number) {
  return {
    data: { values: [{ text: tr(lang ?? 'en', NO_VALUES) }] },
    mark: { type: 'text' as const, x: width / 2, y: height / 2, align: 'center' as const, baseline: 'middle' as const, fontSize: 13, color: '#61707f' },
    encoding: { text: { field: 'text', type: 'nominal' as const } },
  };
}

/** A whole chart with nothing to draw: its title and “No values” where the plot would be. */
export function noValuesChart(title: Text, options: ChartOptions | undefined): Spec {
  const size = sizeOf(options);
  return { ...frame(title, options), ...size, ...noValuesMark(langOf(options), size.width, size.height) };
}
