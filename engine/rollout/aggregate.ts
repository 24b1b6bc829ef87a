/**
 * Streaming sector totals of a rollout: each factory result is folded in and dropped, so memory
 * does not grow with the number of factories (it grows with sectors × years × measures).
 */
import type { SectorId } from '../data/sectors.ts';
import type { PlanStatus } from '../optimise/types.ts';
import type { RolloutFactoryResult } from './solve-row.ts';

type Series = Record<number, number>;

export interface SectorTotals {
  readonly sector: SectorId;
  factories: number;
  metTarget: number;
  readonly statuses: Partial<Record<PlanStatus, number>>;
  baseGrossTco2: number;
  costRmb: number;
  readonly netTco2ByYear: Series;
  readonly shortfallTco2ByYear: Series;
  readonly capexRmbByYear: Series;
  readonly greenPurchasesMwhByYear: Series;
  readonly offsetsTco2ByProduct: Record<string, Series>;
  /** Sector MAC: abatement potential summed, cost abatement-weighted, by measure. */
  readonly mac: Record<string, { abatementTco2PerYear: number; costTimesAbatement: number }>;
}

const addSeries = (into: Series, from: Readonly<Record<number, number>>) => {
  for (const [y, v] of Object.entries(from)) into[Number(y)] = (into[Number(y)] ?? 0) + v;
};

export class RolloutAccumulator {
  private readonly sectors = new Map<SectorId, SectorTotals>();
  readonly failures: Array<{ id: string; message: string }> = [];

  add(r: RolloutFactoryResult): void {
    let t = this.sectors.get(r.sector);
    if (t === undefined) {
      t = { sector: r.sector, factories: 0, metTarget: 0, statuses: {}, baseGrossTco2: 0, costRmb: 0, netTco2ByYear: {}, shortfallTco2ByYear: {}, capexRmbByYear: {}, greenPurchasesMwhByYear: {}, offsetsTco2ByProduct: {}, mac: {} };
      this.sectors.set(r.sector, t);
    }
    t.factories++;
    if (r.metTarget) t.metTarget++;
    t.statuses[r.status] = (t.statuses[r.status] ?? 0) + 1;
    t.baseGrossTco2 += r.baseGrossTco2;
    t.costRmb += r.costRmb;
    addSeries(t.netTco2ByYear, r.netTco2ByYear);
    addSeries(t.shortfallTco2ByYear, r.shortfallTco2ByYear);
    addSeries(t.capexRmbByYear, r.capexRmbByYear);
    addSeries(t.greenPurchasesMwhByYear, r.greenPurchasesMwhByYear);
    for (const [product, series] of Object.entries(r.offsetsTco2ByProduct)) addSeries((t.offsetsTco2ByProduct[product] ??= {}), series);
    for (const p of r.mac) {
      const m = (t.mac[p.measureId] ??= { abatementTco2PerYear: 0, costTimesAbatement: 0 });
      m.abatementTco2PerYear += p.abatementTco2PerYear;
      m.costTimesAbatement += p.costRmbPerTco2 * p.abatementTco2PerYear;
    }
  }

  fail(id: string, message: string): void {
    this.failures.push({ id, message });
  }

  /** Totals by sector, in sector order, with the MAC as a sorted list. */
  result() {
    return [...this.sectors.values()]
      .sort((a, b) => a.sector.localeCompare(b.sector))
      .map((t) => ({
        ...t,
        mac: Object.entries(t.mac)
          .map(([measureId, m]) => ({ measureId, abatementTco2PerYear: m.abatementTco2PerYear, costRmbPerTco2: m.abatementTco2PerYear > 0 ? m.costTimesAbatement / m.abatementTco2PerYear : 0 }))
          .sort((a, b) => a.costRmbPerTco2 - b.costRmbPerTco2),
      }));
  }
}
