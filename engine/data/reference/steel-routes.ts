/**
 * Cost drivers of the steel routes beyond energy (the optimiser already prices coke, coal and
 * electricity): the metallic charge (scrap against iron ore), graphite electrodes, the BF/sinter/BOF
 * consumables an EAF shop does not need, and EAF capex. Found with the search tool in stored public
 * pages; each value names its page, and our own numbers say why they are reasonable.
 *
 * Per tonne of crude steel moved from BF-BOF to scrap-EAF, the non-energy running cost changes by
 *   Δ = scrap_EAF × P_scrap − (HM × ore_per_HM × P_ore + scrap_BOF × P_scrap) + electrodes − BF-BOF consumables.
 * With the energy changes (coke and PCI saved, EAF electricity added) this reproduces the EAF cost
 * premium the China Association of Metal Scrap Utilization (CAMU) reports, RMB 300–500/t (test/data).
 */
import { USD_TO_RMB } from './prices.ts';
import { type Range, type Sourced, assumption, derived, sourced } from './sourced.ts';

const STEELORBIS_SEP2025 =
  'https://www.steelorbis.com/steel-prices/steel-prices-market-analyses/scrap-and-raw-materials/local-chinese-scrap-prices-edge-up-minimally-outlook-cautiously-positive-1411513.htm (SteelOrbis, Sep 2025)';
const FITCH_2025 = 'https://www.scrapinsight.com/2025/12/iron-ore-prices-stagnate-in-early.html (Fitch Ratings forecast via ScrapInsight, Dec 2025)';
const DAVIS_2019 = 'https://www.davisindex.com/camu-lobbies-to-remove-scrap-import-ban/ (Davis Index, Dec 2019, citing CAMU)';
const DANCARBON = 'https://www.dancarbon.com/q/eaf/electric-arc-furnace-cost-212.html (electrode supplier, Oct 2020)';
const KALLANISH = 'https://kallanish.com/en/news/steel/market-reports/article-details/chinese-steel-mills-develop-eaf-projects-0321 (Kallanish, 2021)';

/** Heavy melting scrap, China domestic average, RMB/t incl. 3 % VAT. */
export const SCRAP_PRICE_2025: Sourced = sourced(2214, 'RMB/t', 2025, STEELORBIS_SEP2025, 'medium',
  'Average HMS >6 mm over seven markets, week of 24 Sep 2025 (Handan, Hebei 2,320; June 2025 average 2,161).');

/** Iron ore 62 % Fe fines CFR China, USD/t: 2025 average and 2026 forecast. */
export const IRON_ORE_USD_PER_T = {
  y2025: sourced(100, 'USD/t', 2025, FITCH_2025, 'medium', 'Fitch forecast of the 2025 average (SGX traded $93–108 in 2025).'),
  y2026: sourced(90, 'USD/t', 2026, FITCH_2025, 'medium', 'Fitch forecast for 2026 (Simandou supply from 2026); held flat after 2026.'),
} as const;

/** Port handling and rail to an inland mill, RMB per t of ore. */
export const ORE_LOGISTICS_RMB_PER_T: Sourced = assumption(40, 'RMB/t', 2025,
  'Port charges and rail from Caofeidian/Jingtang to a Hebei mill: tens of RMB per tonne; 40 taken.');

/** Scrap charged per t of liquid steel in a scrap EAF. */
export const EAF_SCRAP_T_PER_T: Sourced = assumption(1.1, 't/t liquid steel', 2025,
  'Metallic yield of a scrap charge ≈90–92 % (oxidation, slag, dust); 1.10 t of scrap per t of liquid steel.');

/** Scrap in the BOF charge (which the EAF route also replaces), per t of liquid steel. */
export const BOF_SCRAP_T_PER_T: Sourced = sourced(0.168, 't/t liquid steel', 2019, DAVIS_2019, 'medium', 'CAMU: BOFs used 168 kg of scrap per tonne of liquid steel in 2019 (EAFs 654 kg, the rest hot metal).');

/** Hot metal per t of BOF steel, and iron ore (62 % Fe, dry) per t of hot metal. */
export const BOF_HOT_METAL_T_PER_T: Sourced = derived(1.07 - 0.168, 't/t liquid steel', 2019, DAVIS_2019,
  'A 1.07 t metallic charge per t of liquid steel (≈93.5 % yield, lingtan assumption) less the 0.168 t of scrap CAMU reports: 0.902 t of hot metal.');
export const ORE_T_PER_T_HOT_METAL: Sourced = derived((0.945 / 0.62) * 1.03, 't ore/t hot metal', 2025, 'stoichiometry',
  'Hot metal ≈94.5 % Fe from 62 % Fe ore, plus ≈3 % losses in sintering and dust: 1.57 t of ore per t of hot metal.');

/** Graphite electrodes per t of EAF steel, RMB. */
export const EAF_ELECTRODE_RMB_PER_T: Sourced = sourced(127.5, 'RMB/t', 2020, DANCARBON, 'low', 'Supplier\'s EAF cost breakdown (scrap 2,555, electrodes 127.5, power 333.6 RMB/t); electrode prices fell after 2020.');

