/** Metric values and thresholds as short text, in English or Chinese (shared by the check, the diagnosis, the CLI, the report and the dashboard). */
import { METRICS, type MetricId, type ThresholdOp } from './metrics.ts';

export type Lang = 'en' | 'zh';

const YES_NO = { en: ['yes', 'no'], zh: ['是', '否'] } as const;

export function formatMetric(metric: MetricId, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  const unit = METRICS[metric].unit;
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (Array.isArray(value)) return value.length === 0 ? (lang === 'zh' ? '无' : 'none') : value.join(', ');
  if (typeof value === 'number') {
    if (unit === 'fraction') return `${(value * 100).toFixed(value !== 0 && Math.abs(value) < 0.1 ? 1 : 0)} %`;
    if (unit === 'ratio') return `${value.toFixed(2)}×`;
    return `${value.toFixed(2)} ${unit}`;
  }
  return String(value);
}

/** A threshold's operator as a criterion that meets it reads ("42 % ≥ 35 %"), and as one that does not ("28 % < 35 %"). */
export const SATISFIED: Readonly<Record<ThresholdOp, string>> = { '>=': '≥', '<=': '≤', '>': '>', '==': '=', in: 'in', subset_of: 'within' };
export const VIOLATED: Readonly<Record<ThresholdOp, string>> = { '>=': '<', '<=': '>', '>': '≤', '==': '≠', in: 'not in', subset_of: 'not within' };
