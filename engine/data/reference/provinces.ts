/**
 * The 31 mainland provinces (provincial-level divisions) and the seven MEE grid regions.
 *
 * A factory's province fixes its grid region (DESIGN §3). The regional split is the one used by the
 * MEE/NBS electricity CO2 factor announcements for 2021 (公告2024年第12号), 2022 (20 Dec 2024) and
 * 2023 (reported Jan 2026): 华北 North, 东北 Northeast, 华东 East, 华中 Central, 西北 Northwest,
 * 南方 South, 西南 Southwest (regional values in `grid-factors.ts`). Membership:
 * - 华北 North: 北京 天津 河北 山西 山东 内蒙古(蒙西)
 * - 东北 Northeast: 辽宁 吉林 黑龙江 (蒙东)
 * - 华东 East: 上海 江苏 浙江 安徽 福建
 * - 华中 Central: 河南 湖北 湖南 江西
 * - 西北 Northwest: 陕西 甘肃 青海 宁夏 新疆
 * - 南方 South: 广东 广西 云南 贵州 海南
 * - 西南 Southwest: 四川 重庆 西藏
 * Inner Mongolia is split between North (蒙西, western grid) and Northeast (蒙东, eastern leagues); a
 * province maps to one region here, so Inner Mongolia is assigned to North (see its `note`).
 */

/** Grid region ids, as a tuple so zod enums can be built from it. */
export const GRID_REGION_IDS = [
  'north',
  'northeast',
  'east',
  'central',
  'northwest',
  'south',
  'southwest',
] as const;
export type GridRegionId = (typeof GRID_REGION_IDS)[number];

/** Province ids, as a tuple so zod enums can be built from it. */
export const PROVINCE_IDS = [
  'beijing',
  'tianjin',
  'hebei',
  'shanxi',
  'inner_mongolia',
  'liaoning',
  'jilin',
  'heilongjiang',
  'shanghai',
  'jiangsu',
  'zhejiang',
  'anhui',
  'fujian',
  'jiangxi',
  'shandong',
  'henan',
  'hubei',
  'hunan',
  'guangdong',
  'guangxi',
  'hainan',
  'chongqing',
  'sichuan',
  'guizhou',
  'yunnan',
  'tibet',
  'shaanxi',
  'gansu',
  'qinghai',
  'ningxia',
  'xinjiang',
] as const;
export type ProvinceId = (typeof PROVINCE_IDS)[number];

export interface GridRegion {
  id: GridRegionId;
  nameZh: string;
  nameEn: string;
}

export interface Province {
  id: ProvinceId;
  nameZh: string;
  nameEn: string;
  gridRegion: GridRegionId;
  note?: string;
}

/** Source of the province → region split. */
export const GRID_REGION_SPLIT_SOURCE =
  'MEE/NBS electricity CO2 factor announcements for 2021 (公告2024年第12号), 2022 and 2023: regional split ' +
  '(华北, 东北, 华东, 华中, 西北, 南方, 西南); region names and values in sources/reference-data.md §1';

export const GRID_REGIONS: Readonly<Record<GridRegionId, GridRegion>> = {
  north: { id: 'north', nameZh: '华北', nameEn: 'North China' },
  northeast: { id: 'northeast', nameZh: '东北', nameEn: 'Northeast China' },
  east: { id: 'east', nameZh: '华东', nameEn: 'East China' },
  central: { id: 'central', nameZh: '华中', nameEn: 'Central China' },
  northwest: { id: 'northwest', nameZh: '西北', nameEn: 'Northwest China' },
  south: { id: 'south', nameZh: '南方', nameEn: 'South (China Southern Grid)' },
  southwest: { id: 'southwest', nameZh: '西南', nameEn: 'Southwest China' },
};

const p = (
  id: ProvinceId,
  nameZh: string,
  nameEn: string,
  gridRegion: GridRegionId,
  note?: string,
): Province => (note === undefined ? { id, nameZh, nameEn, gridRegion } : { id, nameZh, nameEn, gridRegion, note });

