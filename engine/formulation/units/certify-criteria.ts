/**
 * certify[pack,criterion,y]: the quantitative prerequisites of the packs in `policy.certify`, from
 * the target year on, so the plan is the cheapest one that qualifies. Each formulable metric is a
 * linear row over the quantities the compliance check measures (engine/compliance/year-facts.ts):
 * the electricity the site's equipment uses U (electricityUseTerms), final energy E = fuels + U at
 * the calorific equivalent (k = 0.1228 tce/MWh), renewable electricity R = min(U, self + green power
 * + certificates), gross emissions by the pack's Scope 2 method:
 *   renewable_electricity_share ≥ φ:  R − φ U ≥ 0
 *   renewable_energy_share ≥ φ:       R + biomass − φ E ≥ 0
 *   carbon_per_energy ≤ c:            S1 + S2 − c k E ≤ 0
 *   offset_share_of_gross ≥ / ≤ s:    Σ offsets − s (S1 + S2) ≥ / ≤ 0
 *   energy_intensity_vs_advanced ≤ r: 1000 k E ≤ r × advanced kgce/unit × output
 * R ≥ x is the pair (self + green + certificates ≥ x, U ≥ x). On the annual balance the supply never
 * exceeds U (green purchases ≤ grid, grid + self = U), so one row suffices; on representative days
 * with storage, grid + self = U + battery losses, and for the renewable energy share the second row
 * `certify_use` keeps certified battery losses from counting as renewable use (for the electricity
 * share U ≥ φ U always holds, so the supply row is the whole condition). Battery losses are bought from the grid, so they
 * carry Scope 2 emissions, but they are not energy the processes use: counted in E they would let a
 * plan dilute its carbon per energy and raise its renewable share by cycling certified grid
 * electricity through a battery (a steel mill "meeting" Hunan's 55 % with 1.2 TWh of losses a year).
 * In diagnosis mode each row gets a shortfall column, so an unreachable criterion is named.
 */
import { METRICS } from '../../data/compliance/metrics.ts';
import { thresholdFor, type Criterion } from '../../data/compliance/pack-schema.ts';
import { packById } from '../../data/compliance/packs.ts';
import { advancedValue, TCE_PER_MWH } from '../../data/reference/energy-advanced-values.ts';
import type { Term } from '../../model/model-builder.ts';
import { component, key, type FormulationContext, type FormulationUnit } from '../context.ts';
import { certifyExplainer } from '../explain-certify.ts';
import { electricityUseTerms, purchasedHeatTerms } from '../expressions.ts';
import { ofKind } from '../measure-kinds.ts';

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

/** Final energy E in year y: incumbent fuels and heat + the electricity the equipment uses, MWh. */
function finalEnergyTerms(ctx: FormulationContext, y: number): Term[] {
  const { data, v } = ctx;
  const terms: Term[] = electricityUseTerms(ctx, y);
  for (const cell of data.demand) {
    const col = v.incumbent.get(key(cell.endUse, cell.carrier, y));
    if (cell.carrier !== 'electricity' && col !== undefined) terms.push([col, 1]);
  }
  return terms;
}

/** Self-consumed generation + green power + certificates in year y, MWh. */
function renewableSupplyTerms(ctx: FormulationContext, y: number): Term[] {
  const { v } = ctx;
  const terms: Term[] = [];
  for (const col of [v.selfConsumed.get(y), v.greenPower.get(y), v.certificates.get(y)]) if (col !== undefined) terms.push([col, 1]);
  return terms;
}

function biomassTerms(ctx: FormulationContext, y: number): Term[] {
  const { data, v } = ctx;
  return data.demand.flatMap((cell) => {
    const col = v.incumbent.get(key(cell.endUse, cell.carrier, y));
    return cell.carrier === 'biomass' && col !== undefined ? [[col, 1] as Term] : [];
  });
}

