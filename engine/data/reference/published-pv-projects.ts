/**
 * Published on-site PV at Chinese factories: size, yield, roof area and the share of the site's
 * electricity they cover, as the companies or local governments reported them. Used to derive the
 * rooftop density (m² per kWp) and, in `test/calibration`, as the published figures a modelled plan
 * is checked against. Found with the search tool in stored public pages (2021–2025); each record
 * names its pages. Figures are the publishers' own: "expected" figures are pre-construction design
 * estimates (usually the 25-year average), "measured" ones a reported year of operation.
 *
 * Certification found: Geely Xi'an holds a T/CECA-G 0171 Type I five-star zero-carbon factory
 * certificate (TiGroup, Nov 2022); Chang'an Liangjiang is on MIIT's national green-factory list
 * (2025). No certificate was found for the other two, which are kept because they publish the
 * share of site electricity (Xpeng) or every figure of one project (GAC).
 */
import type { ProvinceId } from './provinces.ts';
import { type Sourced, derived, sourced } from './sourced.ts';

export interface PublishedPvProject {
  readonly id: string;
  readonly name: string;
  readonly province: ProvinceId;
  readonly certification: string;
  readonly mounting: 'rooftop_and_carport' | 'rooftop' | 'carport';
  readonly capacityKwp: Sourced;
  readonly annualMwh: Sourced;
  /** What `annualMwh` is: a design estimate of the average year, or a measured year. */
  readonly annualBasis: 'expected_average' | 'measured_year';
  /** Area the array covers (roofs and carports), where published. */
  readonly areaM2?: Sourced;
  /** Share of the site's (production) electricity the PV covers, where published. */
  readonly shareOfSiteElectricityFraction?: Sourced;
  /** Specific yield the figures imply, kWh/kWp/yr. */
  readonly yieldKwhPerKwp: Sourced;
}

const GEELY_NEWS = 'https://pediatricdentalva.com/Car_news/139.html (mirror of Geely Auto news, Nov 2022: "52-MW super photovoltaic power station … completed in September")';
const GEELY_2025 = 'http://che.yuansudz.com/news/7181823.html (Xi\'an ETDZ report on the Geely Xi\'an zero-carbon factory, 2025: "总面积达52万平方米的超级光伏系统,年发电量约5376万度")';
const GEELY_CERT = 'http://zgh.com/media-center/news/2022-11-18/ (Geely: first T/CECA-G 0171 Type I five-star zero-carbon factory certificate, issued by TiGroup 钛和认证)';
const CHANGAN_2025 = 'https://english.liangjiang.gov.cn/2025-02/20/c_1071663.htm (Liangjiang New Area, 2025-02-20: national green factory; "In 2024, the plant installed a 33-megawatt distributed photovoltaic system and generated 25.53 million kWh")';
const CHANGAN_2023 = 'https://govt.chinadaily.com.cn/s/202309/08/WS652deb93498ed2d7b7e9d9a9/green-energy-project-helps-boost-nations-carbon-pledge_4.html ; http://www.independent.co.uk/asia/china/china-daily/solar-energy-sustainability-electricity-power-energy-b2410570.html (China Daily, Sep 2023: Chang\'an 37 MW on 300,000 m² of roofs and carports, 667 million kWh over 25 years)';
const XPENG = 'https://m.gkzhan.com/news/detail/138963.html (Gasgoo, 2021-11-25: 20,735 kW, 年均发电量 2,133 万 kWh, 30 % of production electricity) ; https://cansciencenews.com/2021/11/25/xpeng-motors-sets-up-distributed-photovoltaic-power-generation-system-in-zhaoqing-factory/';
const GAC = 'https://www.gac.com.cn/en/csr/detail?baseid=18348 (GAC Group, 2022-02-28: 60,000 m² of workshop roof, 6.34 MW planned, about 5.8 million kWh/yr, about 29 % of the park\'s power, self-use with surplus export)';

const yieldOf = (mwh: number, kwp: number, src: string, year: number): Sourced =>
  derived((mwh * 1000) / kwp, 'kWh/kWp/yr', year, src, `${mwh} MWh ÷ ${kwp} kWp`);