export const PROVINCES: Readonly<Record<ProvinceId, Province>> = {
  beijing: p('beijing', '北京', 'Beijing', 'north'),
  tianjin: p('tianjin', '天津', 'Tianjin', 'north'),
  hebei: p('hebei', '河北', 'Hebei', 'north'),
  shanxi: p('shanxi', '山西', 'Shanxi', 'north'),
  inner_mongolia: p(
    'inner_mongolia',
    '内蒙古',
    'Inner Mongolia',
    'north',
    'Split in the MEE regional factors: 蒙西 (western grid) belongs to North, 蒙东 (eastern leagues: ' +
      'Hulunbuir, Hinggan, Tongliao, Chifeng) to Northeast. Assigned to North here; a factory in 蒙东 ' +
      'should override its grid region to northeast.',
  ),
  liaoning: p('liaoning', '辽宁', 'Liaoning', 'northeast'),
  jilin: p('jilin', '吉林', 'Jilin', 'northeast'),
  heilongjiang: p('heilongjiang', '黑龙江', 'Heilongjiang', 'northeast'),
  shanghai: p('shanghai', '上海', 'Shanghai', 'east'),
  jiangsu: p('jiangsu', '江苏', 'Jiangsu', 'east'),
  zhejiang: p('zhejiang', '浙江', 'Zhejiang', 'east'),
  anhui: p('anhui', '安徽', 'Anhui', 'east'),
  fujian: p('fujian', '福建', 'Fujian', 'east'),
  jiangxi: p('jiangxi', '江西', 'Jiangxi', 'central'),
  shandong: p('shandong', '山东', 'Shandong', 'north'),
  henan: p('henan', '河南', 'Henan', 'central'),
  hubei: p('hubei', '湖北', 'Hubei', 'central'),
  hunan: p('hunan', '湖南', 'Hunan', 'central'),
  guangdong: p('guangdong', '广东', 'Guangdong', 'south'),
  guangxi: p('guangxi', '广西', 'Guangxi', 'south'),
  hainan: p('hainan', '海南', 'Hainan', 'south'),
  chongqing: p('chongqing', '重庆', 'Chongqing', 'southwest'),
  sichuan: p('sichuan', '四川', 'Sichuan', 'southwest'),
  guizhou: p('guizhou', '贵州', 'Guizhou', 'south'),
  yunnan: p('yunnan', '云南', 'Yunnan', 'south'),
  tibet: p('tibet', '西藏', 'Tibet (Xizang)', 'southwest'),
  shaanxi: p('shaanxi', '陕西', 'Shaanxi', 'northwest'),
  gansu: p('gansu', '甘肃', 'Gansu', 'northwest'),
  qinghai: p('qinghai', '青海', 'Qinghai', 'northwest'),
  ningxia: p('ningxia', '宁夏', 'Ningxia', 'northwest'),
  xinjiang: p('xinjiang', '新疆', 'Xinjiang', 'northwest'),
};

/** Type guard for province ids. */
export function isProvinceId(id: string): id is ProvinceId {
  return (PROVINCE_IDS as readonly string[]).includes(id);
}

/** Type guard for grid region ids. */
export function isGridRegionId(id: string): id is GridRegionId {
  return (GRID_REGION_IDS as readonly string[]).includes(id);
}

/** The province record for an id. */
export function getProvince(id: ProvinceId): Province {
  return PROVINCES[id];
}

/** The grid region record for an id. */
export function getGridRegion(id: GridRegionId): GridRegion {
  return GRID_REGIONS[id];
}

/** The grid region a province belongs to (Inner Mongolia → north, see its note). */
export function gridRegionOf(province: ProvinceId): GridRegionId {
  return PROVINCES[province].gridRegion;
}

/** Provinces of a grid region, in `PROVINCE_IDS` order. */
export function provincesInRegion(region: GridRegionId): ProvinceId[] {
  return PROVINCE_IDS.filter((id) => PROVINCES[id].gridRegion === region);
}

/** Look a province up by its Chinese short name (e.g. `江苏`); undefined when unknown. */
export function provinceByNameZh(nameZh: string): Province | undefined {
  return PROVINCE_IDS.map((id) => PROVINCES[id]).find((prov) => prov.nameZh === nameZh);
}
