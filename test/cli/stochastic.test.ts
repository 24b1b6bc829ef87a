/** `lingtan stochastic`: the hand-solved newsvendor end to end, and bad input exits 2 naming the flag and field. */
import { describe, expect, it } from 'vitest';
import type { StochasticResult } from '../../engine/stochastic/types.ts';
import { runCli } from '../helpers/run-cli.ts';

const NEWSVENDOR = 'test/fixtures/scenarios/newsvendor-stochastic.yaml';

describe('lingtan stochastic', () => {
  it('plans the newsvendor: first stage 1,000, VSS 37,500, EVPI 25,000 (test/stochastic/newsvendor.test.ts)', async () => {
    const r = await runCli('stochastic', NEWSVENDOR, '--sampling', 'enumerate', '--workers', '1', '--json');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as StochasticResult;
    expect(v.firstStage['tiny_factory.build[eff,2026]']).toBeCloseTo(1000, 4);
    expect(v.vssRmb).toBeCloseTo(37_500, 2);
    expect(v.evpiRmb).toBeCloseTo(25_000, 2);
  }, 60_000);

  it('exits 2 on bad input, naming the file, the flag and the field', async () => {
    const alpha = await runCli('stochastic', NEWSVENDOR, '--cvar-alpha', '1', '--cvar-weight', '0.5');
    expect(alpha.code).toBe(2);
    expect(alpha.stderr).toContain(NEWSVENDOR);
    expect(alpha.stderr).toContain('--cvar-alpha (cvar.alphaFraction): alpha must lie strictly between 0 and 1');
    const none = await runCli('stochastic', 'test/fixtures/scenarios/hand-computed.yaml');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('uncertainty.inputs: the scenario declares no uncertain inputs');
  }, 60_000);
});
