/** The catalogue the dashboard names things with: sectors, provinces and bundled scenarios, in both languages. */
import { api, type BundledScenario, type Province, type Sector } from './api.ts';
import { pick, t } from './i18n.ts';

export interface MeasureName {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly category: string;
}

export interface Catalog {
  readonly sectors: readonly Sector[];
  readonly measures: readonly MeasureName[];
  readonly provinces: readonly Province[];
  readonly scenarios: readonly BundledScenario[];
}

export async function loadCatalog(): Promise<Catalog> {
  const [sectors, provinces, scenarios, measures] = await Promise.all([api.sectors(), api.provinces(), api.scenarios(), api.measures()]);
  return { sectors, provinces, scenarios, measures };
}

export function sectorName(c: Catalog, id: string): string {
  const s = c.sectors.find((x) => x.id === id);
  return s === undefined ? id : pick(s);
}

export function measureName(c: Catalog, id: string): string {
  const m = c.measures.find((x) => x.id === id);
  return m === undefined ? id : pick(m);
}

export function provinceName(c: Catalog, id: string): string {
  const p = c.provinces.find((x) => x.id === id);
  return p === undefined ? id : pick(p);
}

/** "Automotive · Shanghai" / "汽车 · 上海" for a bundled scenario's (first) factory. */
export function scenarioPlace(c: Catalog, s: BundledScenario): string {
  const f = s.factories[0];
  if (f === undefined) return '';
  const more = s.factories.length > 1 ? ` (+${s.factories.length - 1})` : '';
  return t('scenario.sectorProvince', { sector: sectorName(c, f.sector), province: provinceName(c, f.province) }) + more;
}

/** How a bundled scenario is listed: place, target year and id (the names in the files are English). */
export function scenarioOption(c: Catalog, s: BundledScenario): string {
  return `${scenarioPlace(c, s)} (${s.targetYear}) · ${s.id}`;
}
