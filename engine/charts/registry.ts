/**
 * The chart kinds: stable snake_case ids, their titles, the result each applies to, and one entry
 * point from a result to a spec (what the API, the CLI and notebooks call).
 */
import type { YearInventory } from '../accounting/inventory.ts';
import type { LoanResult } from '../finance/types.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import type { RolloutResult } from '../rollout/rollout.ts';
import type { MonteCarloResult } from '../simulation/monte-carlo.ts';
import type { SensitivityResult } from '../simulation/sensitivity.ts';
import type { StochasticResult } from '../stochastic/types.ts';
import { abatementWedgesChart } from './abatement-wedges.ts';
import { capexByYearChart } from './capex-by-year.ts';
import { costWaterfallChart } from './cost-waterfall.ts';
import { emissionsPathwayChart } from './emissions-pathway.ts';
import { dispatchChart } from './dispatch.ts';
import { energyMixChart } from './energy-mix.ts';
import { loanScheduleChart } from './loan-schedule.ts';
import { macCurveChart } from './mac-curve.ts';
import { mcFanChart } from './mc-fan.ts';
import { mcHistogramChart } from './mc-histogram.ts';
import { planComparisonChart } from './plan-comparison.ts';
import { rolloutPathwayChart } from './rollout-pathway.ts';
import { planComparisonRows, type ComparisonRun } from './rows/comparison.ts';
import { dispatchRows } from './rows/dispatch.ts';
import { loanRows } from './rows/finance.ts';
import { abatementWedgeRows, capexRows, costWaterfallRows, emissionsPathwayRows, energyMixRows, macRows } from './rows/plan.ts';
import { rolloutPathwayRows } from './rows/rollout.ts';
import { trackingPathRows, varianceWedgeRows, type TrackChartInput } from './rows/tracking.ts';
import { planVsActualChart } from './plan-vs-actual.ts';
import { mcFanRows, mcHistogramRows, tornadoRows } from './rows/simulation.ts';
import type { ChartOptions, Spec, Text } from './theme.ts';
import { TITLES } from './titles.ts';
import { tornadoChart } from './tornado.ts';
import { stochasticCostRows, stochasticExpectedRows } from './rows/stochastic.ts';
import { stochasticCostChart } from './stochastic-cost.ts';

/** What a chart is drawn from. */
export type ChartSource =
  | {
      readonly kind: 'factory_plan';
      readonly plan: FactoryPlan;
      /** The factory's baseline inventory (`factoryBaseline`): needed for abatement wedges. */
      readonly baseline?: { readonly years: readonly YearInventory[] };
    }
  | { readonly kind: 'monte_carlo'; readonly result: MonteCarloResult }
  | { readonly kind: 'sensitivity'; readonly result: SensitivityResult }
  | { readonly kind: 'rollout'; readonly result: RolloutResult }
  /** 2–10 runs (scenarios or plans) side by side. */
  | { readonly kind: 'comparison'; readonly runs: readonly ComparisonRun[] }
  | { readonly kind: 'loan'; readonly loan: LoanResult | null }
  /** A tracking run: plan, actuals, re-plan and the variance wedges. */
  | { readonly kind: 'tracking'; readonly track: TrackChartInput }
  /** A two-stage stochastic plan: both plans' costs across the scenarios. */
  | { readonly kind: 'stochastic'; readonly result: StochasticResult };

export type ChartSourceKind = ChartSource['kind'];

export interface ChartKindInfo {
  readonly id: string;
  readonly title: Text;
  readonly appliesTo: ChartSourceKind;
  readonly description: string;
}

const kind = (id: keyof typeof TITLES, appliesTo: ChartSourceKind, description: string) => ({ id, title: TITLES[id], appliesTo, description }) as const;

export const CHART_KINDS = {
  emissions_pathway: kind('emissions_pathway', 'factory_plan', 'Net emissions by year with the cap/target path, Scope 1, Scope 2 and offsets (tCO2/yr).'),
  abatement_wedges: kind('abatement_wedges', 'factory_plan', 'Emissions avoided against the baseline by lever, stacked on the remaining net emissions (tCO2/yr); needs the baseline inventory.'),
  capex_by_year: kind('capex_by_year', 'factory_plan', 'Cash capex by year, stacked by measure category (million RMB).'),
  energy_mix: kind('energy_mix', 'factory_plan', 'Final energy by source and year: grid, green power, certificates, on-site self-consumed, fuels by carrier (MWh/yr).'),
  mac_curve: kind('mac_curve', 'factory_plan', 'Marginal abatement cost curve in the target year: bar width = abatement (tCO2/yr), height = cost (RMB/tCO2).'),
  cost_waterfall: kind('cost_waterfall', 'factory_plan', 'Undiscounted cost over the horizon by category, stepping to the total (million RMB).'),
  mc_fan: kind('mc_fan', 'monte_carlo', 'P5–P95 band and median per year of net emissions (tCO2/yr) or, with metric "cost", of cost (million RMB/yr).'),
  mc_histogram: kind('mc_histogram', 'monte_carlo', 'Distribution of the discounted total cost over draws (million RMB).'),
  tornado: kind('tornado', 'sensitivity', 'Change of total cost (million RMB) or, with metric "shadow_price", of the carbon shadow price (RMB/tCO2), at each input\'s low and high value.'),
  rollout_pathway: kind('rollout_pathway', 'rollout', 'Net emissions by year, stacked by sector (tCO2/yr).'),
  plan_comparison: kind('plan_comparison', 'comparison', 'Runs side by side: discounted cost, target-year net emissions, capex, carbon shadow price, offsets.'),
  dispatch: kind('dispatch', 'factory_plan', 'One representative day of a plan solved on representative days: supply by source vs load (MW), battery charge and state of charge (MWh), tariff bands; options year and day.'),
  loan_schedule: kind('loan_schedule', 'loan', 'Drawdown, balance, principal and interest by year (million RMB) with DSCR on a second axis.'),
  plan_vs_actual: kind('plan_vs_actual', 'tracking', 'Net emissions of the original plan, the actual years, the re-plan and the cap (tCO2/yr); below, each tracked year\'s variance against the plan in wedges.'),
  stochastic_cost: kind('stochastic_cost', 'stochastic', 'Cumulative distribution of discounted cost across the scenarios for the stochastic and the deterministic plan, expected costs dashed (million RMB).'),
} as const satisfies Record<string, ChartKindInfo>;

