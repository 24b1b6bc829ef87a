import { readFileSync } from 'node:fs';
import { loadScenarioText } from '/work/main/engine/data/load-scenario.ts';
import { optimiseScenario } from '/work/main/engine/optimise/optimise-scenario.ts';
import { loadBackend } from '/work/main/engine/solvers/index.ts';
import { financeScenario } from '/work/main/engine/finance/finance-scenario.ts';
const f = process.argv[2]!;
const r = loadScenarioText(readFileSync(f, 'utf8'), f);
if (!r.ok) throw new Error(JSON.stringify(r.error));
const plan = optimiseScenario(r.value, await loadBackend('highs'));
const fin = financeScenario(r.value, plan);
const x = fin.factories[0]!;
console.log(x.status, x.reason);
console.table(x.cashFlows.map(c => ({ y: c.year, capex: (c.capexRmb/1e6).toFixed(1), save: (c.energySavingsRmb/1e6).toFixed(1), om: (c.fixedOmRmb/1e6).toFixed(1), green: (c.greenPurchasesRmb/1e6).toFixed(1), off: (c.offsetPurchasesRmb/1e6).toFixed(1), ets: (c.carbonCostAvoidedRmb/1e6).toFixed(1), cbam: (c.cbamCostAvoidedRmb/1e6).toFixed(1), exp: (c.exportRevenueRmb/1e6).toFixed(1), op: (c.operatingCashFlowRmb/1e6).toFixed(1), abated: c.abatedTco2.toFixed(0) })));
console.log(x.metrics);
if (x.loan?.status === 'sized') { console.table(x.loan.schedule); const { schedule, ...rest } = x.loan; console.log(rest); }
else console.log(x.loan);
console.log(x.pricing, x.kpiMissedStress);
