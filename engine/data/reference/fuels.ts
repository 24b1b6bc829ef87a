/**
 * Energy carriers and fuels: net calorific values, carbon content, oxidation, CO2 factors,
 * physical units and default incumbent heat efficiencies.
 *
 * Fuel CO2 follows the Chinese enterprise GHG guidelines (GB/T 32150 family, DESIGN §3):
 * CO2 = activity × NCV × carbon content × oxidation × 44/12. Per MWh of final energy (NCV basis):
 * `EF [tCO2/MWh] = 3.6 GJ/MWh × CC [tC/TJ] / 1000 × ox × 44/12`; per physical unit: `NCV × CC/1000 × ox × 44/12`.
 * Factors are CO2 only (the national zero-carbon-factory guidance counts CO2; CH4/N2O are not included).
 *
 * Carriers used by scenarios: `CARRIER_IDS`. Further fuels of the guideline table (anthracite, bituminous,
 * lignite, crude oil, gasoline, LNG, coke-oven gas, blast-furnace gas) are in `EXTRA_FUEL_IDS`.
 * Electricity has no factor here: it comes from `grid-factors.ts`.
 */
import { type Sourced, assumption, derived, recordFromIds, sourced } from './sourced.ts';

export const CARRIER_IDS = [
  'electricity', 'raw_coal', 'coke', 'natural_gas', 'diesel', 'fuel_oil', 'lpg', 'purchased_heat', 'hydrogen', 'biomass',
] as const;
export type CarrierId = (typeof CARRIER_IDS)[number];

export const EXTRA_FUEL_IDS = [
  'anthracite', 'bituminous', 'lignite', 'crude_oil', 'gasoline', 'lng', 'coke_oven_gas', 'blast_furnace_gas',
] as const;
export type ExtraFuelId = (typeof EXTRA_FUEL_IDS)[number];

export const FUEL_IDS = [...CARRIER_IDS, ...EXTRA_FUEL_IDS] as const;
export type FuelId = (typeof FUEL_IDS)[number];

/** Units a quantity of a carrier may be given in. `t_steam`: tonnes of steam (purchased heat only). */
export const PHYSICAL_UNITS = ['MWh', 'kWh', 'GJ', 'TJ', 'tce', 't', 'kg', '10^4 Nm3', 'Nm3', 't_steam'] as const;
export type PhysicalUnit = (typeof PHYSICAL_UNITS)[number];

export const GJ_PER_MWH = 3.6;
export const CO2_PER_C = 44 / 12;

const FUEL_SRC =
  'NDRC 2013–2015 enterprise GHG accounting guidelines (工业其他行业/钢铁 附表, 表 C.1 常用化石燃料相关参数缺省值), ' +
  'as transcribed in a public GitHub code table (repository not recorded); primary GB/T 32150 text not read';
const FUEL_NOTE = 'Reference grade medium-high.';

/** Standard coal (tce) calorific value, GJ/tce. */
export const STANDARD_COAL_NCV_GJ_PER_TCE: Sourced = sourced(
  29.3076, 'GJ/tce', 2024, 'https://www.ccement.com/project/ccementcarbon (citing MEE cement guideline, 14 Sep 2024)', 'high', undefined, 'standard_coal_NCV',
);

/** Combustion parameters of a fossil fuel. */
export interface CombustionParameters {
  /** Net calorific value per physical unit (`GJ/t` or `GJ/10^4 Nm3`). */
  ncvGjPerUnit: Sourced;
  carbonContentTcPerTj: Sourced;
  oxidationFraction: Sourced;
}

