/**
 * How behind-the-meter batteries operate hour by hour (sources/china-power-market.md §5): round-trip
 * efficiency, usable depth, cycles, duration, and the cost of inverter (PCS) power beyond a
 * product's rated power. Defaults of the storage effect (engine/data/schemas/measure.ts).
 */
import { assumption, derived, sourced } from './sourced.ts';

const CPM = 'shared/reference/china-power-market.md (copied to sources/china-power-market.md)';
const CEC_Q1_2024 = 'https://www.energytrend.com/news/20240517-47041.html ; http://delatsami.com/Arts/1913.html (CEC 2024 Q1 electrochemical storage statistics)';
const CEEC_2025 = 'ess-news.com 2025-06-26 (CEEC 25 GWh tender), via sources/china-power-market.md §5.1';

export const STORAGE_EVIDENCE = {
  fleetConversionEfficiency: sourced(0.89, 'fraction (discharge/charge)', 2024, CEC_Q1_2024, 'medium', 'Fleet conversion efficiency Q1 2024. [S]'),
  fleetComprehensiveEfficiency: sourced(0.83, 'fraction (incl. auxiliaries)', 2024, CEC_Q1_2024, 'medium', '"Comprehensive" efficiency including auxiliaries. [S]'),
  ciEquivalentCyclesPerDay: sourced(0.89, 'equivalent full cycles/day', 2024, CEC_Q1_2024, 'medium', 'C&I storage utilisation Q1 2024 (thermal-paired storage 1.70). [S]'),
  cellCycleLife: sourced(3500, 'cycles to 80 %', 2023, `${CPM} §5.2 (EVE 304 Ah datasheet mirror)`, 'medium', '≥3,500 cycles at 1C/1C, 25 °C; ≥1,800 at 45 °C. [S]'),
  ceecBid2hRmbPerWh: sourced(0.465, 'RMB/Wh', 2025, CEEC_2025, 'medium', 'Average 2 h bid, CEEC 25 GWh tender (Jun 2025). [S]'),
  ceecBid4hRmbPerWh: sourced(0.425, 'RMB/Wh', 2025, CEEC_2025, 'medium', 'Average 4 h bid, same tender. [S]'),
} as const;

/**
 * Round-trip efficiency at the meter: between the fleet's 89 % conversion efficiency and its 83 %
 * comprehensive efficiency (auxiliaries partly served from the plant's own load).
 */
export const STORAGE_ROUND_TRIP_EFFICIENCY = assumption(0.85, 'fraction', 2024,
  'Between the CEC Q1 2024 fleet figures: 89 % conversion, 83 % comprehensive (incl. auxiliaries). Split evenly: √0.85 on charge and on discharge.');

/** Usable depth: the state of charge kept above 5 % of capacity (LFP systems are sold at 90–95 % DoD). */
export const STORAGE_MIN_STATE_OF_CHARGE = assumption(0.05, 'fraction of energy capacity', 2025,
  'LFP C&I systems are typically operated at 90–95 % depth of discharge; 5 % reserve.');

/**
 * Equivalent full cycles a year: the datasheet's 3,500 cycles to 80 % spread over the catalogue
 * battery's 12-year life, ≈292 a year (0.80 a day) — close to the C&I fleet's 0.89 a day.
 */
export const STORAGE_MAX_CYCLES_PER_YEAR = derived(STORAGE_EVIDENCE.cellCycleLife.value / 12, 'equivalent full cycles/yr', 2025, `${CPM} §5.2`,
  '3,500 cycles (EVE 304 Ah, 1C/1C, 25 °C, to 80 %) / 12 yr (the catalogue battery\'s life) = 291.7 a year; CEC fleet 0.89/day = 325/yr.');

/** Capacity at end of life (the datasheet's cycle-life criterion); the model uses the mean over life. */
export const STORAGE_END_OF_LIFE_CAPACITY = sourced(0.8, 'fraction of nameplate', 2023, `${CPM} §5.2 (EVE 304 Ah datasheet mirror)`, 'medium',
  'Cycle life is counted to 80 % of nameplate capacity; with a linear fade the mean usable capacity over life is (1 + 0.8)/2 = 90 %.');

/** Rated duration of the catalogue battery (energy / power at rated output). */
export const STORAGE_DURATION_HOURS = assumption(2, 'h', 2025, 'The catalogue battery is a 2 h (0.5C) system, as priced by the 2 h tender average.');

/**
 * PCS (inverter, transformer) cost per kW, from two tender averages of one tender: a 2 h system
 * costs 2a + b = 930 RMB per kW and a 4 h one 4a + b = 1,700 (a per kWh of cells and containers,
 * b per kW of conversion), so b = 160 RMB/kW and a = 385 RMB/kWh.
 */
const COST_2H_PER_KW = 2 * STORAGE_EVIDENCE.ceecBid2hRmbPerWh.value * 1000;
const COST_4H_PER_KW = 4 * STORAGE_EVIDENCE.ceecBid4hRmbPerWh.value * 1000;
export const PCS_RMB_PER_KW = derived(
  2 * COST_2H_PER_KW - COST_4H_PER_KW,
  'RMB/kW',
  2025,
  CEEC_2025,
  'b = 2 × (2 h cost per kW) − (4 h cost per kW): 2 × 930 − 1,700 = 160 RMB/kW (utility scale).',
);
