/**
 * Rollout templates: one scenario per sector, built from the sector archetype and the policy wave
 * of the guidance (targets in 2027 for the first group, 2030 for heavy industry). Heavy sectors
 * get the near-zero thresholds of their bundled scenarios (scenarios/README.md): net zero is out of
 * reach with the catalogue by 2030 there.
 *
 * Rollouts build counted equipment (trucks, forklifts, boilers, kilns) in continuous sizes
 * (`measures.wholeUnits: false`): a fraction of a truck per plant averages out over a population, and the
 * integer counts made a 1,500-factory machinery rollout 3.7× slower (91.7 s against 24.9 s on 2 busy
 * cores; the single-plant optimiser keeps whole units).
 */
import type { TimeResolution } from '../data/schemas/time.ts';
import { ARCHETYPES } from '../data/archetypes/index.ts';
import { loadScenarioData } from '../data/load-scenario.ts';
import type { Scenario } from '../data/schemas/scenario.ts';
import { SECTORS, type SectorId } from '../data/sectors.ts';
import type { Result } from '../errors.ts';

/** ASSUMPTION (mirrors scenarios/*.yaml): net target as a share of base-year gross, by sector. */
export const ROLLOUT_NET_TARGET_FRACTION: Readonly<Record<SectorId, number>> = {
  automotive: 0,
  lithium_battery: 0,
  photovoltaic: 0,
  electronics: 0,
  light_industry: 0,
  machinery: 0,
  data_centre: 0,
  steel: 0.3,
  non_ferrous: 0.2,
  chemicals: 0.2,
  building_materials: 0.4,
  textiles: 0,
};

export interface TemplateOptions {
  readonly endYear?: number;
  /** Override the wave's target fraction for every sector. */
  readonly netTargetFractionOfBase?: number;
  /** The electricity balance of every template factory (default annual, see below). */
  readonly resolution?: TimeResolution;
}

/** The scenario file of a sector's rollout template (the archetype factory and the wave's target). */
export function sectorTemplateFile(sector: SectorId, o: TemplateOptions = {}) {
  return {
    id: `rollout_${sector}`,
    name: `Rollout template: ${SECTORS[sector].nameEn}`,
    horizon: { startYear: 2026, endYear: o.endYear ?? 2030 },
    // Rollouts balance electricity once a year: on representative days one factory has 14× the rows
    // and takes ≈1.3× as long as an LP, ≈3.5× as a MILP (benchmarks/suites/hourly.ts), and a rollout
    // reads sector totals, not storage dispatch; `resolution` chooses representative days instead.
    time: { resolution: o.resolution ?? 'annual' },
    factories: [ARCHETYPES[sector].factory],
    measures: { wholeUnits: false },
    policy: {
      targetYear: SECTORS[sector].waveYear,
      netTargetFractionOfBase: o.netTargetFractionOfBase ?? ROLLOUT_NET_TARGET_FRACTION[sector],
      // Mirrors scenarios/steel-hebei.yaml: an EAF shop takes two years (its pace), so steel caps only its target year.
      capPath: sector === 'steel' ? 'target_year_only' : 'linear',
    },
  };
}

export function sectorTemplate(sector: SectorId, o: TemplateOptions = {}): Result<Scenario> {
  return loadScenarioData(sectorTemplateFile(sector, o), `archetype:${sector}`);
}
