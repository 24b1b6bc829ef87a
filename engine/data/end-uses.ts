/**
 * End-uses of final energy inside the factory boundary. Heat end-uses are served by incumbent
 * fuel-fired equipment or by electrified technologies; the others are electric or transport.
 */
export const END_USE_IDS = [
  'heat_low',
  'heat_medium',
  'heat_high',
  'steam',
  'motors',
  'compressed_air',
  'hvac',
  'lighting',
  'it_load',
  'electrolysis',
  'transport',
  'other_electric',
] as const;
export type EndUseId = (typeof END_USE_IDS)[number];

export type EndUseKind = 'heat' | 'electric' | 'transport';

export interface EndUseInfo {
  readonly id: EndUseId;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly kind: EndUseKind;
}

export const END_USES: Readonly<Record<EndUseId, EndUseInfo>> = {
  heat_low: { id: 'heat_low', nameZh: '低温热 (<100°C)', nameEn: 'Low-temperature heat (<100 °C)', kind: 'heat' },
  heat_medium: { id: 'heat_medium', nameZh: '中温热 (100–400°C)', nameEn: 'Medium-temperature heat (100–400 °C)', kind: 'heat' },
  heat_high: { id: 'heat_high', nameZh: '高温热 (>400°C)', nameEn: 'High-temperature heat (>400 °C)', kind: 'heat' },
  steam: { id: 'steam', nameZh: '工艺蒸汽', nameEn: 'Process steam', kind: 'heat' },
  motors: { id: 'motors', nameZh: '电机及驱动', nameEn: 'Motors and drives', kind: 'electric' },
  compressed_air: { id: 'compressed_air', nameZh: '压缩空气', nameEn: 'Compressed air', kind: 'electric' },
  hvac: { id: 'hvac', nameZh: '暖通空调与冷却', nameEn: 'HVAC and cooling', kind: 'electric' },
  lighting: { id: 'lighting', nameZh: '照明', nameEn: 'Lighting', kind: 'electric' },
  it_load: { id: 'it_load', nameZh: 'IT负载', nameEn: 'IT load', kind: 'electric' },
  electrolysis: { id: 'electrolysis', nameZh: '电解', nameEn: 'Electrolysis', kind: 'electric' },
  transport: { id: 'transport', nameZh: '厂内运输车队', nameEn: 'Transport fleet', kind: 'transport' },
  other_electric: { id: 'other_electric', nameZh: '其他用电', nameEn: 'Other electric', kind: 'electric' },
};
