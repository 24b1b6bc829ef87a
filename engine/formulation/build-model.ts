/** Walk the formulation units in order for one factory and return the model with its index. */
import type { LinearModel } from '../model/linear-model.ts';
import { FormulationContext, type FormulationOptions } from './context.ts';
import type { FactoryData } from './factory-data.ts';
import { FORMULATION_UNITS } from './units.ts';

export interface BuiltModel {
  readonly model: LinearModel;
  readonly ctx: FormulationContext;
}

export function buildPathwayModel(data: FactoryData, options: FormulationOptions = {}): BuiltModel {
  const ctx = new FormulationContext(data, options);
  for (const unit of FORMULATION_UNITS) {
    ctx.currentUnit = unit.name;
    unit.apply(ctx);
  }
  return { model: ctx.b.build(), ctx };
}
