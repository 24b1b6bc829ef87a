/**
 * Typed reference data for the engine: every value carries its source, year and confidence
 * (`Sourced`). The untyped originals are in `sources/` (see `sources/README.md`).
 */
export * from './sourced.ts';
export * from './provinces.ts';
export * from './grid-factors.ts';
export * from './fuels.ts';
export * from './process-factors.ts';
export * from './prices.ts';
export * from './renewable-yield.ts';
export * from './published-pv-projects.ts';
export * from './pv-export-rules.ts';
export * from './grid-connection.ts';
export * from './cbam-rules.ts';
export * from './steel-routes.ts';
export * from './technology.ts';
export * from './finance-rates.ts';
export * from './residual-ceiling.ts';
export * from './tax-rules.ts';
export * from './time-of-use.ts';
export * from './load-shapes.ts';
export * from './province-coordinates.ts';
export * from './storage-dispatch.ts';
