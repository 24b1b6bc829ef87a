/**
 * Size and time limits of the javascript-lp-solver backend, measured on the 2-core build machine
 * (Node 20, javascript-lp-solver 1.0.3, HiGHS-WASM for comparison), LP relaxations:
 *
 * - Pathway-shaped LPs (K measures × 10 years; build shares in [0,1], cumulative adoption ≤ 1,
 *   yearly abatement ≥ target, yearly budget), 3 seeds each:
 *     nnz  2 400 → 0.08–0.17 s,  7 200 → 0.08–0.34 s, 14 400 → 0.33–0.35 s,
 *     nnz 24 000 → 1.0–1.3 s,   36 000 → 2.6–3.4 s,   48 000 → 7.1–9.3 s (HiGHS: ≤ 0.15 s).
 *   The 2 s crossing is at about 30 000 nonzeros; `JSLP_MAX_NONZEROS` is set below it.
 * - jslp keeps a dense tableau (rows × (columns + rows) doubles), so a sparse model with many
 *   rows can be slow and memory-hungry at few nonzeros: `JSLP_MAX_TABLEAU_CELLS` (≈ the 2 s
 *   point of the series above: 24 M cells ≈ 1.2 s, 54 M ≈ 3 s) refuses those too.
 * - Random sparse LPs (m rows × 2m box-bounded columns, 4 nonzeros per column, mixed ≤/≥/=):
 *   jslp's phase 1 often never terminates — 1 of 5 at m = 20, 4 of 5 at m = 40, all from
 *   m = 60 (≈ 470 nonzeros) — as on Netlib share2b, boeing2, capri and e226. Size cannot
 *   predict this, hence the always-on wall-clock limit below (see `jslp-runner.ts`).
 * - MILPs: branch-and-bound time is unpredictable (pathway MILP with 700 nonzeros: 0.03–6.5 s;
 *   1 400 nonzeros: > 20 s); the time limit applies.
 */

/** Models with more constraint-matrix nonzeros are refused by the jslp backend. */
export const JSLP_MAX_NONZEROS = 25_000;

/** Models whose estimated dense tableau has more cells are refused (≈ 256 MB of doubles). */
export const JSLP_MAX_TABLEAU_CELLS = 32_000_000;

/** Wall-clock limit applied when the caller gives none (jslp may otherwise never return). */
export const JSLP_DEFAULT_TIME_LIMIT_SECONDS = 30;
