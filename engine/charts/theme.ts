/**
 * What every chart shares: options, the language switch, the spec frame ($schema, title, size,
 * config) and one colour scheme, so a series has the same colour in every chart.
 */
import type { Config, TopLevelSpec } from 'vega-lite';

export type Lang = 'en' | 'zh';

/** A text in both languages. */
export interface Text {
  readonly en: string;
  readonly zh: string;
}

export interface ChartOptions {
  /** Language of titles, axis titles and series labels (default English). */
  readonly lang?: Lang;
  /** Replaces the chart's own title. */
  readonly title?: string;
  /** A line under the title, e.g. the factory or scenario name. */
  readonly subtitle?: string;
  /** Plot width and height in pixels (defaults 560 × 320). */
  readonly width?: number;
  readonly height?: number;
}

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * The font family of every chart: the bundled Noto Sans SC (CJK and Latin) first, so the server's
 * PNG renderer finds it, then what browsers usually have.
 */
export const FONT_FAMILY = 'Noto Sans SC';
export const FONT_STACK = `"${FONT_FAMILY}", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

export const DEFAULT_WIDTH = 560;
export const DEFAULT_HEIGHT = 320;

export const langOf = (o: ChartOptions | undefined): Lang => o?.lang ?? 'en';
export const tr = (lang: Lang, t: Text): string => t[lang];

/** The shared Vega-Lite config (fonts, sizes, neutral grid). */
export function chartConfig(): Config {
  return {
    font: FONT_STACK,
    background: 'white',
    padding: 8,
    view: { stroke: null },
    title: { fontSize: 16, anchor: 'start', offset: 10, subtitleFontSize: 12, subtitleColor: '#555555' },
    axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#e6e6e6', domainColor: '#888888', tickColor: '#888888' },
    legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', orient: 'right', labelLimit: 260 },
    header: { labelFontSize: 12, titleFontSize: 12 },
    line: { strokeWidth: 2 },
  };
}

/** Title, size and config common to every chart; the caller adds data, marks and encodings. */
export function frame(defaultTitle: Text, o: ChartOptions | undefined): {
  readonly $schema: string;
  readonly title: { readonly text: string; readonly subtitle?: string };
  readonly config: Config;
} {
  const lang = langOf(o);
  const text = o?.title ?? tr(lang, defaultTitle);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: o?.subtitle !== undefined ? { text, subtitle: o.subtitle } : { text },
    config: chartConfig(),
  };
}

export const sizeOf = (o: ChartOptions | undefined): { width: number; height: number } => ({
  width: o?.width ?? DEFAULT_WIDTH,
  height: o?.height ?? DEFAULT_HEIGHT,
});

/** Fallback colours (Tableau 10) for series without a fixed colour, in order of appearance. */
export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;

/** Fixed colours by series id: the same thing is the same colour in every chart. */
export const COLOURS: Readonly<Record<string, string>> = {
  // emissions
  scope1: '#4e79a7',
  scope2: '#f28e2b',
  offsets: '#59a14f',
  net: '#222222',
  cap: '#e15759',
  baseline: '#555555',
  // measure categories
  renewable_supply: '#edc948',
  storage: '#b07aa1',
  green_purchase: '#8cd17d',
  efficiency: '#4e79a7',
  electrification: '#76b7b2',
  process_change: '#9c755f',
  carbon_removal: '#bab0ac',
  grid_connection: '#ff9da7',
  // abatement wedges (the lever's category colour)
  net_emissions: '#e3e3e3',
  energy_use: '#4e79a7',
  onsite_renewables: '#edc948',
  green_purchases: '#8cd17d',
  carbon_capture: '#bab0ac',
  // cost categories
  capex_annuity: '#4e79a7',
  fixed_om: '#a0cbe8',
  fuel_and_heat: '#9c755f',
  grid_electricity: '#f28e2b',
  export_revenue: '#ffbe7d',
  capture_transport_storage: '#bab0ac',
  process_inputs: '#9c755f',
  carbon_price: '#e15759',
  // energy sources
  grid: '#f28e2b',
  green_power: '#8cd17d',
  certificates: '#59a14f',
  onsite_self_consumed: '#edc948',
  raw_coal: '#3d3d3d',
  coke: '#6f6f6f',
  natural_gas: '#76b7b2',
  diesel: '#9c755f',
  fuel_oil: '#b07aa1',
  lpg: '#ff9da7',
  purchased_heat: '#e15759',
  hydrogen: '#a0cbe8',
  biomass: '#b6992d',
  // sectors
  automotive: '#4e79a7',
  lithium_battery: '#f28e2b',
  photovoltaic: '#edc948',
  electronics: '#76b7b2',
  light_industry: '#ff9da7',
  machinery: '#59a14f',
  data_centre: '#b07aa1',
  steel: '#3d3d3d',
  non_ferrous: '#9c755f',
  chemicals: '#e15759',
  building_materials: '#bab0ac',
  textiles: '#d37295',
  // waterfall, tornado, loan
  increase: '#e15759',
  decrease: '#59a14f',
  total: '#4e79a7',
  low: '#4e79a7',
  high: '#f28e2b',
  drawdown: '#a0cbe8',
  balance: '#bab0ac',
  principal: '#4e79a7',
  interest: '#f28e2b',
  dscr: '#222222',
  p50: '#222222',
  band: '#4e79a7',
};

/**
 * A colour scale over the given series (id and label, in legend order): fixed colours where the
 * id has one, the fallback palette otherwise.
 */
export function colourScale(series: ReadonlyArray<{ readonly id: string; readonly label: string }>): { domain: string[]; range: string[] } {
  let next = 0;
  const range = series.map((s) => COLOURS[s.id] ?? PALETTE[next++ % PALETTE.length]!);
  return { domain: series.map((s) => s.label), range };
}

/** Distinct values in first-seen order. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Position of an id in a list of known ids; unknown ids after them. */
export function rank(known: readonly string[], id: string): number {
  const i = known.indexOf(id);
  return i < 0 ? known.length : i;
}

export type Spec = TopLevelSpec;
/** One layer of a layered spec. */
export type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** Money on axes: million RMB (百万元). */
export const MRMB = 1e6;
