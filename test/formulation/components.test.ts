/**
 * The context records each row's and column's component (block and keys) and the unit that made
 * it; the names in the model are exactly those components' names, so a diagnosis can ask the unit
 * instead of parsing names.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { componentName } from '../../engine/formulation/context.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('recorded components', () => {
  it('name every row and column of a bundled model exactly as the model does, with the unit that made it', () => {
    const loaded = loadScenarioData(parseYaml(readFileSync(`${ROOT}scenarios/machinery-jiangsu.yaml`, 'utf8')));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const data = prepareFactoryData(loaded.value, loaded.value.factories[0]!);
    const { model, ctx } = buildPathwayModel(data, { capShortfall: true, objective: 'min_shortfall' });
    expect(ctx.rowComponent.length).toBe(model.rowNames.length);
    expect(ctx.colComponent.length).toBe(model.colNames.length);
    ctx.rowComponent.forEach((c, i) => expect(componentName(c.block, ...c.keys)).toBe(model.rowNames[i]));
    ctx.colComponent.forEach((c, j) => expect(componentName(c.block, ...c.keys)).toBe(model.colNames[j]));
    expect(ctx.rowUnit[ctx.rowComponent.findIndex((c) => c.block === 'roof_area')]).toBe('site_area');
    expect(ctx.colUnit[ctx.colComponent.findIndex((c) => c.block === 'build')]).toBe('build');
  });
});
