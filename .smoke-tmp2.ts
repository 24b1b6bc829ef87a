import { readFileSync, readdirSync } from 'node:fs';
import { loadScenarioText } from '/work/main/engine/data/load-scenario.ts';
import { optimiseScenario } from '/work/main/engine/optimise/optimise-scenario.ts';
import { loadBackend } from '/work/main/engine/solvers/index.ts';
import { financeScenario } from '/work/main/engine/finance/finance-scenario.ts';
const b = await loadBackend('highs');
for (const f of readdirSync('scenarios').filter(f => f.endsWith('.yaml'))) {
  for (const am of ['annuity', 'sculpted'] as const) {
  const r = loadScenarioText(readFileSync('scenarios/' + f, 'utf8'), f);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const s = { ...r.value, finance: { ...r.value.finance, loan: { ...r.value.finance.loan, amortisation: am } } };
  const t0 = performance.now();
  const plan = optimiseScenario(s, b);
  const x = financeScenario(s, plan).factories[0]!;
  const l = x.loan;
  console.log(f, am, ((performance.now()-t0)/1000).toFixed(2)+'s', x.status, x.reason ?? '', l?.status === 'sized' ? `debt ${(l.debtRmb/1e6).toFixed(1)}M by ${l.sizedBy} minDSCR ${l.minDscr?.toFixed(2)} capex ${(x.metrics!.totalCapexRmb/1e6).toFixed(1)} npv ${(x.metrics!.npvRmb/1e6).toFixed(1)} irr ${JSON.stringify(x.metrics!.irr)} lcoa ${x.metrics!.levelisedAbatementCostRmbPerTco2?.toFixed(0)} cbam ${x.cashFlows.map(c=>(c.cbamCostAvoidedRmb/1e6).toFixed(1)).join(',')} ets ${x.cashFlows.map(c=>(c.carbonCostAvoidedRmb/1e6).toFixed(1)).join(',')} | ${l.warnings.join(' | ')}` : '');
  }
}
