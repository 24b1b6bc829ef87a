/**
 * Run a sequence of solves in one solver session when the backend has them (features.reuse), so
 * re-solves of the same model structure are changed in place and warm-started; the session's
 * native memory is freed when the sequence ends, whatever happens.
 */
import type { SolverBackend } from './types.ts';

export function withSession<T>(backend: SolverBackend, run: (backend: SolverBackend) => T): T {
  const session = backend.session?.();
  if (session === undefined) return run(backend);
  try {
    return run(session);
  } finally {
    session.close();
  }
}
