/**
 * Labels in English and Chinese, the current language, and numbers formatted for its locale
 * (`Intl.NumberFormat('en-US' | 'zh-CN')`). Every quantity is shown with its unit.
 */
import { COST_CATEGORY_LABELS, MEASURE_CATEGORY_LABELS, UNCERTAIN_INPUT_LABELS } from '../../engine/charts/labels.ts';

export type Lang = 'en' | 'zh';

const EN = {
  'app.title': 'lingtan 零碳',
  'app.subtitle': 'Zero-carbon factory planner: the cheapest pathway, year by year to 2030',
  'nav.plan': 'Plan',
  'nav.compare': 'Compare',
  'nav.jobs': 'Monte Carlo & rollout',
  'nav.bank': 'Bank view',
  'nav.docs': 'API docs',
  'lang.switch': '中文',
  'lang.switchTitle': 'Switch the language to Chinese',
  'common.loading': 'Loading…',
  'common.running': 'Running…',
  'common.error': 'Error',
  'common.year': 'Year',
  'common.factory': 'Factory',
  'common.downloads': 'Downloads',
  'auth.prompt': 'This server needs an API key (lt_…). Paste yours; it is kept in this browser tab\'s cookie until you close the browser.',
  'auth.invalid': 'That API key was not accepted (malformed, unknown or revoked). Paste another:',
  'common.status': 'Status',
  'common.cached': 'answered from the run store',
  'common.seconds': '{v} s',
  'common.none': '—',
  'scenario.title': 'Scenario',
  'scenario.bundled': 'Bundled scenario',
  'scenario.own': 'Your scenario file (YAML or JSON)',
  'scenario.upload': 'Upload a file',
  'scenario.template': 'Copy the bundled scenario here to edit it',
  'scenario.description': 'About this scenario (English)',
  'scenario.placeholder': 'Paste a scenario file here (YAML or JSON), or upload one.',
  'scenario.validate': 'Validate',
  'scenario.valid': 'Valid scenario',
  'scenario.problems': 'The scenario has {n} problem(s):',
  'scenario.summary': '{factories} factory(ies), horizon {start}–{end}, target year {target}, {measures} measures in scope',
  'scenario.uncertain': 'Uncertain inputs',
  'scenario.noUncertain': 'none (Monte Carlo needs `uncertainty.inputs`)',
  'scenario.sectorProvince': '{sector} · {province}',
  'scenario.target': 'target {year}',
  'scenario.line': 'line {n}',
  'plan.title': 'Cost-optimal plan',
  'plan.run': 'Optimise',
  'plan.intro': 'Pick a scenario on the left and press Optimise: the solver finds the cheapest mix of measures that meets the target.',
  'plan.status': 'Status',
  'plan.objective': 'Discounted cost (to the base year)',
  'plan.shadowPrice': 'Carbon shadow price (target year)',
  'plan.baseGross': 'Base-year gross emissions',
  'plan.target': 'Net target in {year}',
  'plan.solveTime': 'Solve time',
  'plan.builds': 'Measures built',
  'plan.measure': 'Measure',
  'plan.category': 'Category',
  'plan.unit': 'Size unit',
  'plan.buildIn': 'Built in {year}',
  'plan.stockEnd': 'In place {year}',
  'plan.capex': 'Capex (million RMB)',
  'plan.noBuilds': 'No measure is built: the baseline already meets the target.',
  'plan.emissions': 'Emissions by year (tCO2)',
  'plan.scope1': 'Scope 1',
  'plan.scope2': 'Scope 2',
  'plan.offsets': 'Offsets',
  'plan.net': 'Net',
  'plan.cap': 'Cap',
  'plan.charts': 'Charts',
  'plan.failed': 'No plan',
  'plan.diagnosis': 'Diagnosis',
  'dl.json': 'Results (JSON)',
  'dl.planCsv': 'Plan (CSV)',
  'dl.emissionsCsv': 'Emissions (CSV)',
  'dl.lp': 'Model (LP)',
  'dl.mps': 'Model (MPS)',
  'dl.scheduleCsv': 'Loan schedule (CSV)',
  'dl.compareCsv': 'Comparison (CSV)',
  'dl.summaryCsv': 'Summary (CSV)',
  'chart.svg': 'SVG',
  'chart.png': 'PNG',
  'chart.spec': 'Spec',
  'chart.failed': 'The chart could not be drawn: {message}',
  'compare.title': 'Compare plans',
  'compare.intro': 'Tick two to ten scenarios or earlier runs and compare their optimal plans side by side.',
  'compare.bundled': 'Bundled scenarios',
  'compare.history': 'Runs from this session',
  'compare.selected': '{n} selected (2–10)',
  'compare.run': 'Compare',
  'compare.label': 'Run',
  'compare.cost': 'Discounted cost (million RMB)',
  'compare.net': 'Net emissions in target year (tCO2)',
  'compare.capex': 'Capex (million RMB)',
  'compare.shadow': 'Shadow price (RMB/tCO2)',
  'compare.offsets': 'Offsets (tCO2)',
  'jobs.title': 'Monte Carlo and sector rollout',
  'jobs.mcTitle': 'Monte Carlo',
  'jobs.mcIntro': 'Draws the scenario’s uncertain inputs and re-plans each draw; runs as a job on the server.',
  'jobs.draws': 'Draws',
  'jobs.seed': 'Seed',
  'jobs.mode': 'Mode',
  'jobs.mode.reoptimise': 're-optimise every draw',
  'jobs.mode.evaluate': 'evaluate the base plan',
  'jobs.runMc': 'Run Monte Carlo',
  'jobs.rolloutTitle': 'Sector rollout',
  'jobs.rolloutIntro': 'A synthetic population of factories of one sector, each planned; sector totals. With a cap: the sector carbon price.',
  'jobs.sector': 'Sector',
  'jobs.count': 'Factories',
  'jobs.capTco2': 'Sector cap (tCO2, optional)',
  'jobs.capYear': 'Cap year',
  'jobs.runRollout': 'Run rollout',
  'jobs.cancel': 'Cancel',
  'jobs.progress': '{done} / {total} done',
  'jobs.failedItems': '{n} failed',
  'jobs.state.queued': 'queued',
  'jobs.state.running': 'running',
  'jobs.state.succeeded': 'succeeded',
  'jobs.state.failed': 'failed',
  'jobs.state.cancelled': 'cancelled',
  'jobs.state.interrupted': 'interrupted',
  'jobs.job': 'Job',
  'mc.totalCost': 'Total discounted cost',
  'mc.p5': 'P5',
  'mc.p50': 'P50 (median)',
  'mc.p95': 'P95',
  'mc.mean': 'Mean',
  'mc.probability': 'Probability of meeting the target',
  'mc.succeeded': 'Draws solved',
  'mc.measure': 'Measure',
  'mc.share': 'Chosen in (share of draws)',
  'rollout.sector': 'Sector',
  'rollout.factories': 'Factories',
  'rollout.met': 'Meet their target',
  'rollout.base': 'Base-year gross (tCO2)',
  'rollout.cost': 'Cost (million RMB)',
  'rollout.netEnd': 'Net emissions {year} (tCO2)',
  'rollout.price': 'Sector carbon price to meet the cap',
  'bank.title': 'Bank view: green loan',
  'bank.run': 'Run bank view',
  'bank.intro': 'Optimises the plan, then its cash flows against the baseline, the green loan they support, its pricing and covenants.',
  'bank.npv': 'NPV',
  'bank.irr': 'IRR',
  'bank.payback': 'Simple payback',
  'bank.lcoa': 'Levelised abatement cost',
  'bank.totalCapex': 'Total capex',
  'bank.debt': 'Loan',
  'bank.equity': 'Equity',
  'bank.minDscr': 'Minimum DSCR',
  'bank.avgDscr': 'Average DSCR',
  'bank.sizedBy': 'Sized by',
  'bank.sizedBy.loan_to_cost': 'loan-to-cost cap',
  'bank.sizedBy.dscr': 'DSCR cap',
  'bank.rate': 'Interest rate (base)',
  'bank.schedule': 'Loan schedule',
  'bank.phase': 'Phase',
  'bank.phase.grace': 'grace',
  'bank.phase.repayment': 'repayment',
  'bank.rateCol': 'Rate (%)',
  'bank.drawdown': 'Drawdown (million RMB)',
  'bank.interest': 'Interest (million RMB)',
  'bank.principal': 'Principal (million RMB)',
  'bank.service': 'Debt service (million RMB)',
  'bank.balance': 'Balance (million RMB)',
  'bank.cfads': 'CFADS (million RMB)',
  'bank.dscr': 'DSCR (×)',
  'bank.warnings': 'Covenant warnings',
  'bank.noLoan': 'No loan: {reason}',
  'status.optimal': 'optimal',
  'status.feasible': 'feasible (solver limit)',
  'status.infeasible': 'infeasible',
  'status.unbounded': 'unbounded',
  'status.error': 'error',
  'status.financed': 'financed',
  'status.completed': 'completed',
  'unit.rmb': 'RMB',
  'unit.years': 'years',
  'unit.rmbPerT': 'RMB/tCO2',
  'unit.tco2': 'tCO2',
  'unit.times': '×',
} as const;

