/**
 * The bundled font for PNG rendering: Noto Sans SC (CJK and Latin, SIL Open Font License 1.1) from
 * the `@expo-google-fonts/noto-sans-sc` npm package. resvg draws no text without a font it can
 * find, and we load no system fonts, so every PNG uses exactly these files. This is the engine's
 * one file access: resvg reads them.
 */
import { createRequire } from 'node:module';
import { FONT_FAMILY } from './theme.ts';

const require = createRequire(import.meta.url);

export { FONT_FAMILY };

/** Regular for body text, Bold for titles (vega draws titles bold). */
const FACES = ['@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'] as const;

let resolved: readonly string[] | undefined;

/** Absolute paths of the bundled font files (resolved once). */
export function fontFiles(): readonly string[] {
  resolved ??= FACES.map((f) => require.resolve(f));
  return resolved;
}
