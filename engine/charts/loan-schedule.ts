/** Loan schedule: drawdown, closing balance, principal and interest as grouped bars; DSCR as a line on a second axis. */
import { LOAN_SERIES } from './labels.ts';
import type { LoanScheduleRow } from './rows/types.ts';
import { hasValues, measuredLegend, measuredLimit, noValuesChart } from './sizing.ts';
import { MRMB, colourScale, frame, langOf, sizeOf, tr, type ChartOptions, type Layer, type Spec } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export interface LoanChartOptions extends ChartOptions {
  /** The covenant's minimum DSCR, drawn as a dashed line on the DSCR axis. */
  readonly targetDscr?: number;
}

const BAR_SERIES = ['drawdown', 'balance', 'principal', 'interest'] as const;

export function loanScheduleChart(rows: readonly LoanScheduleRow[], options?: LoanChartOptions): Spec {
  const lang = langOf(options);
  const label = (id: keyof typeof LOAN_SERIES) => tr(lang, LOAN_SERIES[id]);
  const pick = { drawdown: (r: LoanScheduleRow) => r.drawdownRmb, balance: (r: LoanScheduleRow) => r.balanceRmb, principal: (r: LoanScheduleRow) => r.principalRmb, interest: (r: LoanScheduleRow) => r.interestRmb };
  const bars = rows.flatMap((r) => BAR_SERIES.map((id, order) => ({ year: r.year, series: label(id), order, amountMrmb: pick[id](r) / MRMB })));
  const dscr = rows.flatMap((r) => (r.dscr === null ? [] : [{ year: r.year, series: label('dscr'), dscr: r.dscr }]));
  const colour = colourScale([...BAR_SERIES, 'dscr' as const].map((id) => ({ id, label: label(id) })));
  const x = { field: 'year', type: 'ordinal', title: tr(lang, UNITS.year), axis: { labelAngle: 0 } } as const;
  const color = { field: 'series', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) } as const;
  const dscrAxis = { field: 'dscr', type: 'quantitative', title: tr(lang, UNITS.dscr), axis: { orient: 'right' }, scale: { zero: true } } as const;
  const dscrLayers: Layer[] = [
    {
      data: { values: dscr },
      mark: { type: 'line', point: true },
      encoding: { x, y: dscrAxis, color, tooltip: [{ field: 'year' }, { field: 'dscr', type: 'quantitative', format: ',.2f' }] },
    },
  ];
  if (options?.targetDscr !== undefined) {
    dscrLayers.push({
      data: { values: [{ dscr: options.targetDscr, label: `${label('target')} ${options.targetDscr.toFixed(2)}` }] },
      layer: [
        { mark: { type: 'rule', color: '#e15759', strokeDash: [6, 4] }, encoding: { y: dscrAxis } },
        { mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, color: '#e15759', x: 'width' }, encoding: { y: { field: 'dscr', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } } },
      ],
    });
  }
  if (!hasValues(bars.map((b) => b.amountMrmb))) return noValuesChart(TITLES.loan_schedule, options);
  return {
    ...frame(TITLES.loan_schedule, options),
    ...sizeOf(options),
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          x,
          xOffset: { field: 'series', type: 'nominal', sort: colour.domain },
          y: { field: 'amountMrmb', type: 'quantitative', title: tr(lang, UNITS.loanMrmb) },
          color,
          tooltip: [{ field: 'year' }, { field: 'series' }, { field: 'amountMrmb', type: 'quantitative', format: ',.2f' }],
        },
      },
      { layer: dscrLayers },
    ],
    resolve: { scale: { y: 'independent' } },
  };
}
