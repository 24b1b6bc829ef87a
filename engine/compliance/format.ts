/** Metric values and thresholds as short text, in English or Chinese (shared by the check, the CLI and the report). */
import { METRICS, type MetricId } from '../data/compliance/metrics.ts';

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
