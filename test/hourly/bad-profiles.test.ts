/** Bad hourly inputs give clear errors naming the field (engine/data/schemas/time.ts, engine/data/hourly/validate.ts). */
import { describe, expect, it } from 'vitest';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import { describeError } from '../../engine/errors.ts';
import type { ScenarioFile } from '../../engine/data/schemas/scenario.ts';
import { battery, FLAT_DAY, hourlyTinyData } from '../helpers/hourly-tiny.ts';

/** The scenario's input form with its one factory's hourly block and its time block, both present. */
type Data = ScenarioFile & { factories: [{ hourly: NonNullable<ScenarioFile['factories'][number]['hourly']> }]; time: NonNullable<ScenarioFile['time']> };

function issues(edit: (d: Data) => void) {
  const d = hourlyTinyData({ measures: [battery()] }) as Data;
  edit(d);
  const r = loadScenarioData(d, 'bad_hourly');
  if (r.ok) throw new Error('should not load');
  return { issues: r.error.issues ?? [], text: describeError(r.error) };
}
const expectIssue = (edit: (d: Data) => void, path: string, reason: RegExp) => {
  const { issues: list, text } = issues(edit);
  const issue = list.find((i) => i.path === path);
  expect(issue, text).toBeDefined();
  expect(issue!.message).toMatch(reason);
};

describe('bad hourly inputs', () => {
  it('a negative hour', () => {
    const day = new Array<number>(24).fill(1);
    day[5] = -0.2;
    expectIssue((d) => (d.factories[0].hourly.electricLoadProfile = [day]), 'factories[0].hourly.electricLoadProfile[0][5]', /hourly values must be ≥ 0/);
  });

  it('a day of 23 hours', () => {
    expectIssue((d) => (d.factories[0].hourly.pvProfile = [new Array<number>(23).fill(1)]), 'factories[0].hourly.pvProfile[0]', /each day needs 24 hourly values/);
  });

  it('a profile with more days than the scenario has representative days', () => {
    expectIssue((d) => (d.factories[0].hourly.electricLoadProfile = [...FLAT_DAY, ...FLAT_DAY]), 'factories[0].hourly.electricLoadProfile', /has 2 days; this factory has 1 representative days \(day\)/);
  });

  it('a profile of zeros', () => {
    expectIssue((d) => (d.factories[0].hourly.pvProfile = [new Array<number>(24).fill(0)]), 'factories[0].hourly.pvProfile', /every value is 0/);
  });

  it('day weights that do not add up to 365', () => {
    expectIssue(
      (d) => (d.time.representativeDays = [{ id: 'work', months: [6], dayType: 'workday', weightDays: 250 }, { id: 'rest', months: [6], dayType: 'rest_day', weightDays: 100 }]),
      'time.representativeDays',
      /day weights add up to 350 days; they must add up to 365/,
    );
  });

  it('a month outside 1–12', () => {
    expectIssue((d) => (d.time.representativeDays = [{ id: 'day', months: [13], dayType: 'workday', weightDays: 365 }]), 'time.representativeDays[0].months[0]', /months are 1–12/);
  });

  it('more representative days than days in a year (a bounded model for any request)', () => {
    const days = Array.from({ length: 367 }, (_, i) => ({ id: `d${i}`, months: [1], dayType: 'workday' as const, weightDays: 365 / 367 }));
    expectIssue((d) => (d.time.representativeDays = days), 'time.representativeDays', /at most 366 representative days/);
  });
});
