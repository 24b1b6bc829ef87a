/**
 * Cradle-to-gate emission factors for purchased materials and components, freight by mode, and the
 * electricity carbon-footprint factors, for product carbon footprints (GB/T 24067-2024 / ISO 14067).
 *
 * China's product factor database (环办气候函〔2025〕468号) is due only by 2027 and the CPCD 2022
 * values were not readable (sources/cbam-and-footprints.md §3.2), so each value below names the best
 * public figure found, its year and geography, and a relative uncertainty. Where nothing was found
 * the value is our own assumption with its reasoning. A scenario can replace any factor by a
 * supplier-specific value (`bom[].supplierFactor`).
 *
 * Units: `kgCO2e` per `unit` of material (kg, kWh of cell capacity, or piece). Freight: kgCO2e per
 * tonne-km. The factor of a low-carbon alternative (recycled aluminium, EAF steel) is its own entry.
 */
import { type Sourced, assumption, derived, sourced } from './sourced.ts';

const CF = 'sources/cbam-and-footprints.md';
const R25 = `R25: MEE/NBS/NEA announcement of the 2024 electricity carbon-footprint factors, 28 Sep 2025 (${CF} §3.3)`;
const R27 = `R27: reference-data.md electricity_carbon_footprint_factor_2023 (MEE/NBS/NEA announcement 17 Jan 2025; ${CF} §3.3)`;
const R30 = `R30: Reuters, Dec 2024, citing Asia Research & Engagement (${CF} §3.4)`;
const R33 = `R33: Ding N. et al., 中国有色金属学报 22(10), 2012 (${CF} §3.4)`;
const R35 = `R35: Xu C. et al., Resour. Conserv. Recycl. 187:106606, 2022 (${CF} §3.4)`;
const R37 = `R37: 我国塑料碳排放核算体系搭建与应用初探, 2018 data (${CF} §3.4)`;
const R39 = `R39: Eur. Transp. Res. Rev. 2019, Table 9 (KiM / CE Delft, Netherlands 2014) (${CF} §3.4)`;
const R40 = `R40: Y-steel-mill case study, 有色金属科学与工程 2019(1) (${CF} §3.4)`;
const CHINA_AL = 'https://japanese.lifeboat.com/blog/2022/04/decarbonizing-the-electricity-supply-for-aluminium-production (China Dialogue/RMI repost, Apr 2022, "12.7 t per t in China vs 10.3 global, 2005–2019")';
const CRU_AL = 'https://crugroup.com/en/communities/thought-leadership/2023/scope-3-emissions-a-potential-pivot-for-aluminium-carbon-reduction (CRU, 2023: global Scope 1+2 10.5, with upstream Scope 3 13.2 tCO2e/t)';
const LIU_CU = 'https://ouci.dntb.gov.ua/en/works/4b36mAvl (Liu L. et al., Processes 10(12):2715, 2022: China copper 9.96 → 3.09 tCO2e/t, 2004–2017)';
const SPG_CELL = 'https://www.spglobal.com/automotive-insights/en/blogs/2024/2/race-to-reduce-carbon-footprint-of-electric-vehicle-batteries (S&P Global Mobility, Feb 2024: cathode active material 58 %, anode 14 %, cell assembly 14 % of a cell\'s footprint)';
const IPCC_GLASS = 'https://archive.ipcc.ch/publications_and_data/ar4/wg3/en/ch7s7-4-5-3.html (IPCC AR4 WGIII §7.4.5.3: ≈450 kg energy CO2/t glass, up to 200 kg process CO2/t)';
const LAND_GLASS = 'https://www.landglass.net/Industry_News/industryinfo/953.html (LandGlass, May 2021: flat glass CO2 >60 % fuel, 25–27 % raw materials, ≈13 % electricity)';
const GLEC_BULK = 'https://www.climatiq.io/data/emission-factor/ba8a2a5a-3326-4a0e-8474-56cbf95fec26 (GLEC Framework v3.0, 2023, Table 12: bulk carrier 35–60 kdwt HFO, tank-to-wheel)';
const BEIS_CONTAINER = 'https://www.climatiq.io/data/emission-factor/269e2737-716c-4d55-9493-f6df89904af8 (UK DESNZ/BEIS conversion factors 2025: container ship >8000 TEU)';

