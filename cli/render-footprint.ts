/** Text rendering of `lingtan footprint`: one table per product, stages by year, baseline and plan. */
import type { Scenario } from '../engine/data/schemas/scenario.ts';
import type { ProductCase, ProductFootprint } from '../engine/footprint/footprint-factory.ts';
import type { ScenarioFootprint } from '../engine/footprint/footprint-scenario.ts';
import { formatNumber, table, type Cell } from './table.ts';

const indent = (s: string, n = 2) => s.split('\n').map((l) => `${' '.repeat(n)}${l}`).join('\n');

function rows(label: string, c: ProductCase): Cell[][] {
  return c.years.map((y) => [
    label, String(y.year), y.stagesKgco2e.materials, y.stagesKgco2e.transport, y.stagesKgco2e.site_energy, y.stagesKgco2e.process, y.totalKgco2ePerUnit,
  ]);
}

function renderProduct(p: ProductFootprint): string {
  const small = (p.baseline.years[0]?.totalKgco2ePerUnit ?? 0) < 1000;
  const body = [...rows('baseline', p.baseline), ...(p.plan === null ? [] : rows('plan', p.plan))];
  const lines = [
    `${p.name} (${p.id}) · kgCO2e per ${p.unit} · allocation share ${(p.allocationShare * 100).toFixed(1)} %`,
    indent(table(['case', 'year', 'materials', 'transport', 'site energy', 'process', 'total'], body, { digits: small ? 2 : 0 })),
  ];
  if (p.plan === null) lines.push('  (no plan: the optimisation found none; baseline only)');
  if (p.targetKgco2ePerUnit !== null && p.plan !== null) {
    const t = p.plan.years.map((y) => `${y.year} ≤ ${formatNumber(p.targetKgco2ePerUnit![y.year] ?? Number.NaN, small ? 2 : 0)}` +
      (p.targetShadowRmbPerTco2e?.[y.year] ? ` (shadow ${formatNumber(p.targetShadowRmbPerTco2e[y.year]!, 0)} RMB/tCO2e)` : ''));
    lines.push(`  Target per ${p.unit}: ${t.join(', ')}`);
  }
  for (const a of p.alternativesChosen.filter((x) => Object.values(x.shareByYear).some((v) => v > 1e-6))) {
    const shares = Object.entries(a.shareByYear).map(([y, v]) => `${y} ${(v * 100).toFixed(1)} %`).join(', ');
    lines.push(`  Bought ${a.material} for ${a.replaces} (line ${a.line + 1}): ${shares}`);
  }
  if (p.cbamGood !== null) {
    const cb = [...p.baseline.years.map((y) => ['baseline', y] as const), ...(p.plan?.years ?? []).map((y) => ['plan', y] as const)]
      .map(([label, y]) => [label, String(y.year), y.cbam!.directTco2PerT, y.cbam!.precursorDirectTco2PerT, y.cbam!.indirectTco2PerT]);
    lines.push(`  CBAM embedded emissions (${p.cbamGood}), tCO2e per t of good (actual values; the cost is in \`lingtan finance\`):`);
    lines.push(indent(table(['case', 'year', 'direct', 'of which precursors', 'indirect'], cb, { digits: 3 }), 4));
  }
  const bat = (p.plan ?? p.baseline).years.at(-1)?.battery;
  if (bat != null) {
    const last = (p.plan ?? p.baseline).years.at(-1)!;
    lines.push(`  Battery (${bat.category}), ${last.year} ${p.plan === null ? 'baseline' : 'plan'}: ${bat.totalKgco2ePerKwh.toFixed(1)} kgCO2e/kWh = raw materials ${bat.rawMaterialKgco2ePerKwh.toFixed(1)} + production ${bat.productionKgco2ePerKwh.toFixed(1)}` +
      (bat.perLifetimeKwh === null ? '' : `; ${bat.perLifetimeKwh.toFixed(3)} per kWh over the service life`) + '; performance class: not yet published');
  }
  return lines.join('\n');
}

export function renderFootprint(scenario: Scenario, result: ScenarioFootprint): string {
  const parts = [`Scenario ${scenario.name} (${scenario.id}) — product carbon footprints, cradle-to-gate`];
  for (const f of result.factories) {
    parts.push(`${f.name} (${f.factoryId}) · allocation by ${f.allocation} · electricity ${f.electricityBasis} basis${f.planStatus === null ? '' : ` · plan ${f.planStatus}`}`);
    for (const p of f.products) parts.push(indent(renderProduct(p)));
  }
  parts.push(result.notes.map((n) => `· ${n}`).join('\n'));
  return parts.join('\n\n');
}
