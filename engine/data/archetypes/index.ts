/**
 * Sector archetypes: one typical factory per sector (all 12 sector ids), as data. Each file documents
 * which numbers are sourced and which are assumptions; `archetype-schema.ts` holds the zod schema and
 * the seeded size distribution used for population synthesis; `rough-inventory.ts` a rough check.
 */
import type { SectorId } from '../sectors.ts';
import type { Archetype } from './archetype-schema.ts';
import { AUTOMOTIVE_ARCHETYPE } from './automotive.ts';
import { BUILDING_MATERIALS_ARCHETYPE } from './building-materials.ts';
import { CHEMICALS_ARCHETYPE } from './chemicals.ts';
import { DATA_CENTRE_ARCHETYPE } from './data-centre.ts';
import { ELECTRONICS_ARCHETYPE } from './electronics.ts';
import { LIGHT_INDUSTRY_ARCHETYPE } from './light-industry.ts';
import { LITHIUM_BATTERY_ARCHETYPE } from './lithium-battery.ts';
import { MACHINERY_ARCHETYPE } from './machinery.ts';
import { NON_FERROUS_ARCHETYPE } from './non-ferrous.ts';
import { PHOTOVOLTAIC_ARCHETYPE } from './photovoltaic.ts';
import { STEEL_ARCHETYPE } from './steel.ts';
import { TEXTILES_ARCHETYPE } from './textiles.ts';

export * from './archetype-schema.ts';
export {
  roughBaseYearEmissions, roughGridFactor, rowMwh, type EnergyRowLike, type FactoryLike, type RoughEmissions, type RoughScope2Basis,
} from './rough-inventory.ts';

/** The archetype of every sector. */
export const ARCHETYPES: Readonly<Record<SectorId, Archetype>> = {
  automotive: AUTOMOTIVE_ARCHETYPE,
  lithium_battery: LITHIUM_BATTERY_ARCHETYPE,
  photovoltaic: PHOTOVOLTAIC_ARCHETYPE,
  electronics: ELECTRONICS_ARCHETYPE,
  light_industry: LIGHT_INDUSTRY_ARCHETYPE,
  machinery: MACHINERY_ARCHETYPE,
  data_centre: DATA_CENTRE_ARCHETYPE,
  steel: STEEL_ARCHETYPE,
  non_ferrous: NON_FERROUS_ARCHETYPE,
  chemicals: CHEMICALS_ARCHETYPE,
  building_materials: BUILDING_MATERIALS_ARCHETYPE,
  textiles: TEXTILES_ARCHETYPE,
};