/** Physical dimension of a material's unit; a BOM line must be in the same dimension. */
export const MATERIAL_UNITS = ['kg', 'kWh', 'piece'] as const;
export type MaterialUnit = (typeof MATERIAL_UNITS)[number];

/** Units a BOM line may be written in, with their dimension and factor to the material unit. */
export const BOM_UNITS: Readonly<Record<string, { readonly dimension: MaterialUnit; readonly toBase: number }>> = {
  kg: { dimension: 'kg', toBase: 1 },
  t: { dimension: 'kg', toBase: 1000 },
  kWh: { dimension: 'kWh', toBase: 1 },
  MWh: { dimension: 'kWh', toBase: 1000 },
  piece: { dimension: 'piece', toBase: 1 },
};

export interface MaterialFactor {
  readonly id: string;
  readonly nameEn: string;
  readonly unit: MaterialUnit;
  /** Cradle-to-gate kgCO2e per unit, with its source. */
  readonly factor: Sourced;
  /** Relative half-width of the plausible range (0.3 = ±30 %). */
  readonly uncertaintyFraction: number;
  readonly geography: string;
  /** When the material is itself a CBAM good (a precursor): its embedded emissions per t as CBAM counts them. */
  readonly cbamPrecursor?: { readonly directTco2PerT: Sourced; readonly indirectTco2PerT: Sourced };
}

const m = (
  id: string, nameEn: string, unit: MaterialUnit, factor: Sourced, uncertaintyFraction: number, geography: string,
  cbamPrecursor?: MaterialFactor['cbamPrecursor'],
): MaterialFactor => (cbamPrecursor === undefined
  ? { id, nameEn, unit, factor, uncertaintyFraction, geography }
  : { id, nameEn, unit, factor, uncertaintyFraction, geography, cbamPrecursor });

const PRIMARY_AL_KG = 12.7;
const CELL_KG_PER_KWH = 65;

