/**
 * The site's market and grid limits as plain numbers per year, prepared from the reference data for
 * the factory's province and connection: what its PV may export and at what price (by project
 * class), and how much the grid connection can carry. Read by the annual formulation units
 * (pv_export_rules, grid_connection) and by any finer-grained layer.
 */
import {
  CONNECTION_POWER_FACTOR, FLEET_CHARGING_HOURS, NEW_PROCESS_LOAD_HOURS, PV_DC_AC_RATIO, SECTOR_ELECTRIC_LOAD_FACTOR,
} from '../data/reference/grid-connection.ts';
import {
  GENERAL_CI_MAX_KWP, inferConnectionVoltageKv, largeCiMaxKwp, newPvExportPriceRmbPerMwh, pvExportTerms,
  type PvProjectClass,
} from '../data/reference/pv-export-rules.ts';
import type { Factory } from '../data/schemas/scenario.ts';
import type { YearSeries } from '../data/year-series.ts';

export interface PvExportData {
  /** Price paid for exported on-site generation, RMB/MWh. */
  readonly priceRmbPerMwh: YearSeries;
  /** Largest general C&I project, kWp. */
  readonly generalCiMaxKwp: number;
  /** Largest large C&I project the site's connection voltage allows, kWp (0: general C&I only). */
  readonly largeCiMaxKwp: number;
  /** Highest exported share of PV generation, by project class. */
  readonly maxExportShareFraction: Readonly<Record<PvProjectClass, YearSeries>>;
  /** The class the scenario fixes, or null when the PV size decides it. */
  readonly fixedClass: PvProjectClass | null;
  readonly connectionVoltageKv: number;
  /** The rules applied, in words. */
  readonly basis: Readonly<Record<PvProjectClass, string>>;
}

export interface GridConnectionData {
  /** Real power the contracted connection carries, kW (kVA × power factor). */
  readonly connectionKw: YearSeries;
  /** Peak import of the baseline electric end-uses, kW (their energy ÷ (8,760 h × load factor)), with output growth. */
  readonly basePeakKw: YearSeries;
  /** Connection left for new electric load, kW (never below 0: a site already at its limit is taken to run). */
  readonly headroomKw: YearSeries;
  readonly powerFactor: number;
  readonly loadFactor: number;
  /** kWp of PV per kW of inverter output, for the export side of the connection. */
  readonly pvDcAcRatio: number;
  /** Full-load hours of new electric process load (EAF, electrolysers, capture), for its peak. */
  readonly processLoadHours: number;
  /** Charging hours of electric fleets (measures sized in vehicles), for their peak. */
  readonly fleetChargingHours: number;
}

const flat = (years: readonly number[], v: number): YearSeries => Object.fromEntries(years.map((y) => [y, v]));

export function pvExportData(factory: Factory, years: readonly number[], priceOverride: YearSeries | undefined): PvExportData {
  const voltage = factory.site.connectionVoltageKv ?? inferConnectionVoltageKv(factory.site.gridConnectionKva);
  const override = factory.site.pv.maxExportShareFraction;
  const terms = (cls: PvProjectClass) => pvExportTerms(factory.province, cls);
  const share = (cls: PvProjectClass) => flat(years, override ?? terms(cls).maxExportShareFraction);
  const price = priceOverride ?? flat(years, newPvExportPriceRmbPerMwh(factory.province));
  return {
    priceRmbPerMwh: price,
    generalCiMaxKwp: GENERAL_CI_MAX_KWP.value,
    largeCiMaxKwp: largeCiMaxKwp(voltage),
    maxExportShareFraction: { general_ci: share('general_ci'), large_ci: share('large_ci') },
    fixedClass: factory.site.pv.projectClass ?? null,
    connectionVoltageKv: voltage,
    basis: {
      general_ci: override === undefined ? terms('general_ci').basis : `site override: export ≤ ${override * 100} % of generation`,
      large_ci: override === undefined ? terms('large_ci').basis : `site override: export ≤ ${override * 100} % of generation`,
    },
  };
}

export function gridConnectionData(factory: Factory, years: readonly number[], growth: YearSeries): GridConnectionData {
  const pf = CONNECTION_POWER_FACTOR.value;
  const lf = SECTOR_ELECTRIC_LOAD_FACTOR[factory.sector].value;
  const baseElectricMwh = factory.inventory.energy
    .filter((e) => e.carrier === 'electricity')
    .reduce((s, e) => s + e.energyMwh, 0);
  const connectionKw = factory.site.gridConnectionKva * pf;
  const basePeakKw = Object.fromEntries(years.map((y) => [y, (baseElectricMwh * (growth[y] ?? 1) * 1000) / (8760 * lf)]));
  return {
    connectionKw: flat(years, connectionKw),
    basePeakKw,
    headroomKw: Object.fromEntries(years.map((y) => [y, Math.max(0, connectionKw - basePeakKw[y]!)])),
    powerFactor: pf,
    loadFactor: lf,
    pvDcAcRatio: PV_DC_AC_RATIO.value,
    processLoadHours: NEW_PROCESS_LOAD_HOURS.value,
    fleetChargingHours: FLEET_CHARGING_HOURS.value,
  };
}
