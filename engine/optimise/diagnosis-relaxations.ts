/**
 * The limits of an infeasible pathway a user can change, each as one relaxation of the factory's
 * data: measures left out of the scenario included, a site or policy limit raised, an earliest
 * year or a build rate lifted. `diagnosis-causes.ts` re-solves with one relaxation at a time.
 * Each relaxation names the formulation units whose rows or bounds it loosens (so the ones that
 * bind at the best reachable point are tried first) and the scenario field to change.
 */
import { MEASURE_CATALOGUE, OFFSET_PRODUCTS } from '../data/catalogue/index.ts';
import { measureSchema } from '../data/schemas/measure.ts';
import { offsetProductSchema } from '../data/schemas/offset.ts';
import type { MeasureCategory } from '../data/schemas/measure.ts';
import type { Measure, OffsetProduct } from '../data/schemas/scenario.ts';
import { yearRange, yearValue } from '../data/year-value.ts';
import { applicableMeasures } from '../formulation/applicability.ts';
import { generationYields, type FactoryData } from '../formulation/factory-data.ts';
import { withGenerationFor } from '../formulation/hourly/hourly-data.ts';
import { offsetsAllowed } from '../formulation/units/offsets.ts';
import type { RelaxationKind } from './types.ts';

export type { RelaxationKind };


export interface Relaxation {
  readonly id: string;
  readonly kind: RelaxationKind;
  /** The scenario field to change (relative to the file; factory fields under `factoryPath`). */
  readonly field: string;
  /** What is relaxed, as a sentence ("electrification measures are not on offer: …"). */
  readonly what: string;
  /** Formulation units whose rows or bounds this loosens. */
  readonly units: readonly string[];
  /** Whether this reduces emissions (false for offsets: 减排为主、抵销为辅). */
  readonly reduces: boolean;
  /** Measures this relaxation adds or frees: the diagnosis reports which of them the relaxed plan builds. */
  readonly measureIds: readonly string[];
  readonly relax: (data: FactoryData) => FactoryData;
}

/** A site area large enough never to bind (m²). */
const OPEN_AREA_M2 = 1e9;

const CATEGORY_WORDS: Readonly<Record<MeasureCategory, string>> = {
  renewable_supply: 'on-site renewable supply',
  storage: 'storage',
  green_purchase: 'green power and certificate',
  efficiency: 'efficiency',
  electrification: 'electrification',
  process_change: 'process change',
  carbon_removal: 'carbon capture',
  grid_connection: 'grid connection upgrade',
};

const catalogueCache = new Map<string, { measures: Measure[]; offsets: OffsetProduct[] }>();

/** The whole catalogue resolved for the data's years (cached per year range). */
function catalogue(data: FactoryData): { measures: Measure[]; offsets: OffsetProduct[] } {
  const years = yearRange(data.baseYear, data.years.at(-1) ?? data.baseYear);
  const k = `${years[0]}-${years.at(-1)}`;
  const hit = catalogueCache.get(k);
  if (hit !== undefined) return hit;
  const yv = yearValue(years);
  const mSchema = measureSchema(yv);
  const oSchema = offsetProductSchema(yv);
  const measures = MEASURE_CATALOGUE.flatMap((m) => {
    const r = mSchema.safeParse(m);
    return r.success ? [r.data] : [];
  });
  const offsets = OFFSET_PRODUCTS.flatMap((o) => {
    const r = oSchema.safeParse(o);
    return r.success ? [r.data] : [];
  });
  const value = { measures, offsets };
  catalogueCache.set(k, value);
  return value;
}

const withMeasures = (data: FactoryData, added: readonly Measure[], factory = data.factory): FactoryData => {
  const measures = [...data.measures, ...added];
  const yieldMwhPerKw = generationYields(measures, factory);
  const hourly = data.hourly === null ? null : withGenerationFor(data.hourly, factory, measures, yieldMwhPerKw);
  return { ...data, factory, measures, yieldMwhPerKw, hourly };
};

const list = (ids: readonly string[], n = 6) => (ids.length <= n ? ids.join(', ') : `${ids.slice(0, n).join(', ')} and ${ids.length - n} more`);

