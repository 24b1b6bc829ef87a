/** `lingtan inventory <scenario> [--json]`: base-year and yearly baseline emissions by scope and source. */
import type { FactoryInventory } from '../../engine/accounting/factory-inventory.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { FUELS } from '../../engine/data/reference/fuels.ts';
import { GRID_REGIONS, PROVINCES } from '../../engine/data/reference/provinces.ts';
import { SECTORS } from '../../engine/data/sectors.ts';
import { EXIT, out, outJson } from '../io.ts';
import { table } from '../table.ts';
import type { Command } from './command.ts';

export interface InventoryJsonYear {
  year: number;
  scope1Tco2: number;
  scope2LocationTco2: number;
  scope2MarketTco2: number;
  processTco2: number;
  /** Scope 1 (incl. process) + Scope 2 by the scenario's method. */
  totalTco2: number;
}

export function inventoryJson(scenario: Scenario, inventories: readonly FactoryInventory[]) {
  const market = scenario.policy.scope2Method === 'market';
  return {
    scenario: scenario.id,
    scope2Method: scenario.policy.scope2Method,
    factories: inventories.map((f) => ({
      id: f.id,
      name: f.name,
      sector: f.sector,
      province: f.province,
      years: f.years.map(
        (y): InventoryJsonYear => ({
          year: y.year,
          scope1Tco2: y.scope1Tco2,
          scope2LocationTco2: y.scope2LocationTco2,
          scope2MarketTco2: y.scope2MarketTco2,
          processTco2: y.processTco2,
          totalTco2: market ? y.totalMarketTco2 : y.totalLocationTco2,
        }),
      ),
    })),
  };
}

function renderFactory(scenario: Scenario, f: FactoryInventory): string {
  const sector = SECTORS[f.sector];
  const province = PROVINCES[f.province];
  const region = GRID_REGIONS[province.gridRegion];
  const market = scenario.policy.scope2Method === 'market';
  const yearly = table(
    ['year', 'output', 'scope 1 fuel', 'process', 'scope 1', 'scope 2 loc.', 'scope 2 mkt.', `total (${market ? 'mkt.' : 'loc.'})`, 'tCO2/unit'],
    f.years.map((y) => [
      String(y.year),
      y.output,
      y.scope1FuelTco2,
      y.processTco2,
      y.scope1Tco2,
      y.scope2LocationTco2,
      y.scope2MarketTco2,
      market ? y.totalMarketTco2 : y.totalLocationTco2,
      ((market ? y.totalMarketTco2 : y.totalLocationTco2) / (y.output || 1)).toPrecision(3),
    ]),
  );
  const base = f.years[0]!;
  const sources = table(
    ['source (base year)', 'scope', 'energy MWh', 'tCO2 (loc.)'],
    [
      ...base.byCarrier.map((c) => [`${FUELS[c.carrier].nameZh} ${FUELS[c.carrier].nameEn}`, c.scope, c.energyMwh, c.emissionsTco2]),
      ['工艺过程 Process', 'scope1', 0, base.processTco2],
    ],
  );
  return [
    `${f.name} (${f.id})`,
    `  ${sector.nameZh} ${sector.nameEn} · ${province.nameZh} ${province.nameEn} · ${region.nameZh} ${region.nameEn} grid · output in ${f.outputUnit}`,
    `  Baseline emissions, tCO2 (no new measures; output growth applied)`,
    indent(yearly),
    '',
    indent(sources),
    `  grid factor ${base.year}: ${base.gridNote}`,
  ].join('\n');
}

const indent = (s: string) => s.split('\n').map((l) => `  ${l}`).join('\n');

export const inventoryCommand: Command = {
  name: 'inventory',
  summary: 'Base-year and yearly baseline emissions by scope and source (GB/T 32150 accounting).',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON)' }],
  flags: { json: { type: 'boolean', description: 'print JSON instead of tables' }, },
  async run(positionals, options) {
    const [{ scenarioArgument }, { scenarioBaseline }] = await Promise.all([import('../read-scenario.ts'), import('../../engine/accounting/factory-inventory.ts')]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    const inventories = scenarioBaseline(scenario);
    if (options['json'] === true) outJson(inventoryJson(scenario, inventories));
    else out([`Scenario ${scenario.name} (${scenario.id})`, ...inventories.map((f) => renderFactory(scenario, f))].join('\n\n'));
    return EXIT.ok;
  },
};
