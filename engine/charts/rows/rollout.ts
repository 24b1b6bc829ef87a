/** Rows from a sector rollout. */
import type { RolloutResult } from '../../rollout/rollout.ts';
import type { RolloutPathwayRow } from './types.ts';

/** Net emissions of each sector by year (sectors in the rollout's order, years ascending). */
export function rolloutPathwayRows(r: Pick<RolloutResult, 'sectors'>): RolloutPathwayRow[] {
  return r.sectors.flatMap((s) =>
    Object.entries(s.netTco2ByYear)
      .map(([year, netTco2]) => ({ year: Number(year), sector: s.sector, netTco2 }))
      .sort((a, b) => a.year - b.year),
  );
}