export interface FuelData {
  id: FuelId;
  nameZh: string;
  nameEn: string;
  /** Scope of the CO2 when bought and used on site. */
  scope: 'scope1' | 'scope2';
  /** The physical unit the NCV refers to (`MWh` for electricity, `GJ` for purchased heat). */
  naturalUnit: PhysicalUnit;
  /** NCV per natural unit (GJ per unit); null for electricity (natural unit is energy). */
  ncvGjPerUnit: Sourced | null;
  /** Null for non-fossil carriers. */
  combustion: CombustionParameters | null;
  /** CO2 per MWh of final energy (NCV basis); null for electricity (see grid-factors.ts). */
  efTco2PerMwh: Sourced | null;
  /** CO2 per natural unit; null for electricity. */
  efTco2PerUnit: Sourced | null;
  /** Biogenic CO2 (reported separately, outside Scopes 1–2), for biomass only. */
  biogenicTco2PerMwh?: Sourced;
  note?: string;
}

/** CO2 per GJ from carbon content (tC/TJ) and oxidation (fraction). */
export function combustionEfTco2PerGj(carbonContentTcPerTj: number, oxidationFraction: number): number {
  return (carbonContentTcPerTj / 1000) * oxidationFraction * CO2_PER_C;
}

/** CO2 per MWh of final energy: 3.6 × CC/1000 × ox × 44/12. */
export function combustionEfTco2PerMwh(carbonContentTcPerTj: number, oxidationFraction: number): number {
  return GJ_PER_MWH * combustionEfTco2PerGj(carbonContentTcPerTj, oxidationFraction);
}

/** CO2 per physical unit: NCV × CC/1000 × ox × 44/12. */
export function combustionEfTco2PerUnit(ncvGjPerUnit: number, carbonContentTcPerTj: number, oxidationFraction: number): number {
  return ncvGjPerUnit * combustionEfTco2PerGj(carbonContentTcPerTj, oxidationFraction);
}

interface FossilSpec {
  id: FuelId;
  nameZh: string;
  nameEn: string;
  unit: 't' | '10^4 Nm3';
  ncv: number;
  cc: number;
  oxPct: number;
  /** Key stem in reference-data.json, e.g. `bituminous` → `fuel_bituminous_NCV`. */
  ref: string;
}

function fossil(s: FossilSpec): FuelData {
  const ncvUnit = `GJ/${s.unit}`;
  const ncvGjPerUnit = sourced(s.ncv, ncvUnit, '2013/2015', FUEL_SRC, 'medium', FUEL_NOTE, `fuel_${s.ref}_NCV`);
  const carbonContentTcPerTj = sourced(s.cc, 'tC/TJ', '2013/2015', FUEL_SRC, 'medium', `单位热值含碳量. ${FUEL_NOTE}`, `fuel_${s.ref}_carbon_content`);
  const oxidationFraction = sourced(s.oxPct / 100, 'fraction', '2013/2015', FUEL_SRC, 'medium', `碳氧化率; reference gives ${s.oxPct} %. ${FUEL_NOTE}`, `fuel_${s.ref}_oxidation`);
  const perMwh = combustionEfTco2PerMwh(s.cc, s.oxPct / 100);
  const perUnit = combustionEfTco2PerUnit(s.ncv, s.cc, s.oxPct / 100);
  return {
    id: s.id, nameZh: s.nameZh, nameEn: s.nameEn, scope: 'scope1', naturalUnit: s.unit, ncvGjPerUnit,
    combustion: { ncvGjPerUnit, carbonContentTcPerTj, oxidationFraction },
    efTco2PerMwh: derived(perMwh, 'tCO2/MWh', '2013/2015', FUEL_SRC, `3.6 × ${s.cc}/1000 × ${s.oxPct / 100} × 44/12`),
    efTco2PerUnit: derived(perUnit, `tCO2/${s.unit}`, '2013/2015', FUEL_SRC, `${s.ncv} × ${s.cc}/1000 × ${s.oxPct / 100} × 44/12`, `fuel_${s.ref}_EF_DERIVED`),
  };
}

