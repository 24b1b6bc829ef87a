/**
 * Raising the grid connection (a larger transformer, or a user substation at a higher voltage), for
 * sites whose new electric load or PV export would exceed their contracted capacity. Size: kVA added.
 */
import type { MeasureInput } from '../schemas/scenario.ts';
import { GRID_UPGRADE_CAPEX_RMB_PER_KVA } from '../reference/grid-connection.ts';

export const GRID_CONNECTION_MEASURES: MeasureInput[] = [
  {
    id: 'grid_connection_upgrade',
    nameEn: 'Grid connection upgrade (transformer or user substation)',
    nameZh: '增容改造(变压器扩容或新建用户变电站)',
    category: 'grid_connection',
    sectors: 'all',
    sizeUnit: 'kVA',
    capexRmbPerUnit: GRID_UPGRADE_CAPEX_RMB_PER_KVA.value,
    fixedOmRmbPerUnitYear: 4,
    lifetimeYears: 30,
    effect: { kind: 'grid_connection' },
    source:
      `Capex ${GRID_UPGRADE_CAPEX_RMB_PER_KVA.value} RMB/kVA: reference/grid-connection.ts GRID_UPGRADE_CAPEX_RMB_PER_KVA ` +
      '(lingtan assumption). O&M ≈1 % of capex a year; 30-year life of substation equipment (lingtan assumption). Capacity ' +
      'charges on the added kVA (基本电费) are not modelled.',
    confidence: 'assumption',
  },
];
