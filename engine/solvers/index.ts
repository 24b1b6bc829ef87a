/**
 * Solver registry: `loadBackend(id)` returns a ready backend. HiGHS needs its WebAssembly
 * runtime loaded asynchronously; it is loaded once per thread and the backend object cached.
 */
import { createHighsBackend } from './highs-backend.ts';
import { loadHighs } from './highs-loader.ts';
import { createJslpBackend } from './jslp-backend.ts';
import { BACKEND_IDS, isBackendId } from '../data/schemas/solver.ts';
import type { BackendId, SolverBackend } from './types.ts';

export type * from './types.ts';
export { createHighsBackend } from './highs-backend.ts';
export { createJslpBackend } from './jslp-backend.ts';
export { JSLP_DEFAULT_TIME_LIMIT_SECONDS, JSLP_MAX_NONZEROS, JSLP_MAX_TABLEAU_CELLS } from './jslp-limit.ts';

export { BACKEND_IDS, isBackendId } from '../data/schemas/solver.ts';

const cache = new Map<BackendId, Promise<SolverBackend>>();

/** The backend for `id` (rejects for an unknown id, e.g. from user input). */
export function loadBackend(id: BackendId): Promise<SolverBackend> {
  if (!isBackendId(id)) return Promise.reject(new Error(`unknown solver backend "${String(id)}" (expected ${BACKEND_IDS.join(' or ')})`));
  let backend = cache.get(id);
  if (backend === undefined) {
    backend = id === 'highs' ? loadHighs().then(createHighsBackend) : Promise.resolve(createJslpBackend());
    backend.catch(() => cache.delete(id));
    cache.set(id, backend);
  }
  return backend;
}
