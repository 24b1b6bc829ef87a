/**
 * The economic ceiling of 降无可降: the cost per tonne up to which a reduction counts as possible
 * "在当前技术经济条件允许下" (seeds/001), so only the emissions left after every measure up to it may
 * be offset ("在完成充分自主减排、'降无可降'的基础上", seeds/004).
 */
import { EUR_TO_RMB, PRICES } from './prices.ts';
import { type Sourced, assumption } from './sourced.ts';

const EU_ETS_2025_EUR = 75;

export const RESIDUAL_CEILING_RMB_PER_TCO2: Sourced = assumption(
  EU_ETS_2025_EUR * EUR_TO_RMB.value,
  'RMB/tCO2',
  2025,
  'The guidance names no number. We read "economically possible" as: a reduction that costs no more per tonne than ' +
    'the carbon price an exporter of the same goods faces in the EU, i.e. the EU ETS price CBAM certificates follow ' +
    `(2025 average ${EU_ETS_2025_EUR} EUR/t, ${PRICES.eu_ets.base.source.split(' ')[0]}, × ${EUR_TO_RMB.value} RMB/EUR = ` +
    `${EU_ETS_2025_EUR * EUR_TO_RMB.value} RMB/t). The domestic CEA price (62 RMB/t in 2025) would count almost nothing ` +
    'beyond no-regret measures as possible; a plant may set its own ceiling in policy.residualCeilingRmbPerTco2.',
  'EU_ETS_2025_avg',
);