export type Key = keyof typeof EN;

const ZH: Record<Key, string> = {
  'app.title': '零碳 lingtan',
  'app.subtitle': '零碳工厂路径规划：至 2030 年逐年的最低成本路径',
  'nav.plan': '规划方案',
  'nav.compare': '方案对比',
  'nav.jobs': '蒙特卡洛与行业推广',
  'nav.bank': '银行视图',
  'nav.docs': 'API 文档',
  'lang.switch': 'English',
  'lang.switchTitle': '切换为英文',
  'common.loading': '加载中…',
  'common.running': '计算中…',
  'common.error': '错误',
  'common.year': '年份',
  'common.factory': '工厂',
  'common.downloads': '下载',
  'auth.prompt': '此服务器需要 API 密钥（lt_…）。请粘贴您的密钥；它保存在本浏览器的会话 Cookie 中，关闭浏览器即清除。',
  'auth.invalid': '该 API 密钥未被接受（格式错误、未知或已吊销）。请粘贴另一个：',
  'common.status': '状态',
  'common.cached': '来自结果库缓存',
  'common.seconds': '{v} 秒',
  'common.none': '—',
  'scenario.title': '情景',
  'scenario.bundled': '内置情景',
  'scenario.own': '自定义情景文件（YAML 或 JSON）',
  'scenario.upload': '上传文件',
  'scenario.template': '将所选内置情景复制到此处编辑',
  'scenario.description': '情景说明（英文）',
  'scenario.placeholder': '在此粘贴情景文件（YAML 或 JSON），或上传文件。',
  'scenario.validate': '校验',
  'scenario.valid': '情景校验通过',
  'scenario.problems': '情景有 {n} 个问题：',
  'scenario.summary': '{factories} 个工厂，规划期 {start}–{end} 年，目标年份 {target} 年，可选措施 {measures} 项',
  'scenario.uncertain': '不确定输入',
  'scenario.noUncertain': '无（蒙特卡洛模拟需要 `uncertainty.inputs`）',
  'scenario.sectorProvince': '{sector} · {province}',
  'scenario.target': '{year} 年达标',
  'scenario.line': '第 {n} 行',
  'plan.title': '成本最优方案',
  'plan.run': '优化',
  'plan.intro': '在左侧选择情景并点击“优化”：求解器将找出达到目标的最低成本措施组合。',
  'plan.status': '状态',
  'plan.objective': '折现总成本（折现至基准年）',
  'plan.shadowPrice': '影子碳价（目标年）',
  'plan.baseGross': '基准年总排放',
  'plan.target': '{year} 年净排放目标',
  'plan.solveTime': '求解时间',
  'plan.builds': '建设的措施',
  'plan.measure': '措施',
  'plan.category': '类别',
  'plan.unit': '规模单位',
  'plan.buildIn': '{year} 年新建',
  'plan.stockEnd': '{year} 年存量',
  'plan.capex': '投资（百万元）',
  'plan.noBuilds': '无需新建措施：基准情景已满足目标。',
  'plan.emissions': '逐年排放（吨CO2）',
  'plan.scope1': '范围一',
  'plan.scope2': '范围二',
  'plan.offsets': '抵消量',
  'plan.net': '净排放',
  'plan.cap': '上限',
  'plan.charts': '图表',
  'plan.failed': '无可行方案',
  'plan.diagnosis': '诊断',
  'dl.json': '结果（JSON）',
  'dl.planCsv': '方案（CSV）',
  'dl.emissionsCsv': '排放（CSV）',
  'dl.lp': '模型（LP）',
  'dl.mps': '模型（MPS）',
  'dl.scheduleCsv': '贷款计划（CSV）',
  'dl.compareCsv': '对比（CSV）',
  'dl.summaryCsv': '汇总（CSV）',
  'chart.svg': 'SVG',
  'chart.png': 'PNG',
  'chart.spec': '规格',
  'chart.failed': '图表无法绘制：{message}',
  'compare.title': '方案对比',
  'compare.intro': '勾选 2 至 10 个情景或已有结果，并排比较其最优方案。',
  'compare.bundled': '内置情景',
  'compare.history': '本次会话的结果',
  'compare.selected': '已选 {n} 个（2–10）',
  'compare.run': '对比',
  'compare.label': '方案',
  'compare.cost': '折现总成本（百万元）',
  'compare.net': '目标年净排放（吨CO2）',
  'compare.capex': '投资（百万元）',
  'compare.shadow': '影子碳价（元/吨CO2）',
  'compare.offsets': '抵消量（吨CO2）',
  'jobs.title': '蒙特卡洛模拟与行业推广',
  'jobs.mcTitle': '蒙特卡洛模拟',
  'jobs.mcIntro': '对情景的不确定输入抽样，并对每次抽样重新规划；在服务器上以作业方式运行。',
  'jobs.draws': '抽样次数',
  'jobs.seed': '随机种子',
  'jobs.mode': '模式',
  'jobs.mode.reoptimise': '每次抽样重新优化',
  'jobs.mode.evaluate': '评估基准方案',
  'jobs.runMc': '运行蒙特卡洛模拟',
  'jobs.rolloutTitle': '行业推广',
  'jobs.rolloutIntro': '某一行业的合成工厂群体，逐一规划并汇总行业总量；设定上限时求行业碳价。',
  'jobs.sector': '行业',
  'jobs.count': '工厂数量',
  'jobs.capTco2': '行业排放上限（吨CO2，可选）',
  'jobs.capYear': '上限年份',
  'jobs.runRollout': '运行行业推广',
  'jobs.cancel': '取消',
  'jobs.progress': '已完成 {done} / {total}',
  'jobs.failedItems': '失败 {n} 个',
  'jobs.state.queued': '排队中',
  'jobs.state.running': '运行中',
  'jobs.state.succeeded': '已完成',
  'jobs.state.failed': '失败',
  'jobs.state.cancelled': '已取消',
  'jobs.state.interrupted': '已中断',
  'jobs.job': '作业',
  'mc.totalCost': '折现总成本',
  'mc.p5': 'P5',
  'mc.p50': 'P50（中位数）',
  'mc.p95': 'P95',
  'mc.mean': '均值',
  'mc.probability': '达标概率',
  'mc.succeeded': '成功求解的抽样',
  'mc.measure': '措施',
  'mc.share': '被选中比例（占抽样）',
  'rollout.sector': '行业',
  'rollout.factories': '工厂数量',
  'rollout.met': '达标工厂',
  'rollout.base': '基准年总排放（吨CO2）',
  'rollout.cost': '成本（百万元）',
  'rollout.netEnd': '{year} 年净排放（吨CO2）',
  'rollout.price': '满足上限所需的行业碳价',
  'bank.title': '银行视图：绿色贷款',
  'bank.run': '运行银行视图',
  'bank.intro': '先优化方案，再计算其相对基准情景的现金流、可支持的绿色贷款、定价与约束条款。',
  'bank.npv': '净现值',
  'bank.irr': '内部收益率',
  'bank.payback': '静态回收期',
  'bank.lcoa': '平准化减排成本',
  'bank.totalCapex': '总投资',
  'bank.debt': '贷款金额',
  'bank.equity': '资本金',
  'bank.minDscr': '最低偿债覆盖率',
  'bank.avgDscr': '平均偿债覆盖率',
  'bank.sizedBy': '额度约束',
  'bank.sizedBy.loan_to_cost': '贷款成本比上限',
  'bank.sizedBy.dscr': '偿债覆盖率上限',
  'bank.rate': '利率（基准）',
  'bank.schedule': '贷款计划',
  'bank.phase': '阶段',
  'bank.phase.grace': '宽限期',
  'bank.phase.repayment': '还款期',
  'bank.rateCol': '利率（%）',
  'bank.drawdown': '提款（百万元）',
  'bank.interest': '利息（百万元）',
  'bank.principal': '本金（百万元）',
  'bank.service': '还本付息（百万元）',
  'bank.balance': '余额（百万元）',
  'bank.cfads': '可偿债现金流（百万元）',
  'bank.dscr': '偿债覆盖率（倍）',
  'bank.warnings': '约束条款提示',
  'bank.noLoan': '无贷款：{reason}',
  'status.optimal': '最优',
  'status.feasible': '可行（求解器限时）',
  'status.infeasible': '不可行',
  'status.unbounded': '无界',
  'status.error': '错误',
  'status.financed': '可融资',
  'status.completed': '已完成',
  'unit.rmb': '元',
  'unit.years': '年',
  'unit.rmbPerT': '元/吨CO2',
  'unit.tco2': '吨CO2',
  'unit.times': '倍',
};

