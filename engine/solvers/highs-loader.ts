/**
 * Loads the HiGHS WebAssembly runtime once per thread and caches it (compiling the module takes
 * ~100 ms; every later model reuses it). A failed load is not cached, so a retry can succeed.
 */
import highsModule from 'highs';
import type { Highs } from 'highs';
import { interopDefault } from './interop.ts';

let cached: Promise<Highs> | undefined;

export function loadHighs(): Promise<Highs> {
  cached ??= interopDefault(highsModule)().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
