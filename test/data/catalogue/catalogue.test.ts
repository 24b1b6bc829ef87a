/** The measure catalogue: every entry parses, ids are unique, categories and required measures are present. */
import { describe, expect, it } from 'vitest';
import { MEASURE_CATALOGUE } from '../../../engine/data/catalogue/index.ts';
import { MEASURE_CATEGORIES, measureSchema } from '../../../engine/data/schemas/measure.ts';
import type { Measure } from '../../../engine/data/schemas/scenario.ts';
import { yearRange, yearValue } from '../../../engine/data/year-value.ts';

const YEARS = yearRange(2025, 2035);
const schema = measureSchema(yearValue(YEARS));
const parsed: Measure[] = MEASURE_CATALOGUE.map((m) => schema.parse(m));
const byId = new Map(parsed.map((m) => [m.id, m]));

/** Measures the brief requires, by id. */
const REQUIRED = [
  'rooftop_pv', 'ground_pv', 'onsite_wind', 'battery_storage', 'green_power_trading', 'green_certificate',
  'motor_ie5_upgrade', 'vsd_retrofit', 'compressed_air_optimisation', 'waste_heat_recovery', 'led_lighting',
  'hvac_chiller_upgrade', 'energy_management_system', 'process_heat_insulation', 'dc_cooling_upgrade',
  'heat_pump_low_temp', 'heat_pump_steam', 'electric_boiler', 'electric_kiln', 'induction_furnace', 'electric_forklift',
  'clinker_substitution', 'scrap_eaf_route', 'ccus_cement_kiln', 'inert_anode_aluminium', 'chemical_process_optimisation',
  'low_temp_dyeing',
];