export type ChartKind = keyof typeof CHART_KINDS;
export const CHART_KIND_IDS = Object.keys(CHART_KINDS) as ChartKind[];

export const isChartKind = (s: string): s is ChartKind => Object.hasOwn(CHART_KINDS, s);

export interface BuildChartOptions extends ChartOptions {
  /** mc_fan: 'net_emissions' (default) or 'cost'; tornado: 'cost' (default) or 'shadow_price'. */
  readonly metric?: 'cost' | 'net_emissions' | 'shadow_price';
  /** loan_schedule: the covenant's minimum DSCR. */
  readonly targetDscr?: number;
  /** dispatch: the year (default the last) and representative day id (default a summer working day). */
  readonly year?: number;
  readonly day?: string;
}

/** The kinds that can be drawn from a source (abatement wedges only with a baseline, a loan schedule only for a sized loan). */
export function chartKindsFor(source: ChartSource): ChartKind[] {
  return CHART_KIND_IDS.filter((k) => {
    if (CHART_KINDS[k].appliesTo !== source.kind) return false;
    if (source.kind === 'factory_plan' && k === 'abatement_wedges') return source.baseline !== undefined;
    if (source.kind === 'factory_plan' && k === 'dispatch') return (source.plan.hourly?.dispatch.length ?? 0) > 0;
    if (source.kind === 'loan') return source.loan !== null && source.loan.status === 'sized';
    return true;
  });
}

/** The Vega-Lite spec of a chart kind from a source; null when the kind does not apply to it. */
export function buildChart(kind: ChartKind, source: ChartSource, options: BuildChartOptions = {}): Spec | null {
  if (!chartKindsFor(source).includes(kind)) return null;
  switch (source.kind) {
    case 'factory_plan': {
      const { plan } = source;
      const o = { ...options, subtitle: options.subtitle ?? plan.name };
      switch (kind) {
        case 'emissions_pathway':
          return emissionsPathwayChart(emissionsPathwayRows(plan), o);
        case 'abatement_wedges':
          return source.baseline === undefined ? null : abatementWedgesChart(abatementWedgeRows(plan, source.baseline), o);
        case 'capex_by_year':
          return capexByYearChart(capexRows(plan), o);
        case 'energy_mix':
          return energyMixChart(energyMixRows(plan), o);
        case 'mac_curve':
          return macCurveChart(macRows(plan), { ...o, referencePriceRmbPerTco2: plan.carbonShadowPriceRmbPerTco2 });
        case 'cost_waterfall':
          return costWaterfallChart(costWaterfallRows(plan), o);
        case 'dispatch': {
          const rows = dispatchRows(plan, { ...(options.year !== undefined ? { year: options.year } : {}), ...(options.day !== undefined ? { day: options.day } : {}) });
          return rows === null ? null : dispatchChart(rows, o);
        }
        default:
          return null;
      }
    }
    case 'monte_carlo': {
      const o = { ...options, subtitle: options.subtitle ?? source.result.scenarioId };
      if (kind === 'mc_fan') {
        const metric = options.metric === 'cost' ? 'cost' : 'net_emissions';
        return mcFanChart(mcFanRows(source.result, metric), { ...o, metric });
      }
      return kind === 'mc_histogram' ? mcHistogramChart(mcHistogramRows(source.result), o) : null;
    }
    case 'sensitivity': {
      const metric = options.metric === 'shadow_price' ? 'shadow_price' : 'cost';
      return tornadoChart(tornadoRows(source.result, metric), { ...options, subtitle: options.subtitle ?? source.result.scenarioId, metric });
    }
    case 'rollout':
      return rolloutPathwayChart(rolloutPathwayRows(source.result), options);
    case 'comparison':
      return planComparisonChart(planComparisonRows(source.runs), options);
    case 'loan':
      return loanScheduleChart(loanRows(source.loan), options);
    case 'tracking':
      return planVsActualChart(trackingPathRows(source.track), varianceWedgeRows(source.track), options);
    case 'stochastic':
      return stochasticCostChart(stochasticCostRows(source.result), stochasticExpectedRows(source.result), { ...options, subtitle: options.subtitle ?? source.result.scenarioId });
  }
}
