/**
 * Sectors named in the zero-carbon factory guidance (关于开展零碳工厂建设工作的指导意见, Jan 2026),
 * with the policy wave in which each must start: 2027 for the first group, 2030 for heavy industry.
 * Source: MIIT/NDRC/MEE/SASAC/NEA guidance as summarised in shared/reference (zcf_timeline, 2026).
 */
export const SECTOR_IDS = [
  'automotive',
  'lithium_battery',
  'photovoltaic',
  'electronics',
  'light_industry',
  'machinery',
  'data_centre',
  'steel',
  'non_ferrous',
  'chemicals',
  'building_materials',
  'textiles',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export interface SectorInfo {
  readonly id: SectorId;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Year by which the guidance expects the sector to be building zero-carbon factories. */
  readonly waveYear: 2027 | 2030;
}

export const SECTORS: Readonly<Record<SectorId, SectorInfo>> = {
  automotive: { id: 'automotive', nameZh: '汽车', nameEn: 'Automotive', waveYear: 2027 },
  lithium_battery: { id: 'lithium_battery', nameZh: '锂电池', nameEn: 'Lithium batteries', waveYear: 2027 },
  photovoltaic: { id: 'photovoltaic', nameZh: '光伏', nameEn: 'Photovoltaics', waveYear: 2027 },
  electronics: { id: 'electronics', nameZh: '电子电器', nameEn: 'Electronics and appliances', waveYear: 2027 },
  light_industry: { id: 'light_industry', nameZh: '轻工', nameEn: 'Light industry', waveYear: 2027 },
  machinery: { id: 'machinery', nameZh: '机械', nameEn: 'Machinery', waveYear: 2027 },
  data_centre: { id: 'data_centre', nameZh: '算力设施', nameEn: 'Computing facilities (data centres)', waveYear: 2027 },
  steel: { id: 'steel', nameZh: '钢铁', nameEn: 'Steel', waveYear: 2030 },
  non_ferrous: { id: 'non_ferrous', nameZh: '有色金属', nameEn: 'Non-ferrous metals', waveYear: 2030 },
  chemicals: { id: 'chemicals', nameZh: '石化化工', nameEn: 'Petrochemicals and chemicals', waveYear: 2030 },
  building_materials: { id: 'building_materials', nameZh: '建材', nameEn: 'Building materials', waveYear: 2030 },
  textiles: { id: 'textiles', nameZh: '纺织', nameEn: 'Textiles', waveYear: 2030 },
};