/** Non-energy consumables of sinter, BF and BOF that an EAF shop does not need, net of the EAF's own. */
export const BF_BOF_CONSUMABLES_AVOIDED_RMB_PER_T: Sourced = assumption(350, 'RMB/t', 2025,
  'Sinter fluxes and binders, BF refractories, tuyeres and blast, BOF oxygen, lime and refractories, and their labour and ' +
    'maintenance: ≈450–550 RMB per t of steel; an EAF shop spends ≈150 on oxygen, refractories, carbon and labour (the ' +
    'supplier breakdown gives 62 fuel + 48 wages): net ≈350. Chosen inside that range so the total premium matches CAMU.');

/** EAF shop capex per t/yr of capacity. */
export const EAF_CAPEX_RMB_PER_T_YEAR: Sourced = derived(1100, 'RMB per t/yr', 2025, `${DANCARBON} ; ${KALLANISH}`,
  'A new 80 t Consteel ultra-high-power EAF costs ≈$50 M (supplier); a 100 t EAF makes ≈1 Mt/yr (Xinyu, Kallanish), so 80 t ≈0.8 Mt: ' +
    '$50 M × 7.2 ÷ 0.8 Mt ≈ 450 RMB per t/yr for the furnace package. Ladle furnace, dedusting, scrap yard and buildings ≈×2.4 ' +
    '(lingtan assumption) → ≈1,100. The grid connection is the separate grid_connection_upgrade measure.');

/** Premium of DR-grade pellets over BF sinter feed, USD/t. */
export const DR_PELLET_PREMIUM_USD_PER_T: Sourced = assumption(30, 'USD/t', 2025,
  'Direct-reduction pellets (≥67 % Fe, low gangue) sell at a premium over 62 % fines; ≈$30/t taken (not found in the stored sources).');
/** DR pellets per t of DRI-EAF steel. */
export const DRI_PELLET_T_PER_T: Sourced = assumption(1.4, 't/t liquid steel', 2025, 'DRI ≈92 % metallised at 1.07 t DRI per t of steel from 67 % Fe pellets: ≈1.4 t.');

/** EAF premium over BF-BOF reported by CAMU (all costs, 2019). */
export const CAMU_EAF_PREMIUM_RMB_PER_T: Sourced<Range> = sourced({ low: 300, central: 400, high: 500 }, 'RMB/t', 2019, DAVIS_2019, 'medium',
  'CAMU: EAF steelmaking costs average RMB 300–500/t more than BOF in China (Dec 2019).');

/** Iron ore delivered to the mill, RMB/t, as a year expression (2025 average, the 2026 forecast after). */
export function oreRmbPerTExpression(): string {
  const fx = USD_TO_RMB.value;
  const l = ORE_LOGISTICS_RMB_PER_T.value;
  return `year <= 2025 ? ${IRON_ORE_USD_PER_T.y2025.value * fx + l} : ${IRON_ORE_USD_PER_T.y2026.value * fx + l}`;
}

/** Δ non-energy running cost of scrap-EAF per t converted, RMB, at a scrap and an ore price. */
export function scrapEafInputsDeltaRmbPerT(scrapRmbPerT: number, oreRmbPerT: number): number {
  const bofMetallics = BOF_HOT_METAL_T_PER_T.value * ORE_T_PER_T_HOT_METAL.value * oreRmbPerT + BOF_SCRAP_T_PER_T.value * scrapRmbPerT;
  return EAF_SCRAP_T_PER_T.value * scrapRmbPerT - bofMetallics + EAF_ELECTRODE_RMB_PER_T.value - BF_BOF_CONSUMABLES_AVOIDED_RMB_PER_T.value;
}

/** The same as a year expression for the catalogue (scrap flat at its 2025 level, ore on its path). */
export function scrapEafInputsExpression(): string {
  const s = SCRAP_PRICE_2025.value;
  const k = BOF_HOT_METAL_T_PER_T.value * ORE_T_PER_T_HOT_METAL.value;
  const fixed = (EAF_SCRAP_T_PER_T.value - BOF_SCRAP_T_PER_T.value) * s + EAF_ELECTRODE_RMB_PER_T.value - BF_BOF_CONSUMABLES_AVOIDED_RMB_PER_T.value;
  return `${Number(fixed.toFixed(4))} - ${Number(k.toFixed(6))} * (${oreRmbPerTExpression()})`;
}

/** Δ non-energy running cost of H2-DRI + EAF per t converted, RMB (pellet premium, no BOF scrap, electrodes, BF consumables avoided). */
export function h2DriInputsDeltaRmbPerT(scrapRmbPerT: number): number {
  return DRI_PELLET_T_PER_T.value * DR_PELLET_PREMIUM_USD_PER_T.value * USD_TO_RMB.value - BOF_SCRAP_T_PER_T.value * scrapRmbPerT
    + EAF_ELECTRODE_RMB_PER_T.value - BF_BOF_CONSUMABLES_AVOIDED_RMB_PER_T.value;
}

/** Δ of raising the BOF scrap share by 10 points per t converted: scrap bought instead of the ore for 0.1 t of hot metal. */
export function bofScrapInputsExpression(): string {
  const k = 0.1 * ORE_T_PER_T_HOT_METAL.value;
  return `${0.1 * SCRAP_PRICE_2025.value} - ${Number(k.toFixed(6))} * (${oreRmbPerTExpression()})`;
}
