/**
 * The benchmark registry: models × phases, in the order `npm run bench` runs them. Entries marked
 * smoke form the seconds-long subset CI runs. Sizes and targets follow DESIGN §7.
 */
import { instanceAnchors, pathwayAnchor } from './suites/anchors.ts';
import { apiLoad } from './suites/api.ts';
import { cliStartup } from './suites/cli-startup.ts';
import { loanRisk } from './suites/loan-risk.ts';
import { monteCarlo } from './suites/monte-carlo.ts';
import { modelReuse } from './suites/reuse.ts';
import { hourlyModel } from './suites/hourly.ts';
import { pathwayPhases } from './suites/pathway.ts';
import { rollout } from './suites/rollout.ts';
import { stochastic } from './suites/stochastic.ts';
import type { Benchmark } from './types.ts';

export type { Benchmark, BenchResult } from './types.ts';

export const BENCHMARKS: readonly Benchmark[] = [
  // Fresh `lingtan` processes: --help and a one-factory optimise, compiled runtime and sources.
  cliStartup(true),
  // One factory, 5 years: phases at 20, 40 and 60 measures, LP and MILP.
  pathwayPhases(20, false, true),
  pathwayPhases(40, false, false),
  pathwayPhases(60, false, true),
  pathwayPhases(20, true, false),
  pathwayPhases(40, true, false),
  pathwayPhases(60, true, true),
  // The same factory on representative days beside the annual balance (issue 17's targets).
  hourlyModel(20, false, true),
  hourlyModel(20, true, false),
  // Re-solves of one model: fresh, changed in place from the slack basis, and warm in a session.
  modelReuse(60, 'annual', true),
  modelReuse(20, 'representative_days', false),
  // The same exported file through HiGHS-WASM, native CLP / CBC and javascript-lp-solver.
  pathwayAnchor(50, 60, false),
  pathwayAnchor(5, 60, true),
  instanceAnchors('lp', true),
  instanceAnchors('mip', true),
  // Factories at growing sizes, pool scaling from 1 worker to the machine's cores.
  rollout(1, false),
  rollout(10, true),
  rollout(100, false),
  rollout(1000, false),
  rollout(10_000, false),
  monteCarlo(40, true),
  monteCarlo(1000, false),
  monteCarlo(40, false, 'representative_days'),
  // The bank case's loan under 200 sampled futures (arithmetic, no solve).
  loanRisk(true),
  // Two-stage stochastic plans: extensive form vs decomposition, 1 and 2 workers.
  stochastic(4, true),
  stochastic(50, false),
  // A fresh one-factory POST /v1/optimise per request, 32 connections.
  apiLoad(false),
];