export const MATERIALS: Readonly<Record<string, MaterialFactor>> = Object.fromEntries([
  // Steel by route
  m('steel_bf_bof', 'Steel, flat products, BF-BOF route', 'kg',
    sourced(2.18, 'kgCO2e/kg', 2015, R40, 'medium', 'One Chinese BF-BOF mill by the worldsteel LCA method (2.183 t/t; 1.940 by the input-output method); China all-route average 2.3 (R30).'),
    0.15, 'CN'),
  m('steel_scrap_eaf', 'Steel, scrap-EAF route', 'kg',
    sourced(0.6, 'kgCO2e/kg', 2022, 'reference-data.md steel_BFBOF_vs_EAF_intensity (gitnux aggregator: scrap-EAF 0.4–0.6 tCO2/t)', 'low',
      'Upper end of the aggregator range: on China\'s ≈0.58 kg/kWh grid a ≈450 kWh/t EAF alone emits ≈0.26 t, plus electrodes, oxygen, reheating and rolling.'),
    0.35, 'CN'),
  m('steel_scrap', 'Ferrous scrap (cut-off: burden-free)', 'kg',
    assumption(0, 'kgCO2e/kg', 2025, 'Cut-off allocation (ISO 14067 recycled-content approach): scrap carries no burden from its first life; collection and processing are small and not found.'),
    0, 'CN'),
  m('iron_ore_fines', 'Iron ore fines, 62 % Fe, at port of loading', 'kg',
    assumption(0.02, 'kgCO2e/kg', 2025, 'Open-pit hematite mining, crushing and rail to port ≈10–30 kgCO2e/t (operator reports; not in the stored sources); ocean freight is a transport leg.'),
    0.5, 'AU'),
  m('iron_ore_pellets', 'Iron ore pellets (CBAM good 2601 12 00)', 'kg',
    assumption(0.1, 'kgCO2e/kg', 2025, 'Mining 0.02 + pelletising ≈0.05 (induration fuel) + ≈30 kWh/t electricity ≈0.02: ≈0.1 t/t.'),
    0.4, 'CN',
    {
      directTco2PerT: assumption(0.05, 'tCO2e/t', 2025, 'Pellet induration fuel ≈0.05 t/t (CBAM counts direct emissions of the pelletising installation; no China default found).'),
      indirectTco2PerT: assumption(0.017, 'tCO2e/t', 2025, '≈30 kWh/t × 0.5777 kg/kWh; agglomerated ore counts indirect emissions too (Art. 7(1), sources §1.3).'),
    }),
  m('coke_upstream', 'Purchased coke, upstream of the mill (coking coal mining, coke making; combustion excluded)', 'kg',
    assumption(0.4, 'kgCO2e/kg', 2025,
      'Coke combustion is in the site inventory; the upstream is coke-oven underfiring net of exported gas ≈0.15 t/t coke plus coking-coal mining methane and processing ≈0.2 t per t coal × 1.3 t coal/t coke: ≈0.4 t/t (not found in the stored sources).'),
    0.5, 'CN'),
  // Aluminium, copper
  m('aluminium_primary', 'Aluminium, primary ingot', 'kg',
    sourced(PRIMARY_AL_KG, 'kgCO2e/kg', 2019, CHINA_AL, 'low', `China average 2005–2019 on coal power; the smelting stage alone is ≈9.26 (R31 ETS benchmark estimate); CRU: global 13.2 with upstream (${CRU_AL}).`),
    0.25, 'CN'),
  m('aluminium_recycled', 'Aluminium, recycled (secondary) ingot', 'kg',
    derived(PRIMARY_AL_KG / 24, 'kgCO2e/kg', 2008, `${R33} ; ${CHINA_AL}`, 'Recycled aluminium ≈1/24 of primary GHG (R33, 2008 data) × 12.7 = 0.53; remelting and alloying only, scrap burden-free (cut-off).'),
    0.5, 'CN'),
  m('copper_cathode', 'Copper cathode', 'kg',
    sourced(3.09, 'kgCO2e/kg', 2017, LIU_CU, 'medium', 'China life-cycle average of 2017 (the series fell from 9.96 in 2004).'),
    0.3, 'CN'),
  // Plastics, glass
  m('plastics_virgin', 'Engineering plastics (PP/ABS/PA mix), virgin', 'kg',
    assumption(2.5, 'kgCO2e/kg', 2018,
      `Oil-route polyolefins ≈1.6–2.0 kgCO2e/kg (industry EPDs); China's coal-to-olefins route ≈1.5× that (${R37}), about a quarter of supply; ABS and PA higher: ≈2.5 for the mix.`),
    0.3, 'CN'),
  m('plastics_recycled', 'Plastics, mechanically recycled', 'kg',
    sourced(1.5, 'kgCO2e/kg', 2018, R37, 'low', 'Mechanical recycling ≈1.5 tCO2/t (R37, China 2018 data).'),
    0.4, 'CN'),
  m('glass_flat', 'Flat glass (float), incl. automotive glazing blanks', 'kg',
    derived(0.75, 'kgCO2e/kg', 2021, `${IPCC_GLASS} ; ${LAND_GLASS}`,
      'Fuel ≈0.45 + process ≈0.2 tCO2/t (IPCC AR4) = 0.65 direct; electricity is ≈13 % of the total (LandGlass): 0.65 ÷ 0.87 ≈ 0.75.'),
    0.3, 'CN'),
  // Battery materials (per kg), derived from cell-level shares
  m('lfp_cathode_active_material', 'LFP cathode active material', 'kg',
    derived((CELL_KG_PER_KWH * 0.58) / 2.2, 'kgCO2e/kg', 2020, `${R35} ; ${SPG_CELL}`,
      `A Chinese cell ≈${CELL_KG_PER_KWH} kgCO2e/kWh (middle of R35's 41–89, 2020) × 58 % for the cathode active material (S&P) ÷ 2.2 kg LFP per kWh (assumption: 160 mAh/g × 3.2 V at cell level): ≈17 kg/kg.`),
    0.4, 'CN'),
  m('graphite_anode', 'Graphite anode active material', 'kg',
    derived((CELL_KG_PER_KWH * 0.14) / 1.1, 'kgCO2e/kg', 2020, `${R35} ; ${SPG_CELL}`,
      `${CELL_KG_PER_KWH} kgCO2e/kWh × 14 % for the anode active material (S&P) ÷ 1.1 kg graphite per kWh (assumption): ≈8.3 kg/kg.`),
    0.5, 'CN'),
  m('electrolyte_lipf6', 'Electrolyte (LiPF6 in carbonates)', 'kg',
    assumption(4, 'kgCO2e/kg', 2020, 'Carbonate solvents ≈2–3 kg/kg and LiPF6 salt ≈20 kg/kg at ≈10 % by mass: ≈4 kg/kg (not found in the stored sources).'),
    0.5, 'CN'),
  m('separator_polyolefin', 'Separator film (PE/PP, coated)', 'kg',
    assumption(5, 'kgCO2e/kg', 2020, 'Polyolefin resin ≈2 kg/kg plus wet-process film drawing and ceramic coating (energy-intensive): ≈5 kg/kg (not found).'),
    0.5, 'CN'),
  // Components
  m('battery_cell_lfp', 'Battery cells, LFP, purchased', 'kWh',
    sourced(CELL_KG_PER_KWH, 'kgCO2e/kWh', 2020, R35, 'medium', 'Middle of the 41–89 kgCO2e/kWh range for 2020 cells (8 chemistries, CN/US/EU); China at the high end.'),
    0.35, 'CN'),
  m('battery_cell_lfp_green_power', 'Battery cells, LFP, made on renewable power', 'kWh',
    derived(CELL_KG_PER_KWH * (1 - 0.14) + CELL_KG_PER_KWH * 0.14 * (0.0545 / 0.5777), 'kgCO2e/kWh', 2020, `${R35} ; ${SPG_CELL} ; ${R25}`,
      'Cell assembly (14 % of the cell, S&P) moved from the grid (0.5777) to PV power (0.0545); the materials unchanged: ≈57 kg/kWh. Upstream green power in cathode making would lower it further.'),
    0.35, 'CN'),
  m('packaging_corrugated', 'Packaging, corrugated board', 'kg',
    assumption(1.0, 'kgCO2e/kg', 2020, 'Corrugated board ≈0.8–1.2 kgCO2e/kg in published industry LCAs (not in the stored sources).'),
    0.3, 'CN'),
].map((x) => [x.id, x]));