describe('measure catalogue', () => {
  it('has at least 30 measures', () => {
    expect(MEASURE_CATALOGUE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(MEASURE_CATALOGUE.map((m) => [m.id, m] as const))('%s parses for 2025–2035', (_id, m) => {
    const r = schema.safeParse(m);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
  });

  it('has unique ids', () => {
    expect(new Set(parsed.map((m) => m.id)).size).toBe(parsed.length);
  });

  it('covers every category', () => {
    for (const c of MEASURE_CATEGORIES) expect(parsed.some((m) => m.category === c), c).toBe(true);
  });

  it('contains every required measure', () => {
    for (const id of REQUIRED) expect(byId.has(id), id).toBe(true);
  });

  it('has a positive capex in every year wherever something is built, and none for purchases', () => {
    for (const m of parsed) {
      for (const y of YEARS) {
        const capex = m.capexRmbPerUnit[y] ?? Number.NaN;
        if (m.effect.kind === 'green_purchase') expect(capex, `${m.id} ${y}`).toBe(0);
        else expect(capex, `${m.id} ${y}`).toBeGreaterThan(0);
      }
    }
  });

  it('treats green purchases as yearly purchases with a positive premium', () => {
    for (const m of parsed.filter((x) => x.effect.kind === 'green_purchase')) {
      expect(m.lifetimeYears).toBe(1);
      if (m.effect.kind === 'green_purchase') for (const y of YEARS) expect(m.effect.premiumRmbPerMwh[y]).toBeGreaterThan(0);
    }
  });

  it('matches category and effect kind', () => {
    const kindOf: Record<string, string> = {
      renewable_supply: 'onsite_generation', storage: 'storage', green_purchase: 'green_purchase', efficiency: 'efficiency',
      electrification: 'electrification', process_change: 'process_change', carbon_removal: 'carbon_removal',
      grid_connection: 'grid_connection',
    };
    for (const m of parsed) expect(m.effect.kind, m.id).toBe(kindOf[m.category]);
  });

  it('gives every buildable measure a pace with its reason, and counted equipment a unit size', () => {
    for (const m of parsed.filter((x) => x.effect.kind !== 'green_purchase')) {
      expect(m.pace, m.id).toBeDefined();
      expect(m.pace!.basis.length, m.id).toBeGreaterThan(20);
      expect(m.pace!.maxShareOfPotentialPerYear, m.id).toBeGreaterThan(0);
    }
    for (const id of ['electric_forklift', 'electric_heavy_truck', 'electric_boiler', 'electric_kiln']) expect(byId.get(id)?.unitSizeUnits, id).toBeGreaterThan(0);
    expect(byId.get('compact_paint_process')?.pace).toMatchObject({ leadTimeYears: 1, maxShareOfPotentialPerYear: 0.5 });
  });

  it('carries a source and states assumptions', () => {
    for (const m of parsed) {
      expect(m.source.length, m.id).toBeGreaterThan(40);
      if (m.confidence === 'assumption') expect(m.source, m.id).toMatch(/assum/i);
    }
  });

  it('keeps rooftop PV capex on the reference path (2.5–3.0 RMB/W in 2025, 2.2–2.6 in 2030)', () => {
    const pv = byId.get('rooftop_pv');
    expect(pv?.capexRmbPerUnit[2025]).toBeGreaterThanOrEqual(2500);
    expect(pv?.capexRmbPerUnit[2025]).toBeLessThanOrEqual(3000);
    expect(pv?.capexRmbPerUnit[2030]).toBeGreaterThanOrEqual(2200);
    expect(pv?.capexRmbPerUnit[2030]).toBeLessThanOrEqual(2600);
  });

  it('uses plausible effect sizes', () => {
    for (const m of parsed) {
      const e = m.effect;
      if (e.kind === 'efficiency') expect(e.savingFraction, m.id).toBeGreaterThan(0);
      if (e.kind === 'efficiency') expect(e.savingFraction, m.id).toBeLessThanOrEqual(0.6);
      if (e.kind === 'electrification') expect(e.usefulPerElectricity, m.id).toBeLessThanOrEqual(4);
      if (e.kind === 'onsite_generation' && e.siteLimit === 'land') expect(e.areaM2PerKw, m.id).toBeDefined();
      if (e.kind === 'storage') expect(e.shiftMwhPerKwhYear).toBeCloseTo(0.3, 5);
    }
    const cop = (id: string): number => {
      const e = byId.get(id)?.effect;
      return e?.kind === 'electrification' ? e.usefulPerElectricity : Number.NaN;
    };
    expect(cop('heat_pump_low_temp')).toBeGreaterThanOrEqual(3);
    expect(cop('heat_pump_steam')).toBeGreaterThanOrEqual(1.8);
    expect(cop('heat_pump_steam')).toBeLessThan(cop('heat_pump_low_temp'));
    expect(cop('electric_boiler')).toBeGreaterThanOrEqual(0.95);
    expect(cop('electric_boiler')).toBeLessThanOrEqual(0.99);
  });

  it('makes the lumpy projects lumpy', () => {
    for (const id of ['onsite_wind', 'scrap_eaf_route', 'ccus_cement_kiln', 'ccus_steel', 'ccus_high_purity']) {
      const lumpy = byId.get(id)?.lumpy;
      expect(lumpy, id).toBeDefined();
      expect((lumpy?.minSizeUnits ?? 0) + (lumpy?.fixedCostRmb ?? 0), id).toBeGreaterThan(0);
    }
  });

  it('keeps process changes and CCUS sector-specific', () => {
    for (const m of parsed.filter((x) => x.category === 'process_change' || x.category === 'carbon_removal')) {
      expect(m.sectors, m.id).not.toBe('all');
    }
  });

  it('never electrifies steel reduction or cement kilns', () => {
    for (const m of parsed) {
      if (m.effect.kind !== 'electrification' || !m.effect.endUses.includes('heat_high')) continue;
      expect(m.sectors, m.id).not.toBe('all');
      expect(m.sectors, m.id).not.toContain('steel');
      expect(m.sectors, m.id).not.toContain('building_materials');
    }
  });
});
