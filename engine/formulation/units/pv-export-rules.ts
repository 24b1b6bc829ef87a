/**
 * The 2025 distributed-PV rules on the site's PV: its project class caps its size (general C&I ≤ 6 MW;
 * large C&I ≤ 20 or 50 MW by connection voltage) and sets what share of PV generation may be exported
 * and paid (general C&I: the provincial surplus share; large C&I: none, unless the province's spot
 * market runs continuously). Where the class matters (the site could exceed 6 MW, the classes export
 * differently and exports can pay for PV) and the scenario does not fix it, a binary chooses it
 * (pv_large_class = 1: large C&I). On-site wind exports are not restricted.
 */
import type { PvProjectClass } from '../../data/reference/pv-export-rules.ts';
import { component, key, type Component, type FormulationContext, type FormulationUnit } from '../context.ts';
import { fmt } from '../explain.ts';
import { capitalRecoveryFactor } from '../economics.ts';
import { ofKind, type MeasureOf } from '../measure-kinds.ts';
import { areaM2PerKw } from '../potential.ts';

type Terms = Array<[number, number]>;

/**
 * Whether exported PV output could ever earn more than the PV costs: in the annual model PV beyond the
 * self-consumption limit is built only for its export revenue (exports do not lower the site's Scope 2).
 */
function exportsCanPay(ctx: FormulationContext, pv: readonly MeasureOf<'onsite_generation'>[]): boolean {
  const { data } = ctx;
  return pv.some((m) => {
    const crf = capitalRecoveryFactor(data.discountRate, m.lifetimeYears);
    return data.years.some((y) => data.pvExport.priceRmbPerMwh[y]! * data.yieldMwhPerKw[m.id]! > m.capexRmbPerUnit[y]! * crf + m.fixedOmRmbPerUnitYear);
  });
}

/**
 * The class when it is settled without a decision, else null (the optimiser chooses). Where exports cannot
 * pay, the general class's export right is worth nothing and the large class (the bigger size cap) dominates.
 */
function settledClass(ctx: FormulationContext, pv: readonly MeasureOf<'onsite_generation'>[], potentialKwp: number): PvProjectClass | null {
  const px = ctx.data.pvExport;
  if (px.fixedClass !== null) return px.fixedClass;
  if (potentialKwp <= px.generalCiMaxKwp || px.largeCiMaxKwp <= px.generalCiMaxKwp) return 'general_ci';
  const general = px.maxExportShareFraction.general_ci;
  const large = px.maxExportShareFraction.large_ci;
  if (ctx.data.years.every((y) => large[y]! >= general[y]!)) return 'large_ci';
  return exportsCanPay(ctx, pv) ? null : 'large_ci';
}

export const pvExportRulesUnit: FormulationUnit = {
  name: 'pv_export_rules',
  title: 'PV project class (2025 distributed-PV measures): size cap by class and connection voltage, exported share of PV generation by class and province',
  unit: 'kWp (size), MWh (exports)',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const gen = ofKind(data.measures, 'onsite_generation');
    const pv = gen.filter((m) => m.effect.technology === 'pv');
    const wind = gen.filter((m) => m.effect.technology === 'wind');
    if (pv.length === 0) return;
    const px = data.pvExport;
    // What the site's roof and land could hold (a PV measure without an area limit could be any size).
    const area = (m: (typeof pv)[number]) =>
      m.effect.siteLimit === 'roof' ? data.factory.site.roofAreaM2 : m.effect.siteLimit === 'land' ? data.factory.site.landAreaM2 : Infinity;
    const potentialKwp = pv.reduce((s, m) => s + area(m) / (areaM2PerKw(m, data.factory) || 1), 0);
    const cls = settledClass(ctx, pv, potentialKwp);
    const largeCap = Math.max(px.largeCiMaxKwp, px.generalCiMaxKwp);
    const z = cls === null ? ctx.variable(component('pv_large_class', data.factory.id), { upper: 1, integer: true }) : undefined;
    const maxYield = Math.max(...pv.map((m) => data.yieldMwhPerKw[m.id]!));
    for (const y of data.years) {
      const exported = v.exported.get(y);
      const stock: Terms = [];
      const pvGen: Terms = [];
      for (const m of pv) {
        const s = v.stock.get(key(m.id, y));
        if (s === undefined) continue;
        stock.push([s, 1]);
        pvGen.push([s, data.yieldMwhPerKw[m.id]!]);
      }
      if (stock.length === 0 || exported === undefined) continue;
      const windGen: Terms = wind.flatMap((m) => {
        const s = v.stock.get(key(m.id, y));
        return s === undefined ? [] : [[s, -data.yieldMwhPerKw[m.id]!] as [number, number]];
      });
      const limit = (c: PvProjectClass, extra: Terms, rhs: number, name: Component) =>
        ctx.constraint(name, [[exported, 1], ...pvGen.map(([s, k]): [number, number] => [s, -k * px.maxExportShareFraction[c][y]!]), ...windGen, ...extra], '<=', rhs);
      if (z === undefined) {
        const c = cls!;
        ctx.constraint(component('pv_class_size', y), stock, '<=', c === 'large_ci' ? largeCap : px.generalCiMaxKwp);
        limit(c, [], 0, component('pv_export_limit', y));
        continue;
      }
      ctx.constraint(component('pv_class_size', y), [...stock, [z, -(largeCap - px.generalCiMaxKwp)]], '<=', px.generalCiMaxKwp);
      const bigM = Math.abs(px.maxExportShareFraction.general_ci[y]! - px.maxExportShareFraction.large_ci[y]!) * largeCap * maxYield;
      limit('general_ci', [[z, -bigM]], 0, component('pv_export_limit', y, 'general_ci'));
      limit('large_ci', [[z, bigM]], bigM, component('pv_export_limit', y, 'large_ci'));
    }
  },
  explain: {
    row(c, data) {
      if (c.block !== 'pv_class_size') return null;
      const px = data.pvExport;
      return {
        family: c.block,
        message: `the PV project class caps on-site PV (general C&I ≤ ${fmt(px.generalCiMaxKwp)} kWp, large C&I ≤ ${fmt(px.largeCiMaxKwp)} kWp at ${px.connectionVoltageKv} kV)`,
        fix: 'a larger array needs a higher connection voltage (factory.site.connectionVoltageKv) to qualify as large C&I',
      };
    },
  },
};