/** Every relaxation that could lower this factory's shortfall. */
export function relaxationsFor(data: FactoryData, factoryPath: string): Relaxation[] {
  const out: Relaxation[] = [];
  const offered = new Set(data.measures.map((m) => m.id));
  const outside = catalogue(data).measures.filter((m) => !offered.has(m.id));

  // Catalogue measures this factory could use but the scenario leaves out (measures.exclude / include), by category.
  const excluded = applicableMeasures(outside, data.factory, data.demand);
  const categories = [...new Set(excluded.map((m) => m.category))];
  for (const category of categories) {
    const group = excluded.filter((m) => m.category === category);
    const ids = group.map((m) => m.id);
    out.push({
      id: `include:${category}`,
      kind: 'excluded_measures',
      field: 'measures.exclude',
      what: `${CATEGORY_WORDS[category]} measures that apply to this factory are not on offer (${list(ids)})`,
      units: [],
      reduces: true,
      measureIds: ids,
      relax: (d) => withMeasures(d, group),
    });
  }

  // Site area: the roof (and the land, whose measures drop out entirely when it is 0).
  const site = data.factory.site;
  for (const limit of ['roof', 'land'] as const) {
    const area = limit === 'roof' ? site.roofAreaM2 : site.landAreaM2;
    const bigger = { ...data.factory, site: { ...site, [`${limit}AreaM2`]: OPEN_AREA_M2 } };
    const usesOffered = data.measures.some((m) => m.effect.kind === 'onsite_generation' && m.effect.siteLimit === limit);
    const added = applicableMeasures(outside, bigger, data.demand).filter((m) => m.effect.kind === 'onsite_generation' && m.effect.siteLimit === limit && !excluded.includes(m));
    if (!usesOffered && added.length === 0) continue;
    out.push({
      id: `site:${limit}`,
      kind: 'site_area',
      field: `${factoryPath}.site.${limit}AreaM2`,
      what: `the ${limit} area is ${Math.round(area).toLocaleString('en-US')} m²`,
      units: ['site_area'],
      reduces: true,
      measureIds: [...data.measures.filter((m) => m.effect.kind === 'onsite_generation' && m.effect.siteLimit === limit).map((m) => m.id), ...added.map((m) => m.id)],
      relax: (d) => withMeasures({ ...d, factory: bigger }, added, bigger),
    });
  }

  const first = data.years[0] ?? data.baseYear + 1;
  const late = data.measures.filter((m) => m.earliestYear > first);
  if (late.length > 0) {
    out.push({
      id: 'earliest_year',
      kind: 'earliest_year',
      field: 'measures.custom[].earliestYear',
      what: `some measures become available only later (${list(late.map((m) => `${m.id} from ${m.earliestYear}`))})`,
      units: ['build', 'stock'],
      reduces: true,
      measureIds: late.map((m) => m.id),
      relax: (d) => ({ ...d, measures: d.measures.map((m) => (m.earliestYear > first ? { ...m, earliestYear: first } : m)) }),
    });
  }
  const rated = data.measures.filter((m) => m.maxBuildPerYearUnits !== undefined);
  if (rated.length > 0) {
    out.push({
      id: 'build_rate',
      kind: 'build_rate',
      field: 'measures.custom[].maxBuildPerYearUnits',
      what: `build rates are limited (${list(rated.map((m) => m.id))})`,
      units: ['build'],
      reduces: true,
      measureIds: rated.map((m) => m.id),
      relax: (d) => ({ ...d, measures: d.measures.map(({ maxBuildPerYearUnits: _r, ...m }) => m) }),
    });
  }
  const paced = data.measures.filter((m) => m.pace !== undefined && (m.pace.leadTimeYears > 0 || m.pace.maxShareOfPotentialPerYear < 1));
  if (paced.length > 0) {
    out.push({
      id: 'build_pace',
      kind: 'build_pace',
      field: 'measures.pace',
      what: `build pace (lead time, yearly share of the site's potential) holds back ${list(paced.map((m) => `${m.id} (${m.pace!.leadTimeYears} y lead, ${(m.pace!.maxShareOfPotentialPerYear * 100).toFixed(0)} %/y)`))}`,
      units: ['build', 'stock'],
      reduces: true,
      measureIds: paced.map((m) => m.id),
      relax: (d) => ({ ...d, measures: d.measures.map(({ pace: _p, ...m }) => m) }),
    });
  }
  const g = data.gridConnection;
  if (data.years.some((y) => Number.isFinite(g.headroomKw[y] ?? Infinity) || Number.isFinite(g.connectionKw[y] ?? Infinity))) {
    const open = Object.fromEntries(data.years.map((y) => [y, Infinity]));
    out.push({
      id: 'grid_connection',
      kind: 'grid_connection',
      field: `${factoryPath}.site.gridConnectionKva`,
      what: `the grid connection is ${Math.round(data.factory.site.gridConnectionKva).toLocaleString('en-US')} kVA`,
      units: ['grid_connection', 'hourly_connection'],
      reduces: true,
      measureIds: [],
      relax: (d) => ({ ...d, gridConnection: { ...d.gridConnection, connectionKw: open, headroomKw: open } }),
    });
  }
  const sized = data.measures.filter((m) => m.maxUnits !== undefined);
  if (sized.length > 0) {
    out.push({
      id: 'max_size',
      kind: 'max_size',
      field: 'measures.custom[].maxUnits',
      what: `installed sizes are capped (${list(sized.map((m) => m.id))})`,
      units: ['stock', 'green_purchases'],
      reduces: true,
      measureIds: sized.map((m) => m.id),
      relax: (d) => ({ ...d, measures: d.measures.map(({ maxUnits: _u, ...m }) => m) }),
    });
  }
  if (data.selfConsumptionShare < 1 && data.measures.some((m) => m.effect.kind === 'onsite_generation')) {
    out.push({
      id: 'self_consumption',
      kind: 'self_consumption',
      field: 'assumptions.selfConsumptionShareOfLoadFraction',
      what: `on-site generation may serve at most ${(data.selfConsumptionShare * 100).toFixed(0)} % of electricity use`,
      units: ['onsite_generation'],
      reduces: true,
      measureIds: [],
      relax: (d) => ({ ...d, selfConsumptionShare: 1 }),
    });
  }
  if (data.policy.capexBudgetRmb !== undefined) {
    out.push({
      id: 'capex_budget',
      kind: 'capex_budget',
      field: 'policy.capexBudgetRmb',
      what: 'the yearly capex budget limits what can be built',
      units: ['capex_budget'],
      reduces: true,
      measureIds: [],
      relax: (d) => {
        const { capexBudgetRmb: _b, ...policy } = d.policy;
        return { ...d, policy: policy as FactoryData['policy'] };
      },
    });
  }

  // Offsets: only for the residual under the guidance (减排为主、抵销为辅), so they rank after any reduction that explains as much.
  const cappedYears = data.years.filter((y) => data.capTco2[y] !== undefined);
  if (data.offsetProducts.length === 0) {
    const products = catalogue(data).offsets;
    if (products.length > 0) {
      out.push({
        id: 'offset_products',
        kind: 'offset_products',
        field: 'policy.allowedOffsetProducts',
        what: 'no offset product is allowed',
        units: ['offsets'],
        reduces: false,
        measureIds: [],
        relax: (d) => ({ ...d, offsetProducts: products, policy: { ...d.policy, allowedOffsetProducts: products.map((o) => o.id) } }),
      });
    }
  } else {
    if (data.policy.offsetShareCapFraction < 1) {
      out.push({
        id: 'offset_cap',
        kind: 'offset_cap',
        field: 'policy.offsetShareCapFraction',
        what: `offsets are capped at ${(data.policy.offsetShareCapFraction * 100).toFixed(0)} % of base-year gross emissions`,
        units: ['offsets'],
        reduces: false,
        measureIds: [],
        relax: (d) => ({ ...d, policy: { ...d.policy, offsetShareCapFraction: 1 } }),
      });
    }
    const closed = cappedYears.filter((y) => !offsetsAllowed(data.policy, data.targetYear, y));
    if (closed.length > 0) {
      out.push({
        id: 'offset_years',
        kind: 'offset_years',
        field: 'policy.offsetYears',
        what: `offsets are not allowed in ${closed.join(', ')}`,
        units: ['offsets'],
        reduces: false,
        measureIds: [],
        relax: (d) => ({ ...d, policy: { ...d.policy, offsetYears: 'all' } }),
      });
    }
  }
  return out;
}
