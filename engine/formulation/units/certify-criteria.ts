/**
 * certify[pack,criterion,y]: the quantitative prerequisites of the packs in `policy.certify`, from
 * the target year on, so the plan is the cheapest one that qualifies. Each formulable metric is one
 * linear row (energy at the calorific equivalent, k = 0.1228 tce/MWh; gross emissions by the pack's
 * Scope 2 method):
 *   renewable_electricity_share ≥ φ:  self + green power + certificates − φ (grid + self) ≥ 0
 *   renewable_energy_share ≥ φ:       self + green + certificates + biomass − φ E ≥ 0,  E = fuels + grid + self (MWh)
 *   carbon_per_energy ≤ c:            S1 + S2 − c k E ≤ 0
 *   offset_share_of_gross ≥ / ≤ s:    Σ offsets − s (S1 + S2) ≥ / ≤ 0
 *   energy_intensity_vs_advanced ≤ r: 1000 k E ≤ r × advanced kgce/unit × output
 * In diagnosis mode each row gets a shortfall column, so an unreachable criterion is named.
 */
import { METRICS } from '../../data/compliance/metrics.ts';
import { thresholdFor, type Criterion } from '../../data/compliance/pack-schema.ts';
import { packById } from '../../data/compliance/packs.ts';
import { advancedValue, TCE_PER_MWH } from '../../data/reference/energy-advanced-values.ts';
import type { Term } from '../../model/model-builder.ts';
import { component, key, type FormulationContext, type FormulationUnit } from '../context.ts';
import { certifyExplainer } from '../explain-certify.ts';
import { purchasedHeatTerms } from '../expressions.ts';

/** The rows this unit can add: prerequisites with a threshold on a formulable metric. */
export function certifiableCriteria(packIds: readonly string[]): Array<{ packId: string; criterion: Criterion; scope2: 'market' | 'location' }> {
  return packIds.flatMap((id) => {
    const pack = packById(id);
    if (pack === undefined) return [];
    return pack.criteria
      .filter((c) => c.kind === 'prerequisite' && c.threshold !== null && METRICS[c.metric].formulable && ['>=', '<=', '>'].includes(c.threshold.op))
      .map((criterion) => ({ packId: id, criterion, scope2: pack.scope2Method.method }));
  });
}

const add = (terms: Term[], more: readonly Term[], scale = 1) => {
  for (const [c, v] of more) terms.push([c, v * scale]);
};

/** Gross emissions S1 + S2 in year y by a Scope 2 method (the model's own S2 column when the methods agree). */
function grossTerms(ctx: FormulationContext, y: number, method: 'market' | 'location'): Term[] {
  const { data, v } = ctx;
  const terms: Term[] = [[v.scope1.get(y)!, 1]];
  if (method === data.scope2Method) {
    terms.push([v.scope2.get(y)!, 1]);
    return terms;
  }
  const f = data.factors[y]!;
  const factor = method === 'market' ? f.gridMarketResidualTco2PerMwh : f.gridLocationTco2PerMwh;
  terms.push([v.grid.get(y)!, factor]);
  if (method === 'market') for (const col of [v.greenPower.get(y), v.certificates.get(y)]) if (col !== undefined) terms.push([col, -factor]);
  add(terms, purchasedHeatTerms(ctx, y, f.purchasedHeatTco2PerMwh));
  return terms;
}

/** Final energy E in year y: incumbent fuels and heat + grid + self-consumed generation, MWh. */
function finalEnergyTerms(ctx: FormulationContext, y: number): Term[] {
  const { data, v } = ctx;
  const terms: Term[] = [[v.grid.get(y)!, 1]];
  const self = v.selfConsumed.get(y);
  if (self !== undefined) terms.push([self, 1]);
  for (const cell of data.demand) {
    const col = v.incumbent.get(key(cell.endUse, cell.carrier, y));
    if (cell.carrier !== 'electricity' && col !== undefined) terms.push([col, 1]);
  }
  return terms;
}

