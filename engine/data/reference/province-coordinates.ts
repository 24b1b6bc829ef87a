/**
 * A representative location per province for solar geometry: the provincial capital, rounded to
 * 0.1°. Used to place the sun in each clock hour (Beijing time, UTC+8): solar noon falls near 12:00
 * in Shanghai (121.5° E) and after 14:00 in Urumqi (87.6° E). A site's own coordinates
 * (`factories[].hourly.latitudeDeg` / `longitudeDeg`) replace these.
 */
import { type Sourced, assumption } from './sourced.ts';
import type { ProvinceId } from './provinces.ts';

export interface LatLon {
  readonly latitudeDeg: number;
  readonly longitudeDeg: number;
}

const at = (city: string, latitudeDeg: number, longitudeDeg: number): Sourced<LatLon> =>
  assumption({ latitudeDeg, longitudeDeg }, '° N, ° E', '-', `Capital ${city}, rounded to 0.1° (general geographic data, not in the reference).`);

export const PROVINCE_LOCATION: Readonly<Record<ProvinceId, Sourced<LatLon>>> = {
  beijing: at('Beijing', 39.9, 116.4),
  tianjin: at('Tianjin', 39.1, 117.2),
  hebei: at('Shijiazhuang', 38.0, 114.5),
  shanxi: at('Taiyuan', 37.9, 112.5),
  inner_mongolia: at('Hohhot', 40.8, 111.7),
  liaoning: at('Shenyang', 41.8, 123.4),
  jilin: at('Changchun', 43.9, 125.3),
  heilongjiang: at('Harbin', 45.8, 126.6),
  shanghai: at('Shanghai', 31.2, 121.5),
  jiangsu: at('Nanjing', 32.1, 118.8),
  zhejiang: at('Hangzhou', 30.3, 120.2),
  anhui: at('Hefei', 31.8, 117.3),
  fujian: at('Fuzhou', 26.1, 119.3),
  jiangxi: at('Nanchang', 28.7, 115.9),
  shandong: at('Jinan', 36.7, 117.0),
  henan: at('Zhengzhou', 34.7, 113.6),
  hubei: at('Wuhan', 30.6, 114.3),
  hunan: at('Changsha', 28.2, 112.9),
  guangdong: at('Guangzhou', 23.1, 113.3),
  guangxi: at('Nanning', 22.8, 108.3),
  hainan: at('Haikou', 20.0, 110.3),
  chongqing: at('Chongqing', 29.6, 106.5),
  sichuan: at('Chengdu', 30.7, 104.1),
  guizhou: at('Guiyang', 26.6, 106.7),
  yunnan: at('Kunming', 25.0, 102.7),
  tibet: at('Lhasa', 29.7, 91.1),
  shaanxi: at("Xi'an", 34.3, 108.9),
  gansu: at('Lanzhou', 36.1, 103.8),
  qinghai: at('Xining', 36.6, 101.8),
  ningxia: at('Yinchuan', 38.5, 106.3),
  xinjiang: at('Urumqi', 43.8, 87.6),
};
