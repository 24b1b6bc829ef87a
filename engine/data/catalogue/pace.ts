/**
 * Build pace of every buildable catalogue measure, and the unit size of counted equipment.
 *
 * Pace: `leadTimeYears` = whole years from the start of the horizon before the first build (design,
 * permits, procurement); `maxShareOfPotentialPerYear` = the largest share of the measure's potential at
 * the site (its roof, its end-use, its output) that one year can deliver. Real programmes phase work
 * over shutdown windows, product changeovers, relining cycles and lease ends. No source gives these per
 * measure for Chinese plants, so each value is our assumption with its reason; a scenario overrides any
 * of them (`measures.pace`). One data point anchors rooftop PV: Geely announced its Xi'an array in
 * January 2022 and completed 52 MW in September 2022 (published-pv-projects.ts), about one year for a
 * full roof, so half the roof a year is a cautious pace.
 *
 * Unit size: equipment that is bought in whole pieces (vehicles, boilers, kilns, furnaces) is built in
 * integer multiples of its unit size (our assumptions for typical module sizes).
 */
import type { MeasureInput } from '../schemas/scenario.ts';

interface PaceInput {
  readonly leadTimeYears: number;
  readonly maxShareOfPotentialPerYear: number;
  readonly basis: string;
}

const pace = (leadTimeYears: number, maxShareOfPotentialPerYear: number, basis: string): PaceInput => ({
  leadTimeYears,
  maxShareOfPotentialPerYear,
  basis: `lingtan assumption: ${basis}`,
});

const SHUTDOWN = 'retrofits are done in planned shutdown windows (one or two a year), a part of the plant at a time';

