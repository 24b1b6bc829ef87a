/**
 * emissions_scope1[y], emissions_scope2[y] defined from the flows (GB/T 32150 accounting, as in
 * engine/accounting): Scope 1 = fuel CO2 + process CO2 − process change − capture; Scope 2 = grid
 * electricity × factor (market-based: less green power and certificates, residual factor) +
 * purchased heat × heat factor. Cost: ETS allowances for covered sectors (net of free allocation)
 * and the scenario's shadow carbon price.
 */
import { component, key, type FormulationUnit } from '../context.ts';
import { fuelCo2Terms, processReductionTerms, purchasedHeatTerms } from '../expressions.ts';
import { ofKind } from '../measure-kinds.ts';

export const emissionsUnit: FormulationUnit = {
  name: 'emissions',
  title: 'Scope 1 and Scope 2 emissions per year; cost: ETS allowances and the shadow carbon price',
  unit: 'tCO2',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const market = ctx.data.scope2Method === 'market';
    for (const y of data.years) {
      const f = data.factors[y]!;
      const df = data.discount[y]!;
      const s1 = ctx.variable(component('emissions_scope1', y));
      const captured = ofKind(data.measures, 'carbon_removal').flatMap((m) => {
        const col = v.captured.get(key(m.id, y));
        return col === undefined ? [] : [[col, 1] as [number, number]];
      });
      ctx.constraint(
        component('scope1_definition', y),
        [[s1, 1], ...fuelCo2Terms(ctx, y, -1), ...processReductionTerms(ctx, y, 1), ...captured],
        '=',
        data.processTco2[y]!,
      );
      const s2 = ctx.variable(component('emissions_scope2', y));
      const gridFactor = market ? f.gridMarketResidualTco2PerMwh : f.gridLocationTco2PerMwh;
      const terms: Array<readonly [number, number]> = [[s2, 1], [v.grid.get(y)!, -gridFactor], ...purchasedHeatTerms(ctx, y, -f.purchasedHeatTco2PerMwh)];
      if (market) {
        for (const col of [v.greenPower.get(y), v.certificates.get(y)]) if (col !== undefined) terms.push([col, gridFactor]);
      }
      ctx.constraint(component('scope2_definition', y), terms, '=', 0);
      v.scope1.set(y, s1);
      v.scope2.set(y, s2);
      if (ctx.options.objective === 'min_net_emissions') {
        // Strict residual stage 1: the lowest target-year emissions (other years lightly weighted).
        const w = y === data.targetYear ? 1 : 1e-3;
        ctx.goal(s1, w);
        ctx.goal(s2, w);
      }
      const ets = data.etsRmbPerTco2[y]!;
      ctx.cost(s1, df * (ets + data.shadowCarbonRmbPerTco2[y]!), y);
      ctx.cost(s2, df * data.shadowCarbonRmbPerTco2[y]!, y);
      // Free allocation is a fixed quantity: its value is a constant (it does not move decisions).
      ctx.costConstant(-df * ets * data.etsFreeAllocationFraction * data.baseScope1Tco2 * data.growth[y]!, y);
    }
  },
};
