/** `lingtan check` and `lingtan report` end to end: results, and bad input naming the option (exit 2). */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const run = runCli;

describe('lingtan check', () => {
  it('prints the first qualifying year per pack as JSON', async () => {
    const r = await run('check', 'scenarios/light-industry-zhejiang.yaml', '--pack', 'hunan_2025', '--pack', 'cn_ceca_0171', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.packs.map((p: { id: string }) => p.id)).toEqual(['hunan_2025', 'cn_ceca_0171']);
    const [hunan, ceca] = json.factories[0].results;
    expect(hunan.baseline.firstYear).toBeNull();
    expect(hunan.plan.firstYear).toBe(2027);
    expect(ceca.plan.firstYear).toBe(2027);
  }, 30_000);

  it('rejects an unknown pack and a year outside the horizon with exit 2, naming them', async () => {
    const a = await run('check', 'scenarios/machinery-jiangsu.yaml', '--pack', 'atlantis');
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--pack #0: unknown rule pack "atlantis"');
    const b = await run('check', 'scenarios/machinery-jiangsu.yaml', '--year', '2040');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--year: 2040 is outside the horizon 2026–2030');
  }, 30_000);

  it('report: rejects a bad format with exit 2', async () => {
    const r = await run('report', 'scenarios/machinery-jiangsu.yaml', '--format', 'docx', '--out', '/tmp/x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be pdf or html');
  });
});
