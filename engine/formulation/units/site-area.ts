/** roof_area[y], land_area[y]: on-site generation fits the site's roof and land. */
import { component, key, type FormulationUnit } from '../context.ts';
import { fmt } from '../explain.ts';
import { ofKind } from '../measure-kinds.ts';
import { areaM2PerKw } from '../potential.ts';

export const siteAreaUnit: FormulationUnit = {
  name: 'site_area',
  title: 'Site area: installed on-site generation × area per kW within the roof and land areas',
  unit: 'm²',
  kind: 'constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const gen = ofKind(data.measures, 'onsite_generation');
    for (const [limit, areaM2] of [
      ['roof', data.factory.site.roofAreaM2],
      ['land', data.factory.site.landAreaM2],
    ] as const) {
      const users = gen.filter((m) => m.effect.siteLimit === limit);
      if (users.length === 0) continue;
      for (const y of data.years) {
        const terms = users.flatMap((m) => {
          const s = v.stock.get(key(m.id, y));
          return s === undefined ? [] : [[s, areaM2PerKw(m, data.factory)] as [number, number]];
        });
        if (terms.length > 0) ctx.constraint(component(`${limit}_area`, y), terms, '<=', areaM2);
      }
    }
  },
  explain: {
    row(c, data) {
      const limit = c.block === 'roof_area' ? 'roof' : 'land';
      const area = limit === 'roof' ? data.factory.site.roofAreaM2 : data.factory.site.landAreaM2;
      const users = ofKind(data.measures, 'onsite_generation').filter((m) => m.effect.siteLimit === limit);
      const kw = users.map((m) => `${m.nameEn} at ${fmt(area / areaM2PerKw(m, data.factory))} kW`).join(' or ');
      return {
        family: c.block,
        message: `${limit} area (${fmt(area)} m²) caps ${kw}`,
        fix: `check factory.site.${limit}AreaM2 against the site survey; beyond it, buy green power or certificates instead of generating on site`,
      };
    },
  },
};
