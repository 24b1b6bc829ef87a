/**
 * Re-evaluating a fixed plan in another future (no re-optimisation): with the base inputs the
 * cash flows are the base ones exactly; the plan's fuel bill is its incumbent MWh at the carriers'
 * prices (the identity the repricing rests on); a gas-price future moves energy savings by the
 * baseline gas bill's change less the plan's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { describeError } from '../../engine/errors.ts';
import { futureBasis, futureCashFlows } from '../../engine/finance/future-cash-flows.ts';
import { planCashFlows, planInvestments } from '../../engine/finance/plan-cash-flows.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { applyInputs } from '../../engine/simulation/apply-inputs.ts';
import { loadBackend } from '../../engine/solvers/index.ts';

const FILE = fileURLToPath(new URL('../../scenarios/bank-loan-lithium-battery.yaml', import.meta.url));

let scenario: Scenario;
let plan: FactoryPlan;
beforeAll(async () => {
  const r = loadScenarioText(readFileSync(FILE, 'utf8'), 'bank-loan-lithium-battery.yaml');
  if (!r.ok) throw new Error(describeError(r.error));
  scenario = r.value;
  plan = optimiseFactory(scenario, scenario.factories[0]!, await loadBackend('highs'));
});

describe('future cash flows of the bank case plan', () => {
  const basis = () => {
    const f = scenario.factories[0]!;
    return futureBasis(scenario, f, plan, planCashFlows(scenario, f, plan), planInvestments(plan));
  };

  it('the base future reproduces the base cash flows', () => {
    const b = basis();
    expect(futureCashFlows(b, scenario).flows).toEqual(b.flows);
  });

  it('the plan\'s fuel bill is Σ incumbent MWh × price over its non-electric carriers', () => {
    const data = prepareFactoryData(scenario, scenario.factories[0]!);
    for (const e of plan.energy) {
      const bill = Object.entries(e.incumbentByCarrierMwh).reduce((s, [c, mwh]) => (c === 'electricity' ? s : s + mwh! * data.priceRmbPerMwh[c as 'natural_gas'][e.year]!), 0);
      const cost = plan.costs.find((c) => c.year === e.year)!.byCategoryRmb.fuel_and_heat;
      expect(Math.abs(bill - cost)).toBeLessThanOrEqual(1e-6 * Math.max(1, cost));
    }
  });

  it('gas × 1.2: savings change by 0.2 × (baseline − plan) gas bill; other lines hold', () => {
    const b = basis();
    const future = futureCashFlows(b, applyInputs(scenario, { natural_gas_price: 1.2 })).flows;
    const data = prepareFactoryData(scenario, scenario.factories[0]!);
    future.forEach((f, t) => {
      const base = b.flows[t]!;
      const y = f.year;
      const price = data.priceRmbPerMwh.natural_gas[y]!;
      const baselineGas = data.demand.filter((d) => d.carrier === 'natural_gas').reduce((s, d) => s + d.baseMwh * data.growth[y]!, 0) * price;
      const planGas = (plan.energy.find((e) => e.year === y)!.incumbentByCarrierMwh.natural_gas ?? 0) * price;
      expect(f.energySavingsRmb - base.energySavingsRmb).toBeCloseTo(0.2 * (baselineGas - planGas), 3);
      expect(f.capexRmb).toBe(base.capexRmb);
      expect(f.fixedOmRmb).toBe(base.fixedOmRmb);
    });
  });
});
