/**
 * The site's grid connection and export rules as the hourly model reads them, in one place so they
 * can follow FactoryData when it gains its own fields for them (issue 15: project class, export
 * share, price basis, connection limit). Today: the connection limits import and export to
 * kVA × power factor; exports earn the scenario's export price, with no share limit.
 */
import { CONNECTION_POWER_FACTOR } from '../../data/reference/time-of-use.ts';
import type { FactoryData } from '../factory-data.ts';

export interface GridConnection {
  readonly kva: number;
  /** Largest import in any hour, MW (MWh per hour). */
  readonly importLimitMw: number;
}

export interface ExportRules {
  /** Price of exported on-site generation by year, RMB/MWh. */
  readonly priceRmbPerMwh: Readonly<Record<number, number>>;
  /** Largest export in any hour, MW. */
  readonly limitMw: number;
  /** At most this share of a year's on-site generation may be exported; null: no share limit. */
  readonly maxShareOfGeneration: number | null;
}

type SiteInputs = Pick<FactoryData, 'factory' | 'exportRmbPerMwh'>;

export function gridConnection(data: SiteInputs): GridConnection {
  const kva = data.factory.site.gridConnectionKva;
  return { kva, importLimitMw: (kva * CONNECTION_POWER_FACTOR.value) / 1000 };
}

export function exportRules(data: SiteInputs): ExportRules {
  return { priceRmbPerMwh: data.exportRmbPerMwh, limitMw: gridConnection(data).importLimitMw, maxShareOfGeneration: null };
}