const RAW_COAL_NCV = 20.908;
const RAW_COAL_PROXY = 'Bituminous carbon content and oxidation used as the raw-coal proxy (reference ESTIMATE, grade low-medium).';
const rawCoal: FuelData = ((): FuelData => {
  const bit = fossil({ id: 'raw_coal', nameZh: '原煤', nameEn: 'Raw coal', unit: 't', ncv: RAW_COAL_NCV, cc: 26.1, oxPct: 93, ref: 'bituminous' });
  const ncvGjPerUnit = sourced(RAW_COAL_NCV, 'GJ/t', 2020,
    'GB/T 2589-2020 (commonly cited value; seen only indirectly: 0.7143 kgce/kg × 29.3076 = 20.93 GJ/t in a public GitHub code table, repository not recorded)',
    'low', 'Reference grade low-medium; GB/T 2589 not read directly.', 'raw_coal_NCV_GB2589');
  const proxied = (x: Sourced): Sourced => ({ ...x, confidence: 'low', note: `${RAW_COAL_PROXY} ${x.note ?? ''}`.trim() });
  const c = bit.combustion;
  const combustion: CombustionParameters | null = c && {
    ncvGjPerUnit,
    carbonContentTcPerTj: proxied(c.carbonContentTcPerTj),
    oxidationFraction: proxied(c.oxidationFraction),
  };
  const src = `${ncvGjPerUnit.source}; ${FUEL_SRC}`;
  return {
    ...bit, ncvGjPerUnit, combustion,
    efTco2PerMwh: derived(combustionEfTco2PerMwh(26.1, 0.93), 'tCO2/MWh', 2020, FUEL_SRC, `${RAW_COAL_PROXY} 3.6 × 26.1/1000 × 0.93 × 44/12`),
    efTco2PerUnit: derived(combustionEfTco2PerUnit(RAW_COAL_NCV, 26.1, 0.93), 'tCO2/t', 2020, src,
      `${RAW_COAL_PROXY} 20.908 × 26.1/1000 × 0.93 × 44/12 ≈ 1.86 tCO2/t (reference estimate 1.86–1.9)`),
    note: 'Raw coal of unknown rank. Use a measured NCV and carbon content where the factory has them.',
  };
})();

const heatEf = sourced(0.11, 'tCO2/GJ', 2015, 'a public GitHub code table (repository not recorded): DEFAULT_HEAT_EMISSION_FACTOR', 'medium',
  'Standard default of the NDRC enterprise guidelines; primary text not read.', 'purchased_heat_EF');
const H2_SRC = 'https://cryonos.shop/blogs/news/lhv-of-hydrogen (LHV 120 MJ/kg = 33.3 kWh/kg)';
const BIOMASS_NCV = assumption(16, 'GJ/t', 2025,
  'Not in the reference. Pellets and dry agricultural/forestry residues are roughly 14–18 GJ/t; 16 GJ/t is a mid value. Use the supplier\'s NCV.');

