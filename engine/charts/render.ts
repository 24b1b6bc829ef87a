/**
 * Rendering: Vega-Lite → Vega (compile), Vega → SVG (headless View: no canvas, a loader that loads
 * nothing), SVG → PNG (resvg with the bundled font only, no system fonts).
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { View, parse, type Loader, type Spec as VegaSpec } from 'vega';
import { compile } from 'vega-lite';
import { FONT_FAMILY, fontFiles } from './font.ts';
import { installTextMetrics } from './text-metrics.ts';
import { FONT_STACK, type Spec } from './theme.ts';

export interface CompileOptions {
  /** Receives Vega-Lite's warnings (default: dropped). */
  readonly onWarning?: (message: string) => void;
}

type Logger = NonNullable<Parameters<typeof compile>[1]>['logger'] & object;

/** A Vega logger that hands warnings and errors to a callback and drops the rest. */
function collectingLogger(onWarning: (message: string) => void): Logger {
  let level = 2;
  const logger: Logger = {
    level(_?: number) {
      if (_ === undefined) return level;
      level = _;
      return logger;
    },
    error(...args: unknown[]) {
      onWarning(args.map(String).join(' '));
      return logger;
    },
    warn(...args: unknown[]) {
      onWarning(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/** Compile a Vega-Lite spec to Vega. A spec without its own font gets the bundled one. */
export function compileSpec(spec: Spec, options: CompileOptions = {}): VegaSpec {
  return compile(spec, { config: { font: FONT_STACK }, logger: collectingLogger(options.onWarning ?? (() => {})) }).spec;
}

const refuse = (what: string) => (): Promise<never> => Promise.reject(new Error(`charts: ${what} is not allowed (charts carry their data inline)`));

/** A loader that loads nothing: rendering never touches files or the network. */
const NO_LOADER: Loader = {
  load: refuse('loading data'),
  sanitize: refuse('loading a URL'),
  http: refuse('HTTP'),
  file: refuse('file access'),
};

/** Render a Vega-Lite spec to an SVG document (headless, text measured as the bundled font draws it). */
export async function renderSvg(spec: Spec): Promise<string> {
  installTextMetrics();
  // vega tags inline data rows with symbol keys: render from a copy so the caller's spec stays clean.
  const view = new View(parse(compileSpec(structuredClone(spec))), { renderer: 'none', loader: NO_LOADER, logLevel: 0 });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface PngOptions {
  /** Pixels per SVG unit, in (0, 8] (default 2). */
  readonly scale?: number;
}

function resvgOptions(scale: number): ResvgRenderOptions {
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`charts: PNG scale must be in (0, 8], got ${scale}`);
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: [...fontFiles()],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    logLevel: 'off',
  };
}

/** Rasterise an SVG document with the bundled font, off the main thread (resvg's worker pool). */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const image = await renderAsync(svg, resvgOptions(options.scale ?? 2));
  const png = image.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** Render a Vega-Lite spec to PNG bytes. */
export async function renderPng(spec: Spec, options: PngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await renderSvg(spec), options);
}
