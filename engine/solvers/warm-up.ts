/**
 * Warm the WebAssembly solver: a single-factory HiGHS solve takes ~25 ms until V8 has optimised the
 * code and ~1.6 ms after (DESIGN §7), so each worker solves a small LP a few times before real work.
 */
import { ModelBuilder } from '../model/model-builder.ts';
import type { SolverBackend } from './types.ts';

export function warmUp(backend: SolverBackend, solves: number): void {
  const b = new ModelBuilder({ name: 'warm_up' });
  const n = 40;
  const cols = Array.from({ length: n }, (_, j) => b.addVariable(`x[${j}]`, { upper: 10, cost: -1 - (j % 7) }));
  for (let i = 0; i < n; i++) {
    b.addConstraint(`c[${i}]`, cols.filter((_, j) => (i + j) % 3 !== 0).map((c, k) => [c, 1 + ((i * k) % 5)] as const), '<=', 50 + i);
  }
  const model = b.build();
  for (let k = 0; k < solves; k++) backend.solve(model);
}
