/** The plan: build and stock of each measure by year, with cash capex. */
import { key } from '../formulation/context.ts';
import { isBuildable } from '../formulation/measure-kinds.ts';
import type { SolutionView } from './solution.ts';
import type { PlanRow } from './types.ts';

/** Rows for every measure and year with a non-zero stock or build. */
export function planRows(s: SolutionView): PlanRow[] {
  const { data, v } = s.ctx;
  const rows: PlanRow[] = [];
  for (const m of data.measures.filter(isBuildable)) {
    for (const y of data.years) {
      const build = s.value(v.build.get(key(m.id, y)));
      const stock = s.value(v.stock.get(key(m.id, y)));
      if (build <= 1e-6 && stock <= 1e-6) continue;
      const invest = s.value(v.invest.get(key(m.id, y)));
      const fixed = m.lumpy !== undefined ? m.lumpy.fixedCostRmb * Math.round(invest) : 0;
      rows.push({
        measureId: m.id,
        nameEn: m.nameEn,
        nameZh: m.nameZh,
        category: m.category,
        sizeUnit: m.sizeUnit,
        year: y,
        buildUnits: build,
        stockUnits: stock,
        capexRmb: build * m.capexRmbPerUnit[y]! + fixed,
      });
    }
  }
  return rows;
}
