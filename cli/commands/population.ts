/** `lingtan population --sector <s> --count N [--seed S] [--json]`: a synthetic population (CSV by default). */
import { SECTOR_IDS, type SectorId } from '../../engine/data/sectors.ts';
import { err, EXIT, out, outJson } from '../io.ts';
import { intOption } from '../options.ts';
import type { Command } from './command.ts';

export const populationCommand: Command = {
  name: 'population',
  summary: 'Synthesise a seeded population of factories from a sector archetype (CSV on stdout).',
  positionals: [],
  flags: {
    sector: { type: 'string', value: 'SECTOR', defaultText: 'required', description: `sector archetype: ${SECTOR_IDS.join(', ')}` },
    count: { type: 'string', value: 'N', defaultText: 'required', description: 'number of factories' },
    seed: { type: 'string', value: 'S', default: '1', description: 'random seed' },
    json: { type: 'boolean', description: 'print JSON rows instead of CSV' },
  },
  async run(_positionals, options) {
    const sector = options['sector'];
    if (typeof sector !== 'string' || !(SECTOR_IDS as readonly string[]).includes(sector)) {
      err(`error: --sector must be one of ${SECTOR_IDS.join(', ')}`);
      return EXIT.badInput;
    }
    const count = intOption(options, 'count', 1);
    const seed = intOption(options, 'seed', 0);
    if (!count.ok || count.value === undefined) return (err(`error: ${count.ok ? '--count is required' : count.message}`), EXIT.badInput);
    if (!seed.ok) return (err(`error: ${seed.message}`), EXIT.badInput);
    const { synthesisePopulation, populationCsv } = await import('../../engine/rollout/population.ts');
    const rows = synthesisePopulation(sector as SectorId, count.value, seed.value ?? 1);
    if (options['json'] === true) outJson(rows);
    else out(populationCsv(rows));
    return EXIT.ok;
  },
};
