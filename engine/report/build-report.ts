/**
 * Everything the HTML report needs beyond the plan: the charts as SVG (vector graphics, drawn by
 * engine/charts) and each factory's LP model hash. The caller supplies the font CSS and the date.
 */
import { createHash } from 'node:crypto';
import type { FactoryInventory } from '../accounting/factory-inventory.ts';
import { buildChart, CHART_KINDS, type ChartKind } from '../charts/registry.ts';
import { renderSvg } from '../charts/render.ts';
import type { Lang } from '../data/compliance/format.ts';
import type { Scenario } from '../data/schemas/scenario.ts';
import { buildPathwayModel } from '../formulation/build-model.ts';
import { prepareFactoryData } from '../formulation/factory-data.ts';
import { writeLp } from '../model/lp-writer.ts';
import type { FactoryPlan } from '../optimise/types.ts';

export const REPORT_CHARTS: readonly ChartKind[] = ['emissions_pathway', 'abatement_wedges', 'capex_by_year', 'energy_mix'];

export async function reportCharts(
  plans: readonly FactoryPlan[],
  baselines: Readonly<Record<string, Pick<FactoryInventory, 'years'>>>,
  lang: Lang,
): Promise<Record<string, Array<{ title: string; svg: string }>>> {
  const out: Record<string, Array<{ title: string; svg: string }>> = {};
  for (const plan of plans) {
    if (plan.status !== 'optimal' && plan.status !== 'feasible') continue;
    const baseline = baselines[plan.factoryId];
    const source = baseline === undefined ? ({ kind: 'factory_plan', plan } as const) : ({ kind: 'factory_plan', plan, baseline } as const);
    out[plan.factoryId] = [];
    for (const kind of REPORT_CHARTS) {
      const spec = buildChart(kind, source, { lang, width: 620, height: 240 });
      if (spec !== null) out[plan.factoryId]!.push({ title: CHART_KINDS[kind].title[lang], svg: (await renderSvg(spec)).replace(/^<\?xml[^>]*>/, '') });
    }
  }
  return out;
}

/** sha256 of each factory's model as CPLEX LP text (the file `lingtan optimise --lp` writes). */
export function modelHashes(scenario: Scenario): Record<string, string> {
  return Object.fromEntries(
    scenario.factories.map((f) => {
      const { model } = buildPathwayModel(prepareFactoryData(scenario, f));
      return [f.id, createHash('sha256').update(writeLp(model, { objectiveConstant: 'fixed-column' })).digest('hex')];
    }),
  );
}