const STRINGS: Record<Lang, Record<Key, string>> = { en: EN, zh: ZH };
const STORAGE_KEY = 'lingtan.lang';

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'zh') return fromUrl;
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh') return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

let current: Lang = initialLang();

export const lang = (): Lang => current;
export const locale = (): string => (current === 'zh' ? 'zh-CN' : 'en-US');

export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** A label, with `{name}` placeholders filled in (numbers as given: format them first where it matters). */
export function t(key: Key, vars: Readonly<Record<string, string | number>> = {}): string {
  return STRINGS[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : String(v);
  });
}

/** A name given in both languages. */
export const pick = (names: { readonly nameEn: string; readonly nameZh: string }): string => (current === 'zh' ? names.nameZh : names.nameEn);

const formats = new Map<string, Intl.NumberFormat>();
function format(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale()}:${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (f === undefined) formats.set(key, (f = new Intl.NumberFormat(locale(), options)));
  return f;
}

/** A plain number with grouping, `digits` decimals at most. */
export function num(v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return t('common.none');
  return format({ maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);
}

/** A number with exactly `digits` decimals. */
export function fixed(v: number | null | undefined, digits: number): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return t('common.none');
  return format({ maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v);
}

/** Million RMB for tables (the header carries the unit). */
export const mrmb = (v: number | null | undefined): string => (v === null || v === undefined ? t('common.none') : fixed(v / 1e6, 2));

/** Money in compact form with its unit: "151M RMB", "1.51亿元". */
export function money(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return t('common.none');
  const compact = format({ notation: 'compact', maximumSignificantDigits: 3 }).format(v);
  return current === 'zh' ? `${compact}元` : `${compact} RMB`;
}

export const tco2 = (v: number | null | undefined): string => `${num(v)} ${t('unit.tco2')}`;
export const rmbPerT = (v: number | null | undefined): string => `${num(v)} ${t('unit.rmbPerT')}`;
export const percent = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? t('common.none') : format({ style: 'percent', maximumFractionDigits: digits }).format(v);
export const times = (v: number | null | undefined): string => `${fixed(v, 2)}${current === 'zh' ? ' 倍' : '×'}`;
export const years = (v: number | null | undefined): string => `${fixed(v, 1)} ${t('unit.years')}`;
export const seconds = (v: number): string => t('common.seconds', { v: fixed(v, 2) });

const label = (table: Readonly<Record<string, { readonly en: string; readonly zh: string }>>, id: string): string => table[id]?.[current] ?? id;
export const categoryLabel = (id: string): string => label(MEASURE_CATEGORY_LABELS, id);
export const costCategoryLabel = (id: string): string => label(COST_CATEGORY_LABELS, id);
export const uncertainInputLabel = (id: string): string => label(UNCERTAIN_INPUT_LABELS, id);

/** The label of a key built at run time (`jobs.state.${state}`), else the fallback. */
export function tOr(key: string, fallback: string): string {
  return key in EN ? t(key as Key) : fallback;
}

export const jobStateLabel = (state: string): string => tOr(`jobs.state.${state}`, state);
export const statusLabel = (status: string): string => tOr(`status.${status}`, status);