/** Pace by measure id (every buildable catalogue measure has one; test/data/catalogue checks it). */
export const BUILD_PACE: Readonly<Record<string, PaceInput>> = {
  rooftop_pv: pace(0, 0.5, 'filing (备案), roof surveys and structural checks and the grid-connection application take 6–9 months; a factory roof is covered over about two years (Geely Xi\'an: 52 MW in about one year).'),
  ground_pv: pace(0, 0.5, 'same procedure as rooftop PV, plus land-use checks.'),
  onsite_wind: pace(1, 1, 'a year of wind measurement and the 分散式风电 approval before the turbine is ordered; one turbine is one build.'),
  battery_storage: pace(0, 1, 'containerised systems are delivered and commissioned within months.'),
  motor_ie5_upgrade: pace(0, 0.35, 'motors are replaced at failure or rewinding and in shutdowns: about a third of the fleet a year.'),
  vsd_retrofit: pace(0, 0.35, `drives go on pumps and fans one system at a time; ${SHUTDOWN}.`),
  compressed_air_optimisation: pace(0, 0.5, 'leak surveys and controls in the first year, compressor replacement in the second.'),
  waste_heat_recovery: pace(1, 0.5, `heat-recovery loops need design and a tie-in; ${SHUTDOWN}.`),
  led_lighting: pace(0, 0.5, 'relamping hall by hall over about two years.'),
  hvac_chiller_upgrade: pace(0, 0.25, 'chillers are swapped one unit at a time outside the cooling season.'),
  energy_management_system: pace(0, 0.5, 'metering and the platform roll out over two years (sub-metering first).'),
  process_heat_insulation: pace(0, 0.5, `insulation and burner tuning furnace by furnace; ${SHUTDOWN}.`),
  steam_system_optimisation: pace(0, 0.5, 'trap surveys and condensate return over two years.'),
  dc_cooling_upgrade: pace(0, 0.33, 'data halls are converted one at a time while the others carry the load.'),
  dc_power_chain_upgrade: pace(0, 0.33, 'UPS and power chain replaced hall by hall with redundancy kept.'),
  cleanroom_hvac_upgrade: pace(0, 0.25, 'clean-room air systems change only during line shutdowns, one fab zone at a time.'),
  electrode_drying_heat_recovery: pace(1, 0.5, `coating-line dryers get heat recovery line by line; ${SHUTDOWN}.`),
  paint_shop_recirculation: pace(1, 0.5, 'booth recirculation needs dry scrubbers: one paint line per summer shutdown.'),
  aluminium_cathode_upgrade: pace(0, 0.17, 'cathodes change when a pot is relined at the end of its ≈6-year life, so about a sixth of the pots a year.'),
  cement_kiln_system_upgrade: pace(1, 0.5, 'preheater and cooler upgrades are done in the winter kiln stop (错峰停窑), one line a year.'),
  steel_process_energy_recovery: pace(1, 0.5, `sinter-cooler and hot-stove recovery at reline or overhaul; ${SHUTDOWN}.`),
  stenter_exhaust_heat_recovery: pace(0, 0.5, 'stenters are fitted one machine at a time.'),
  textile_effluent_heat_recovery: pace(0, 0.5, 'effluent heat exchangers added dye house by dye house.'),
  heat_pump_low_temp: pace(0, 0.5, 'packaged heat pumps are installed system by system over about two years.'),
  heat_pump_steam: pace(1, 0.33, 'steam heat pumps need site-specific design and a waste-heat source: a first unit, then the rest.'),
  electric_boiler: pace(0, 0.5, 'boilers are replaced one at a time to keep steam supply secure.'),
  electric_process_heater: pace(0, 0.33, 'ovens and heaters are rebuilt line by line during shutdowns.'),
  induction_furnace: pace(1, 0.33, 'furnace replacements need foundations and power supplies: one line at a time.'),
  electric_kiln: pace(1, 0.25, 'a kiln is rebuilt at the end of its campaign, one kiln at a time.'),
  hydrogen_burner_onsite_electrolysis: pace(1, 0.25, 'electrolysers and burner conversions start with a pilot furnace.'),
  electric_forklift: pace(0, 0.5, 'forklifts are replaced as leases and service lives end: half the fleet a year at most.'),
  electric_heavy_truck: pace(0, 0.34, 'trucks are replaced as leases end (three to five years) and as chargers are built.'),
  clinker_substitution: pace(0, 0.5, 'new cement blends need product testing and customer acceptance (GB 175 grades): half the output the first year.'),
  decarbonated_raw_meal: pace(0, 0.5, 'raw-meal changes are phased in with kiln trials.'),
  bof_high_scrap_ratio: pace(0, 0.5, 'scrap yard and preheating are built first; converter by converter.'),
  scrap_eaf_route: pace(2, 1, 'an EAF shop needs capacity-swap approval (产能置换), design and 18–24 months of construction; it is one build.'),
  h2_dri_eaf: pace(3, 1, 'a shaft furnace with electrolysers is a multi-year demonstration project; one build.'),
  inert_anode_aluminium: pace(3, 0.2, 'pots are converted at relining once the technology is proven, a fifth of them a year.'),
  chemical_process_optimisation: pace(1, 0.5, 'changes are made in the plant turnaround, every one to two years per unit.'),
  green_hydrogen_ammonia: pace(2, 1, 'electrolysers, storage and synloop changes take two years; one build.'),
  low_temp_dyeing: pace(0, 0.33, 'dyeing machines are replaced a third at a time.'),
  compact_paint_process: pace(1, 0.5, 'a paint process changes only with a line rebuild, tied to a model changeover: a year of design, then one of two lines per year.'),
  ccus_cement_kiln: pace(2, 1, 'capture plant design, pipeline and storage permits: at least two years; one build.'),
  ccus_steel: pace(2, 1, 'capture plant design, pipeline and storage permits: at least two years; one build.'),
  ccus_high_purity: pace(1, 1, 'high-purity CO2 needs only compression and transport: about a year; one build.'),
  grid_connection_upgrade: pace(1, 1, 'a transformer or user substation takes 12–24 months from application to energisation.'),
};

/** Size of one piece of counted equipment, in the measure's size unit. */
export const WHOLE_UNIT_SIZE: Readonly<Record<string, { readonly sizeUnits: number; readonly basis: string }>> = {
  electric_forklift: { sizeUnits: 1, basis: 'one forklift' },
  electric_heavy_truck: { sizeUnits: 1, basis: 'one truck' },
  electric_boiler: { sizeUnits: 1000, basis: 'lingtan assumption: packaged resistive and electrode boilers come in ≈0.5–2 MW modules; 1 MW_th' },
  electric_kiln: { sizeUnits: 2000, basis: 'lingtan assumption: one roller or tunnel kiln of ≈2 MW_th' },
  induction_furnace: { sizeUnits: 500, basis: 'lingtan assumption: one medium-frequency induction unit of ≈0.5 MW_th' },
};

/** A catalogue measure with its pace and unit size attached. */
export function withPace(m: MeasureInput): MeasureInput {
  const p = BUILD_PACE[m.id];
  const unit = WHOLE_UNIT_SIZE[m.id];
  return { ...m, ...(p !== undefined ? { pace: p } : {}), ...(unit !== undefined ? { unitSizeUnits: unit.sizeUnits } : {}) };
}