function renewableTerms(ctx: FormulationContext, y: number, withBiomass: boolean): Term[] {
  const { data, v } = ctx;
  const terms: Term[] = [];
  for (const col of [v.selfConsumed.get(y), v.greenPower.get(y), v.certificates.get(y)]) if (col !== undefined) terms.push([col, 1]);
  if (withBiomass) {
    for (const cell of data.demand) {
      const col = v.incumbent.get(key(cell.endUse, cell.carrier, y));
      if (cell.carrier === 'biomass' && col !== undefined) terms.push([col, 1]);
    }
  }
  return terms;
}

function offsetTerms(ctx: FormulationContext, y: number): Term[] {
  return ctx.data.offsetProducts.flatMap((o) => {
    const col = ctx.v.offsets.get(key(o.id, y));
    return col === undefined ? [] : [[col, 1] as Term];
  });
}

/** One criterion's row in year y: terms, sense and right-hand side; null when it cannot be formulated. */
function criterionRow(ctx: FormulationContext, c: Criterion, scope2: 'market' | 'location', y: number): { terms: Term[]; sense: '>=' | '<='; rhs: number } | null {
  const t = thresholdFor(c.threshold!, y);
  if (typeof t !== 'number') return null;
  const sense = c.threshold!.op === '<=' ? '<=' : '>=';
  const terms: Term[] = [];
  switch (c.metric) {
    case 'renewable_electricity_share': {
      // electricity use = grid + self (electricity_balance)
      add(terms, renewableTerms(ctx, y, false));
      terms.push([ctx.v.grid.get(y)!, -t]);
      const self = ctx.v.selfConsumed.get(y);
      if (self !== undefined) terms.push([self, -t]);
      return { terms, sense, rhs: 0 };
    }
    case 'renewable_energy_share':
      add(terms, renewableTerms(ctx, y, true));
      add(terms, finalEnergyTerms(ctx, y), -t);
      return { terms, sense, rhs: 0 };
    case 'carbon_per_energy':
      add(terms, grossTerms(ctx, y, scope2));
      add(terms, finalEnergyTerms(ctx, y), -t * TCE_PER_MWH);
      return { terms, sense, rhs: 0 };
    case 'offset_share_of_gross':
      add(terms, offsetTerms(ctx, y));
      add(terms, grossTerms(ctx, y, scope2), -t);
      return { terms, sense, rhs: 0 };
    case 'energy_intensity_vs_advanced': {
      const adv = advancedValue(ctx.data.factory);
      if (adv === null) return null;
      add(terms, finalEnergyTerms(ctx, y), 1000 * TCE_PER_MWH);
      return { terms, sense, rhs: t * adv.kgcePerUnit * ctx.data.factory.output.baseQuantity * ctx.data.growth[y]! };
    }
    default:
      return null;
  }
}

export const certifyCriteriaUnit: FormulationUnit = {
  name: 'certify_criteria',
  title: 'Quantitative prerequisites of the rule packs in policy.certify, from the target year on',
  unit: 'MWh or tCO2 (per metric)',
  kind: 'constraints',
  apply(ctx) {
    const { data } = ctx;
    if (ctx.options.omitCaps === true) return;
    const criteria = certifiableCriteria(data.policy.certify);
    for (const y of data.years.filter((x) => x >= data.targetYear)) {
      for (const { packId, criterion, scope2 } of criteria) {
        const row = criterionRow(ctx, criterion, scope2, y);
        if (row === null) continue;
        if (ctx.options.capShortfall === true) {
          const slack = ctx.variable(component('certify_shortfall', packId, criterion.id, y));
          ctx.goal(slack, ctx.costObjective ? (ctx.options.shortfallPenaltyRmbPerTco2 ?? 1e5) * data.discount[y]! : 1);
          row.terms.push([slack, row.sense === '>=' ? 1 : -1]);
        }
        ctx.constraint(component('certify', packId, criterion.id, y), row.terms, row.sense, row.rhs);
      }
    }
  },
  explain: certifyExplainer,
};
