/**
 * Rendering every chart kind: SVG through headless vega with the title and axis titles as <text>;
 * PNG through resvg as a valid image (signature, CRCs, IHDR, decodable pixels) whose title is really
 * drawn — and the same SVG rasterised without the bundled font has no ink there, which is the
 * failure the bundled font exists to prevent.
 */
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHART_KIND_IDS,
  FONT_FAMILY,
  buildChart,
  emissionsPathwayChart,
  emissionsPathwayRows,
  fontFiles,
  renderPng,
  renderSvg,
  svgToPng,
  textWidth,
  type ChartKind,
} from '../../engine/charts/index.ts';
import { TITLES } from '../../engine/charts/titles.ts';
import { chartFixtures, type ChartFixtures } from './fixtures.ts';
import { asJson, sourceFor, svgTexts, titles } from './helpers.ts';
import { PNG_SIGNATURE, decodePng, inkPixels } from './png.ts';

let f: ChartFixtures;
beforeAll(async () => {
  f = await chartFixtures();
}, 60_000);

const SCALE = 2;
/** The title band: below the 8 px padding, the 16 px title's glyph bodies (SVG units). */
const TITLE_BAND = { y0: 6, y1: 24 };

const svgSize = (svg: string) => {
  const m = /<svg[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\bheight="(\d+(?:\.\d+)?)"/.exec(svg);
  if (m === null) throw new Error('SVG without width/height');
  return { width: Number(m[1]), height: Number(m[2]) };
};

describe.each(CHART_KIND_IDS)('%s', (kind: ChartKind) => {
  it.each(['en', 'zh'] as const)('renders to SVG with its title and every axis and legend title as text (%s)', async (lang) => {
    const spec = buildChart(kind, sourceFor(kind, f), { lang, targetDscr: 1.3 })!;
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    const texts = svgTexts(svg);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts).toContain(TITLES[kind][lang]);
    for (const t of titles(asJson(spec))) expect(texts, t).toContain(t);
    expect(svg).toContain(FONT_FAMILY);
  });

  // PNG in Chinese, where a missing font shows first (English PNGs: the scale test below).
  it('renders to a valid PNG whose Chinese title is drawn, which it is not without the bundled font', async () => {
    const svg = await renderSvg(buildChart(kind, sourceFor(kind, f), { lang: 'zh', targetDscr: 1.3 })!);
    const png = await svgToPng(svg, { scale: SCALE });
    expect([...png.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
    const image = decodePng(png);
    const size = svgSize(svg);
    expect(image.width).toBe(Math.round(size.width * SCALE));
    expect(image.height).toBe(Math.round(size.height * SCALE));
    const band = [0, TITLE_BAND.y0 * SCALE, image.width, TITLE_BAND.y1 * SCALE] as const;
    const ink = inkPixels(image, ...band);
    expect(ink).toBeGreaterThan(300);

    // Control: the same SVG with no font at all draws nothing in the title band.
    const bare = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'zoom', value: SCALE }, background: 'white' }).render();
    const control = { width: bare.width, height: bare.height, channels: 4, pixels: new Uint8Array(bare.pixels) };
    expect(inkPixels(control, ...band)).toBeLessThan(ink / 50);
  });
});

describe('PNG rendering', () => {
  it('renderPng is renderSvg then svgToPng, at the scale asked for, with English text drawn', async () => {
    const spec = emissionsPathwayChart(emissionsPathwayRows(f.plan), { title: 'Scale check' });
    const one = decodePng(await renderPng(spec, { scale: 1 }));
    const three = decodePng(await renderPng(spec, { scale: 3 }));
    expect(three.width).toBe(one.width * 3);
    expect(three.height).toBe(one.height * 3);
    expect(inkPixels(three, 0, TITLE_BAND.y0 * 3, three.width, TITLE_BAND.y1 * 3)).toBeGreaterThan(500);
    await expect(renderPng(spec, { scale: 0 })).rejects.toThrow(RangeError);
  });

  it('draws Chinese glyphs from the bundled font, not missing-glyph boxes', async () => {
    // Distinct characters have distinct shapes; .notdef boxes would all look the same.
    const glyph = (ch: string) =>
      svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="32" font-family="${FONT_FAMILY}" font-size="32">${ch}</text></svg>`, { scale: 1 }).then(decodePng);
    const [a, b, box] = await Promise.all([glyph('排'), glyph('一'), glyph('\u{10FFFD}')]);
    const inkA = inkPixels(a, 0, 0, 40, 40);
    const inkB = inkPixels(b, 0, 0, 40, 40);
    expect(inkA).toBeGreaterThan(100);
    expect(inkB).toBeGreaterThan(10);
    expect(inkA).toBeGreaterThan(2 * inkB); // 排 has many strokes, 一 has one
    expect(Buffer.from(a.pixels).equals(Buffer.from(box.pixels))).toBe(false);
  });

  it('resolves the bundled font files from the package', () => {
    const files = fontFiles();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/@expo-google-fonts\/noto-sans-sc\/.*\.ttf$/);
  });

  it('measures text as the bundled font draws it (headless vega has no canvas)', () => {
    // Rendered widths measured with resvg at 100 px: lowercase ≈ 0.525 em, CJK 1 em.
    expect(textWidth('abcdefghijklmnopqrstuvwxyz', 100)).toBeGreaterThan(0.9 * 26 * 52.5);
    expect(textWidth('abcdefghijklmnopqrstuvwxyz', 100)).toBeLessThan(1.1 * 26 * 52.5);
    expect(textWidth('排放路径', 10)).toBeCloseTo(40 * 1.02, 9); // 1 em each, 2 % kerning margin
  });
});
