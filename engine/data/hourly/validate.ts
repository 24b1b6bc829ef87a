/**
 * Consistency of a scenario's hourly inputs, checked at load time with field paths: a factory's own
 * profiles must have one day per representative day and not be all zero; the tariff must leave a
 * positive energy price; extra storage power must name a storage measure.
 */
import type { Issue } from '../../errors.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { factoryTime, tariffPlan } from './factory-time.ts';

const PROFILES = ['electricLoadProfile', 'heatLoadProfile', 'pvProfile', 'windProfile'] as const;

export function hourlyIssues(s: Scenario): Issue[] {
  if (s.time.resolution === 'annual') return [];
  const issues: Issue[] = [];
  s.factories.forEach((f, i) => {
    const { days } = factoryTime(s, f);
    for (const key of PROFILES) {
      const profile = f.hourly[key];
      if (profile === undefined) continue;
      const path = `factories[${i}].hourly.${key}`;
      if (profile.length !== days.length) {
        issues.push({ path, message: `has ${profile.length} days; this factory has ${days.length} representative days (${days.map((d) => d.id).join(', ')})` });
      } else if (profile.every((day) => day.every((x) => x === 0))) {
        issues.push({ path, message: 'every value is 0: a profile needs some hour above 0' });
      }
    }
    const tariff = tariffPlan(s, f, days);
    if (!(tariff.meanMultiplier > 0)) {
      issues.push({ path: 'assumptions.tariff.bandMultipliers', message: 'every hour would be free: some band multiplier must be above 0' });
      return;
    }
    for (const y of s.years) {
      if (tariff.flatRmbPerMwh[y]! <= 0) {
        const price = s.assumptions.prices.carrierRmbPerMwh.electricity[y]!;
        issues.push({
          path: 'assumptions.prices.carrierRmbPerMwh.electricity',
          message: `${y}: ${+price.toFixed(2)} RMB/MWh is not above the basic charge of a flat load (${+tariff.flatLoadBasicRmbPerMwh[y]!.toFixed(2)} RMB/MWh at the demand price): no energy price is left`,
        });
        break;
      }
    }
  });
  const storage = new Set(s.measures.filter((m) => m.effect.kind === 'storage').map((m) => m.id));
  for (const m of s.measures) {
    if (m.effect.kind === 'storage_power' && !storage.has(m.effect.storageMeasureId)) {
      issues.push({ path: 'measures', message: `${m.id}: storageMeasureId "${m.effect.storageMeasureId}" is not a storage measure on offer (${[...storage].join(', ') || 'none'})` });
    }
  }
  return issues;
}