/** Battery losses can make self + green + certificates exceed the use (representative days with storage). */
const supplyMayExceedUse = (ctx: FormulationContext): boolean => ctx.data.hourly !== null && ofKind(ctx.data.measures, 'storage').length > 0;

function offsetTerms(ctx: FormulationContext, y: number): Term[] {
  return ctx.data.offsetProducts.flatMap((o) => {
    const col = ctx.v.offsets.get(key(o.id, y));
    return col === undefined ? [] : [[col, 1] as Term];
  });
}

interface CriterionRow {
  /** `certify`, or `certify_use` for the use side of R = min(U, supply). */
  readonly block: 'certify' | 'certify_use';
  readonly terms: Term[];
  readonly sense: '>=' | '<=';
  readonly rhs: number;
}

/** R + extra − φ D ≥ 0 with R = min(U, supply), as one row or, where the use side can bind, two (see the header). */
function renewableRows(ctx: FormulationContext, y: number, t: number, sense: '>=' | '<=', denominator: readonly Term[], extra: readonly Term[], useCanBind: boolean): CriterionRow[] {
  const supply: Term[] = [...renewableSupplyTerms(ctx, y), ...extra];
  add(supply, denominator, -t);
  const rows: CriterionRow[] = [{ block: 'certify', terms: supply, sense, rhs: 0 }];
  if (useCanBind && supplyMayExceedUse(ctx)) {
    const use: Term[] = [...electricityUseTerms(ctx, y), ...extra];
    add(use, denominator, -t);
    rows.push({ block: 'certify_use', terms: use, sense, rhs: 0 });
  }
  return rows;
}

/** One criterion's rows in year y; empty when it cannot be formulated. */
function criterionRows(ctx: FormulationContext, c: Criterion, scope2: 'market' | 'location', y: number): CriterionRow[] {
  const t = thresholdFor(c.threshold!, y);
  if (typeof t !== 'number') return [];
  const sense = c.threshold!.op === '<=' ? '<=' : '>=';
  const terms: Term[] = [];
  switch (c.metric) {
    case 'renewable_electricity_share':
      return renewableRows(ctx, y, t, sense, electricityUseTerms(ctx, y), [], false);
    case 'renewable_energy_share':
      return renewableRows(ctx, y, t, sense, finalEnergyTerms(ctx, y), biomassTerms(ctx, y), true);
    case 'carbon_per_energy':
      add(terms, grossTerms(ctx, y, scope2));
      add(terms, finalEnergyTerms(ctx, y), -t * TCE_PER_MWH);
      return [{ block: 'certify', terms, sense, rhs: 0 }];
    case 'offset_share_of_gross':
      add(terms, offsetTerms(ctx, y));
      add(terms, grossTerms(ctx, y, scope2), -t);
      return [{ block: 'certify', terms, sense, rhs: 0 }];
    case 'energy_intensity_vs_advanced': {
      const adv = advancedValue(ctx.data.factory);
      if (adv === null) return [];
      add(terms, finalEnergyTerms(ctx, y), 1000 * TCE_PER_MWH);
      return [{ block: 'certify', terms, sense, rhs: t * adv.kgcePerUnit * ctx.data.factory.output.baseQuantity * ctx.data.growth[y]! }];
    }
    default:
      return [];
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
        for (const row of criterionRows(ctx, criterion, scope2, y)) {
          if (ctx.options.capShortfall === true) {
            const slack = ctx.variable(component(`${row.block}_shortfall`, packId, criterion.id, y));
            ctx.goal(slack, ctx.costObjective ? (ctx.options.shortfallPenaltyRmbPerTco2 ?? 1e5) * data.discount[y]! : 1);
            row.terms.push([slack, row.sense === '>=' ? 1 : -1]);
          }
          ctx.constraint(component(row.block, packId, criterion.id, y), row.terms, row.sense, row.rhs);
        }
      }
    }
  },
  explain: certifyExplainer,
};