/** Freight modes and their kgCO2e per tonne-km. */
export const FREIGHT_MODES = ['road', 'rail', 'sea_bulk', 'sea_container'] as const;
export type FreightMode = (typeof FREIGHT_MODES)[number];

export const FREIGHT_KGCO2E_PER_TKM: Readonly<Record<FreightMode, Sourced>> = {
  road: sourced(0.0903, 'kgCO2e/t·km', 2014, R39, 'low', 'Netherlands average truck (no China factor found); Chinese heavy trucks are of a similar order.'),
  rail: sourced(0.0113, 'kgCO2e/t·km', 2014, R39, 'low', 'Netherlands (mostly electric); Chinese rail freight is also largely electric, on a higher-carbon grid.'),
  sea_bulk: sourced(0.0054, 'kgCO2e/t·km', 2023, GLEC_BULK, 'medium', 'Handymax/Supramax bulk carrier; a Capesize ore carrier emits less per t·km, so this is an upper value.'),
  sea_container: sourced(0.01266, 'kgCO2e/t·km', 2025, BEIS_CONTAINER, 'medium'),
};

/** Electricity carbon-footprint factors (life-cycle, for product footprints; not the Scope 2 factors). */
export const ELECTRICITY_FOOTPRINT = {
  /** National average, latest published (2024). */
  gridKgco2ePerKwh: sourced(0.5777, 'kgCO2e/kWh', 2024, R25, 'high', 'Latest national average electricity carbon-footprint factor (−6.9 % on 2023\'s 0.6205); held flat over the horizon: the MEE republishes it each year.'),
  /** PV electricity, used for on-site PV and for green power bought (the conservative of wind 0.0336 and PV 0.0545). */
  renewableKgco2ePerKwh: sourced(0.0545, 'kgCO2e/kWh', 2023, R27, 'high', 'PV life-cycle factor; wind is 0.0336. Green power bought is taken at the PV value (conservative).'),
} as const;
