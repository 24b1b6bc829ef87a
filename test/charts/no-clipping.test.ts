/**
 * No chart clips its text: every chart kind of every bundled scenario (its plan's six charts and,
 * on representative days, its dispatch; the loan schedule where the scenario has a sized loan, all fourteen plans compared on one chart) and
 * the result charts (Monte Carlo fan and histogram, a tornado over every uncertain input, a
 * rollout), in English and Chinese, rendered to the SVG that resvg rasterises to PNG; each text's
 * box, measured with the font files' own advances, lies inside the canvas. The boxes come from the
 * SVG rather than from decoded PNGs (≈ 200 charts: decoding them would cost minutes, the SVG
 * seconds); test/charts/render.test.ts checks that the PNGs draw that text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { factoryBaseline } from '../../engine/accounting/factory-inventory.ts';
import { buildChart, chartKindsFor, renderSvg, type ChartKind, type ChartSource } from '../../engine/charts/index.ts';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { describeError } from '../../engine/errors.ts';
import { financeScenario } from '../../engine/finance/finance-scenario.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import type { ScenarioPlan } from '../../engine/optimise/types.ts';
import { UNCERTAIN_INPUT_IDS, UNCERTAIN_INPUTS } from '../../engine/data/schemas/uncertainty.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { chartFixtures, sensitivity } from './fixtures.ts';
import { svgTextBoxes } from './svg-text-boxes.ts';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
/** Sub-pixel rounding of vega's layout. */
const EPS = 0.5;

function load(text: string, name: string): Scenario {
  const r = loadScenarioText(text, name);
  if (!r.ok) throw new Error(describeError(r.error));
  return r.value;
}

interface Case {
  readonly name: string;
  readonly kind: ChartKind;
  readonly source: ChartSource;
  readonly targetDscr?: number;
}

const cases: Case[] = [];

beforeAll(async () => {
  const backend = await loadBackend('highs');
  const plans: Array<{ label: string; plan: ScenarioPlan }> = [];
  for (const file of FILES) {
    const scenario = load(readFileSync(DIR + file, 'utf8'), file);
    const plan = optimiseScenario(scenario, backend);
    plans.push({ label: scenario.name, plan });
    const fp = plan.factories[0]!;
    const source: ChartSource = { kind: 'factory_plan', plan: fp, baseline: factoryBaseline(scenario, scenario.factories[0]!) };
    for (const kind of chartKindsFor(source)) cases.push({ name: file, kind, source });
    if (scenario.finance !== undefined && fp.objectiveRmb !== null) {
      const loan = financeScenario(scenario, plan).factories[0]?.loan ?? null;
      const loanSource: ChartSource = { kind: 'loan', loan };
      for (const kind of chartKindsFor(loanSource)) cases.push({ name: file, kind, source: loanSource, targetDscr: 1.3 });
    }
  }
  cases.push({ name: 'all bundled scenarios', kind: 'plan_comparison', source: { kind: 'comparison', runs: plans } });

  const f = await chartFixtures();
  cases.push({ name: 'fixture', kind: 'mc_fan', source: { kind: 'monte_carlo', result: f.monteCarlo } });
  cases.push({ name: 'fixture', kind: 'mc_histogram', source: { kind: 'monte_carlo', result: f.monteCarlo } });
  cases.push({ name: 'fixture', kind: 'rollout_pathway', source: { kind: 'rollout', result: f.rollout } });
  // A tornado over every uncertain input (their labels are the longest axis labels of any chart).
  const ranges = `\nsensitivity:\n  inputs:\n${UNCERTAIN_INPUT_IDS.map((id) => `    - { input: ${id}, low: ${UNCERTAIN_INPUTS[id].mode === 'multiply' ? 0.8 : 0.01}, high: ${UNCERTAIN_INPUTS[id].mode === 'multiply' ? 1.25 : id === 'shadow_carbon_price' ? 300 : 0.06} }`).join('\n')}\n`;
  const scenario = load(readFileSync(fileURLToPath(new URL('../fixtures/scenarios/hand-computed.yaml', import.meta.url)), 'utf8') + ranges, 'hand-computed.yaml');
  const tornado = sensitivity(scenario, backend);
  expect(tornado.rows).toHaveLength(UNCERTAIN_INPUT_IDS.length);
  cases.push({ name: 'every uncertain input', kind: 'tornado', source: { kind: 'sensitivity', result: tornado } });
}, 240_000);

describe('no chart clips its text', () => {
  it.each(['en', 'zh'] as const)('every text box of every chart lies inside its canvas (%s)', async (lang) => {
    const kinds = new Set(cases.map((c) => c.kind));
    // Every chart kind is covered.
    expect([...kinds].sort()).toEqual(
      ['abatement_wedges', 'capex_by_year', 'cost_waterfall', 'dispatch', 'emissions_pathway', 'energy_mix', 'loan_schedule', 'mac_curve', 'mc_fan', 'mc_histogram', 'plan_comparison', 'rollout_pathway', 'tornado'].sort(),
    );
    const clipped: string[] = [];
    let texts = 0;
    for (const c of cases) {
      const spec = buildChart(c.kind, c.source, { lang, ...(c.targetDscr !== undefined ? { targetDscr: c.targetDscr } : {}) })!;
      const { width, height, boxes } = svgTextBoxes(await renderSvg(spec));
      texts += boxes.length;
      for (const b of boxes) {
        if (b.x0 < -EPS || b.y0 < -EPS || b.x1 > width + EPS || b.y1 > height + EPS) {
          clipped.push(`${c.name} ${c.kind}: "${b.text}" at [${b.x0.toFixed(1)}, ${b.y0.toFixed(1)}]–[${b.x1.toFixed(1)}, ${b.y1.toFixed(1)}] in ${width} × ${height}`);
        }
      }
    }
    expect(texts).toBeGreaterThan(cases.length * 10);
    expect(clipped).toEqual([]);
  }, 240_000);
});