export const PUBLISHED_PV_PROJECTS: readonly PublishedPvProject[] = [
  {
    id: 'geely_xian',
    name: 'Geely Auto Xi\'an plant (陕西西安, 300,000 vehicles/yr)',
    province: 'shaanxi',
    certification: `Zero-carbon factory, T/CECA-G 0171 Type I five-star (TiGroup, Nov 2022): ${GEELY_CERT}`,
    mounting: 'rooftop',
    capacityKwp: sourced(52_000, 'kWp', 2022, GEELY_NEWS, 'medium', 'Company news through a mirror site.'),
    annualMwh: sourced(53_760, 'MWh/yr', 2025, GEELY_2025, 'medium',
      'Local press, 2025. Issue 15 quotes 47.5 GWh/yr (≈913 h) for this plant; no stored source for that figure was found.'),
    annualBasis: 'expected_average',
    areaM2: sourced(520_000, 'm²', 2025, GEELY_2025, 'medium', '"总面积达52万平方米的超级光伏系统": the area of the PV system.'),
    yieldKwhPerKwp: yieldOf(53_760, 52_000, `${GEELY_2025} ; ${GEELY_NEWS}`, 2025),
  },
  {
    id: 'changan_liangjiang',
    name: 'Chang\'an Automobile Liangjiang plant (重庆两江新区)',
    province: 'chongqing',
    certification: `National green factory, MIIT list (2025): ${CHANGAN_2025}`,
    mounting: 'rooftop_and_carport',
    capacityKwp: sourced(33_000, 'kWp', 2024, CHANGAN_2025, 'high', 'Local government site. China Daily (2023) gives 37 MW for Chang\'an\'s largest Chongqing rooftop project.'),
    annualMwh: sourced(25_530, 'MWh/yr', 2024, CHANGAN_2025, 'high', 'Generated in 2024.'),
    annualBasis: 'measured_year',
    areaM2: sourced(300_000, 'm²', 2023, CHANGAN_2023, 'medium', 'Roofs and carports of the 37 MW project (China Daily, 2023).'),
    yieldKwhPerKwp: yieldOf(25_530, 33_000, CHANGAN_2025, 2024),
  },
  {
    id: 'xpeng_zhaoqing',
    name: 'Xpeng Motors Zhaoqing base (广东肇庆)',
    province: 'guangdong',
    certification: 'none found',
    mounting: 'rooftop_and_carport',
    capacityKwp: sourced(20_735, 'kWp', 2021, XPENG, 'medium', 'Printed as "20,735 兆瓦/megawatts"; 20,735 kW is meant (21.33 GWh/yr).'),
    annualMwh: sourced(21_330, 'MWh/yr', 2021, XPENG, 'medium', 'Expected average year.'),
    annualBasis: 'expected_average',
    shareOfSiteElectricityFraction: sourced(0.3, 'fraction of production electricity', 2021, XPENG, 'medium'),
    yieldKwhPerKwp: yieldOf(21_330, 20_735, XPENG, 2021),
  },
  {
    id: 'gac_parts_guangzhou',
    name: 'GAC Parts & Components Guangzhou industrial park (广东广州)',
    province: 'guangdong',
    certification: 'none found',
    mounting: 'rooftop',
    capacityKwp: sourced(6_340, 'kWp', 2022, GAC, 'high', 'Company CSR page; planned capacity.'),
    annualMwh: sourced(5_800, 'MWh/yr', 2022, GAC, 'high', 'Average annual generation expected.'),
    annualBasis: 'expected_average',
    areaM2: sourced(60_000, 'm²', 2022, GAC, 'high', 'Workshop roof area.'),
    shareOfSiteElectricityFraction: sourced(0.29, 'fraction of site electricity', 2022, GAC, 'high'),
    yieldKwhPerKwp: yieldOf(5_800, 6_340, GAC, 2022),
  },
];

/** Projects that publish both the array area and its capacity, with the density they imply. */
export const PUBLISHED_ROOF_DENSITIES: readonly Sourced[] = [
  derived(520_000 / 52_000, 'm²/kWp', 2025, `${GEELY_2025} ; ${GEELY_NEWS}`, 'Geely Xi\'an: 520,000 m² ÷ 52,000 kWp.'),
  derived(300_000 / 37_000, 'm²/kWp', 2023, CHANGAN_2023, 'Chang\'an Chongqing: 300,000 m² ÷ 37,000 kWp (roofs and carports).'),
  derived(60_000 / 6_340, 'm²/kWp', 2022, GAC, 'GAC Parts Guangzhou: 60,000 m² of workshop roof ÷ 6,340 kWp.'),
];

/**
 * Gross roof area per kWp of rooftop PV on an industrial site (colour-steel or concrete roofs, with
 * access paths, fire lanes, setbacks and skylights left free): the median of the three published
 * C&I projects above (10.0, 8.1 and 9.5 m²/kWp). It replaces 6.7 m²/kW, which assumed 65 % roof
 * coverage by modules; these projects cover roughly 45–55 % of the roof with 450–550 Wp modules.
 */
export const ROOFTOP_PV_M2_PER_KWP: Sourced = derived(
  9.5, 'm²/kWp', 2025, 'PUBLISHED_ROOF_DENSITIES (Geely Xi\'an 2025, Chang\'an Chongqing 2023, GAC Guangzhou 2022)',
  'Median of 10.0, 8.1 and 9.5 m²/kWp. An industrial roof with a low-tilt array of modules at ≈0.22 kWp/m² and ≈45 % coverage gives ≈10 m²/kWp.',
);
