/**
 * The grid connection in an annual model: the contracted capacity (kVA) limits the site's peak
 * import and the power its PV can push out. Peaks are estimated from annual energy through load
 * factors; all values here are our assumptions (none was found in the stored sources), stated with
 * their reasoning and overridable where a site knows better.
 */
import type { SectorId } from '../sectors.ts';
import { type Sourced, assumption } from './sourced.ts';

/** Real power per kVA of connection at the assessed power factor. */
export const CONNECTION_POWER_FACTOR: Sourced = assumption(0.9, 'kW/kVA', 2025,
  'Chinese industrial users of ≥160 kVA are assessed against a 0.90 power factor (功率因数调整电费办法, 1983) and size ' +
    'compensation to meet it; 0.9 kW per kVA of contracted capacity is the usable real power.');

/** Ratio of PV modules (kWp) to inverter output (kW AC) on C&I roofs. */
export const PV_DC_AC_RATIO: Sourced = assumption(1.2, 'kWp/kW', 2025,
  'C&I arrays are commonly built at 1.1–1.3 kWp of modules per kW of inverter; the inverter rating is what the ' +
    'connection must carry when the site exports.');

const lf = (v: number, why: string): Sourced =>
  assumption(v, 'mean / peak electric load', 2025, `Annual electric load factor (mean load ÷ peak) of the site. ${why}`);

/** Electric load factor by sector: peak import ≈ annual grid MWh ÷ (8,760 h × load factor). */
export const SECTOR_ELECTRIC_LOAD_FACTOR: Readonly<Record<SectorId, Sourced>> = {
  automotive: lf(0.55, 'Two shifts, 5–6 days a week; paint shop runs longer.'),
  lithium_battery: lf(0.8, 'Formation and ageing run round the clock; dry rooms always on.'),
  photovoltaic: lf(0.8, 'Cell and module lines run three shifts.'),
  electronics: lf(0.6, 'Two to three shifts; clean-room HVAC runs continuously.'),
  light_industry: lf(0.6, 'Seasonal and shift-based (brewing, food, paper).'),
  machinery: lf(0.5, 'One to two shifts; heat treatment and test beds peak.'),
  data_centre: lf(0.85, 'IT load is nearly flat; cooling peaks in summer.'),
  steel: lf(0.8, 'Blast furnace, blowers and ASU continuous; rolling mills cycle.'),
  non_ferrous: lf(0.95, 'Aluminium potlines draw constant current all year.'),
  chemicals: lf(0.9, 'Continuous process plant.'),
  building_materials: lf(0.8, 'Kiln line continuous; raw and cement mills shift to off-peak hours.'),
  textiles: lf(0.7, 'Dyeing and finishing on three shifts, five to six days.'),
};

/** Full-load hours of new electric process load (EAF, electrolysers, capture plant) for its peak. */
export const NEW_PROCESS_LOAD_HOURS: Sourced = assumption(7000, 'h/yr', 2025,
  'Electric furnaces, electrolysers and capture plant run near continuously once built (≈80 % of the year).');

/** Charging hours of electric fleets, for the peak their chargers add. */
export const FLEET_CHARGING_HOURS: Sourced = assumption(2920, 'h/yr', 2025,
  'Fleets charge mostly overnight and in breaks: ≈8 h a day, 365 days (trucks and forklifts of a multi-shift plant).');

/** Capex of raising the connection (new transformer and switchgear, or a user substation), RMB per kVA. */
export const GRID_UPGRADE_CAPEX_RMB_PER_KVA: Sourced = assumption(400, 'RMB/kVA', 2025,
  'A 10 kV capacity increase (transformers, switchgear, cabling) costs ≈150–250 RMB/kVA; a 110 kV user substation with ' +
    'its bay and line ≈20–30 M RMB for 50 MVA, ≈400–600 RMB/kVA. 400 is the middle for the multi-MVA steps these plans need.');