/** All fuels and carriers. */
export const FUELS: Readonly<Record<FuelId, FuelData>> = {
  electricity: {
    id: 'electricity', nameZh: '电力', nameEn: 'Grid electricity', scope: 'scope2', naturalUnit: 'MWh', ncvGjPerUnit: null,
    combustion: null, efTco2PerMwh: null, efTco2PerUnit: null, note: 'Factor from grid-factors.ts (location- or market-based).',
  },
  raw_coal: rawCoal,
  coke: fossil({ id: 'coke', nameZh: '焦炭', nameEn: 'Coke', unit: 't', ncv: 28.435, cc: 29.5, oxPct: 93, ref: 'coke' }),
  natural_gas: fossil({ id: 'natural_gas', nameZh: '天然气', nameEn: 'Natural gas', unit: '10^4 Nm3', ncv: 389.31, cc: 15.3, oxPct: 99, ref: 'natural_gas' }),
  diesel: fossil({ id: 'diesel', nameZh: '柴油', nameEn: 'Diesel', unit: 't', ncv: 42.652, cc: 20.2, oxPct: 98, ref: 'diesel' }),
  fuel_oil: fossil({ id: 'fuel_oil', nameZh: '燃料油', nameEn: 'Fuel oil', unit: 't', ncv: 41.816, cc: 21.1, oxPct: 98, ref: 'fuel_oil' }),
  lpg: fossil({ id: 'lpg', nameZh: '液化石油气', nameEn: 'LPG', unit: 't', ncv: 50.179, cc: 17.2, oxPct: 98, ref: 'LPG' }),
  purchased_heat: {
    id: 'purchased_heat', nameZh: '外购热力(蒸汽/热水)', nameEn: 'Purchased heat / steam', scope: 'scope2', naturalUnit: 'GJ',
    ncvGjPerUnit: sourced(1, 'GJ/GJ', 2015, 'identity', 'high'), combustion: null,
    efTco2PerMwh: derived(0.11 * GJ_PER_MWH, 'tCO2/MWh', 2015, heatEf.source, '0.11 tCO2/GJ × 3.6 GJ/MWh = 0.396'),
    efTco2PerUnit: heatEf,
  },
  hydrogen: {
    id: 'hydrogen', nameZh: '氢气', nameEn: 'Hydrogen', scope: 'scope1', naturalUnit: 't',
    ncvGjPerUnit: sourced(120, 'GJ/t', 2026, H2_SRC, 'medium', 'Physical constant (LHV); not in the reference.'), combustion: null,
    efTco2PerMwh: assumption(0, 'tCO2/MWh', 2025, 'Burning hydrogen emits no CO2. Production emissions of bought hydrogen are upstream (Scope 3) and not counted here; on-site electrolysis shows up as electricity.'),
    efTco2PerUnit: assumption(0, 'tCO2/t', 2025, 'See efTco2PerMwh.'),
  },
  biomass: {
    id: 'biomass', nameZh: '生物质', nameEn: 'Biomass (solid)', scope: 'scope1', naturalUnit: 't', ncvGjPerUnit: BIOMASS_NCV, combustion: null,
    efTco2PerMwh: assumption(0, 'tCO2/MWh', 2025, 'Biomass CO2 is biogenic: zero fossil CO2 in Scope 1; biogenic CO2 is reported separately (GHG Protocol). CH4/N2O ignored (CO2-only accounting). Assumes sustainably sourced biomass.'),
    efTco2PerUnit: assumption(0, 'tCO2/t', 2025, 'See efTco2PerMwh.'),
    biogenicTco2PerMwh: derived(112 * GJ_PER_MWH / 1000, 'tCO2/MWh', 2006,
      'https://github.com/iClimate/ghgpy src/ghgpy/data/efs.py (IPCC 2006 Vol 2 Ch 2 Table 2.2: wood/wood waste 112,000 kgCO2/TJ)',
      '112 tCO2/TJ × 3.6/1000; memo item, not part of Scope 1. Other primary solid biomass: 100,000 kgCO2/TJ.'),
  },
  anthracite: fossil({ id: 'anthracite', nameZh: '无烟煤', nameEn: 'Anthracite', unit: 't', ncv: 26.7, cc: 27.4, oxPct: 94, ref: 'anthracite' }),
  bituminous: fossil({ id: 'bituminous', nameZh: '烟煤', nameEn: 'Bituminous coal', unit: 't', ncv: 19.57, cc: 26.1, oxPct: 93, ref: 'bituminous' }),
  lignite: fossil({ id: 'lignite', nameZh: '褐煤', nameEn: 'Lignite', unit: 't', ncv: 11.9, cc: 28.0, oxPct: 96, ref: 'lignite' }),
  crude_oil: fossil({ id: 'crude_oil', nameZh: '原油', nameEn: 'Crude oil', unit: 't', ncv: 41.816, cc: 20.1, oxPct: 98, ref: 'crude_oil' }),
  gasoline: fossil({ id: 'gasoline', nameZh: '汽油', nameEn: 'Gasoline', unit: 't', ncv: 43.07, cc: 18.9, oxPct: 98, ref: 'gasoline' }),
  lng: fossil({ id: 'lng', nameZh: '液化天然气', nameEn: 'LNG', unit: 't', ncv: 51.498, cc: 15.3, oxPct: 98, ref: 'LNG' }),
  coke_oven_gas: fossil({ id: 'coke_oven_gas', nameZh: '焦炉煤气', nameEn: 'Coke-oven gas', unit: '10^4 Nm3', ncv: 179.81, cc: 13.58, oxPct: 99, ref: 'coke_oven_gas' }),
  blast_furnace_gas: fossil({ id: 'blast_furnace_gas', nameZh: '高炉煤气', nameEn: 'Blast-furnace gas', unit: '10^4 Nm3', ncv: 33.0, cc: 70.8, oxPct: 99, ref: 'blast_furnace_gas' }),
};

