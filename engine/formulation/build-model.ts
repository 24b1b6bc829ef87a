/**
 * Walk the formulation units in order for one factory and return the model with its index; columns the
 * data fixes (`fixedColumns`, a re-plan's history) are held at their values.
 */
import { fixColumns } from '../model/fix-columns.ts';
import type { LinearModel } from '../model/linear-model.ts';
import { FormulationContext, type FormulationOptions } from './context.ts';
import type { FactoryData } from './factory-data.ts';
import { formulationUnitsFor } from './hourly/units.ts';

export interface BuiltModel {
  readonly model: LinearModel;
  readonly ctx: FormulationContext;
}

export function buildPathwayModel(data: FactoryData, options: FormulationOptions = {}): BuiltModel {
  const ctx = new FormulationContext(data, options);
  for (const unit of formulationUnitsFor(data)) {
    ctx.currentUnit = unit.name;
    unit.apply(ctx);
  }
  const model = ctx.b.build();
  const shaped: LinearModel = data.hourly === null ? model : { ...model, structure: 'time_slices' };
  return { model: data.fixedColumns === undefined ? shaped : fixColumns(shaped, data.fixedColumns), ctx };
}
