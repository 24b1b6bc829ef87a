/** Helpers for chart tests: the sources of every chart kind and ways to look inside specs. */
import { CHART_KINDS, type ChartKind, type ChartSource } from '../../engine/charts/index.ts';
import type { ChartFixtures } from './fixtures.ts';

export function sourceFor(kind: ChartKind, f: ChartFixtures): ChartSource {
  switch (CHART_KINDS[kind].appliesTo) {
    case 'factory_plan':
      return kind === 'dispatch' ? { kind: 'factory_plan', plan: f.hourlyPlan } : { kind: 'factory_plan', plan: f.plan, baseline: f.baseline };
    case 'monte_carlo':
      return { kind: 'monte_carlo', result: f.monteCarlo };
    case 'sensitivity':
      return { kind: 'sensitivity', result: f.sensitivity };
    case 'rollout':
      return { kind: 'rollout', result: f.rollout };
    case 'comparison':
      return { kind: 'comparison', runs: f.comparison };
    case 'loan':
      return { kind: 'loan', loan: f.loan };
    case 'tracking':
      return { kind: 'tracking', track: f.tracking };
    case 'stochastic':
      return { kind: 'stochastic', result: f.stochastic };
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The spec as plain JSON (also proves it serialises). */
export const asJson = (spec: unknown): Json => JSON.parse(JSON.stringify(spec)) as Json;

/** Every value stored under `key` anywhere in a JSON tree. */
export function collect(tree: Json, key: string): Json[] {
  const out: Json[] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === key) out.push(v);
        walk(v);
      }
    }
  };
  walk(tree);
  return out;
}

/** Every title text in a spec (chart, sub-chart, axis and legend titles). */
export function titles(tree: Json): string[] {
  return collect(tree, 'title').flatMap((t) => {
    if (typeof t === 'string') return [t];
    if (t !== null && typeof t === 'object' && !Array.isArray(t) && typeof t['text'] === 'string') return [t['text']];
    return [];
  });
}

export function mainTitle(spec: unknown): string {
  const j = asJson(spec);
  if (j === null || typeof j !== 'object' || Array.isArray(j)) throw new Error('spec is not an object');
  const t = j['title'];
  if (t !== null && typeof t === 'object' && !Array.isArray(t) && typeof t['text'] === 'string') return t['text'];
  throw new Error('spec has no title text');
}

/** Text of the SVG's <text> elements, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}