/** Direct CO2 per MWh of final energy for a non-electric carrier (Scope 1, or Scope 2 for purchased heat). */
export function carrierEfTco2PerMwh(id: Exclude<FuelId, 'electricity'>): number {
  const ef = FUELS[id].efTco2PerMwh;
  if (ef === null) throw new RangeError(`no emission factor for ${id}`);
  return ef.value;
}

const IPCC_SRC = 'https://github.com/iClimate/ghgpy src/ghgpy/data/efs.py (IPCC 2006 Vol 2 Ch 2 Table 2.2)';
const ipcc = (v: number, key: string): Sourced => sourced(v, 'kgCO2/TJ', 2006, IPCC_SRC, 'high', 'Cross-check only (assumes 100 % oxidation).', `IPCC2006_EF_${key}`);
/** IPCC 2006 default CO2 factors, for cross-checks against the Chinese defaults. */
export const IPCC_2006_CO2_KG_PER_TJ: Readonly<Partial<Record<FuelId | 'petroleum_coke', Sourced>>> = {
  anthracite: ipcc(98300, 'anthracite'), bituminous: ipcc(94600, 'other bituminous coal'), coke: ipcc(107000, 'coke oven coke'),
  natural_gas: ipcc(56100, 'natural gas'), diesel: ipcc(74100, 'diesel/gas oil'), fuel_oil: ipcc(77400, 'residual fuel oil'),
  lpg: ipcc(63100, 'LPG'), gasoline: ipcc(69300, 'motor gasoline'), petroleum_coke: ipcc(97500, 'petroleum coke'),
  blast_furnace_gas: ipcc(260000, 'blast furnace gas'), coke_oven_gas: ipcc(44400, 'coke oven gas'),
};

/** Steam enthalpy used to convert tonnes of purchased steam to GJ (our assumption). */
export const STEAM_GJ_PER_T: Sourced = assumption(2.7, 'GJ/t steam', 2025,
  'Saturated steam near 1 MPa has ≈2.78 GJ/t enthalpy; less ≈0.084 GJ/t for 20 °C feed water (the Chinese guideline method subtracts it) ≈ 2.7. Use the measured enthalpy where known.');
/** Hydrogen density at 0 °C, 101.325 kPa, to convert Nm3 of hydrogen to mass. */
export const HYDROGEN_KG_PER_NM3: Sourced = sourced(0.0899, 'kg/Nm3', 2026, 'physical constant (ideal-gas density of H2 at 0 °C, 1 atm)', 'medium', 'Not in the reference.');

/** Energy units, valid for every carrier. `tce` uses the calorific equivalent (当量值, 29.3076 GJ/tce), also for electricity. */
const ENERGY_MWH: Readonly<Partial<Record<PhysicalUnit, number>>> = {
  MWh: 1, kWh: 0.001, GJ: 1 / GJ_PER_MWH, TJ: 1000 / GJ_PER_MWH, tce: STANDARD_COAL_NCV_GJ_PER_TCE.value / GJ_PER_MWH,
};

function materialMwh(id: FuelId, unit: PhysicalUnit): number | undefined {
  const f = FUELS[id];
  const ncv = f.ncvGjPerUnit?.value;
  if (ncv === undefined) return undefined;
  const perNatural = ncv / GJ_PER_MWH;
  if (unit === f.naturalUnit) return perNatural;
  if (f.naturalUnit === 't' && unit === 'kg') return perNatural / 1000;
  if (f.naturalUnit === '10^4 Nm3' && unit === 'Nm3') return perNatural / 1e4;
  if (id === 'hydrogen' && unit === 'Nm3') return (perNatural / 1000) * HYDROGEN_KG_PER_NM3.value;
  if (id === 'purchased_heat' && unit === 't_steam') return STEAM_GJ_PER_T.value / GJ_PER_MWH;
  return undefined;
}

/** MWh of final energy per one `unit` of fuel `id`; throws for a unit that does not apply. */
export function mwhPerUnit(id: FuelId, unit: PhysicalUnit): number {
  const v = ENERGY_MWH[unit] ?? materialMwh(id, unit);
  if (v === undefined) throw new RangeError(`unit '${unit}' does not apply to ${id}`);
  return v;
}

/** Convert a quantity of fuel `id` in `unit` to MWh of final energy (via NCV for mass and volume units). */
export function toMwh(id: FuelId, quantity: number, unit: PhysicalUnit): number {
  return quantity * mwhPerUnit(id, unit);
}

export interface PhysicalUnitInfo {
  naturalUnit: PhysicalUnit;
  mwhPerNaturalUnit: number;
  /** Every unit `toMwh` accepts for this fuel. */
  accepted: readonly PhysicalUnit[];
}

/** Natural unit and accepted units per fuel, for scenarios that give fuel in t, 10^4 Nm3, GJ, tce... */
export const physicalUnits: Readonly<Record<FuelId, PhysicalUnitInfo>> = recordFromIds(FUEL_IDS, (id) => ({
  naturalUnit: FUELS[id].naturalUnit,
  mwhPerNaturalUnit: mwhPerUnit(id, FUELS[id].naturalUnit),
  accepted: PHYSICAL_UNITS.filter((u) => ENERGY_MWH[u] !== undefined || materialMwh(id, u) !== undefined),
}));

const eff = (v: number, note: string): Sourced => assumption(v, 'fraction (useful heat / final energy, NCV basis)', 2025, note);
/** Default conversion efficiency of the incumbent heat equipment per carrier (our assumptions). */
export const INCUMBENT_HEAT_EFFICIENCY: Readonly<Record<CarrierId, Sourced>> = {
  electricity: eff(0.97, 'Resistive or electrode boiler; the reference\'s engineering norm is 95–99 %.'),
  raw_coal: eff(0.8, 'Typical chain-grate industrial coal boiler in China, 70–85 % in practice; 0.80 mid-upper value.'),
  coke: eff(0.8, 'Solid fuel fired like coal; same as raw coal.'),
  natural_gas: eff(0.9, 'Non-condensing gas boiler or burner, 88–94 % on NCV; 0.90.'),
  diesel: eff(0.88, 'Oil-fired boiler, 85–90 %; 0.88.'),
  fuel_oil: eff(0.88, 'Oil-fired boiler, 85–90 %; 0.88.'),
  lpg: eff(0.9, 'Gaseous fuel burned like natural gas; 0.90.'),
  purchased_heat: eff(1.0, 'Heat metered at the site boundary is counted as delivered; internal distribution losses sit in the baseline demand.'),
  hydrogen: eff(0.9, 'Hydrogen burner or boiler assumed as efficient as a gas boiler; 0.90.'),
  biomass: eff(0.8, 'Biomass pellet boiler, 75–85 %; 0.80.'),
};
