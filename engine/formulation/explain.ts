/**
 * Small helpers for the units' binding explanations (see `UnitExplainer` in context.ts): numbers as
 * users read them, and the measure or offset product a component's first key names.
 */
import type { Measure, OffsetProduct } from '../data/schemas/scenario.ts';
import type { Component } from './context.ts';
import type { FactoryData } from './factory-data.ts';

/** A whole number with thousands separators (2,100). */
export const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

/** The measure named by the component's first key. */
export const measureOf = (data: FactoryData, c: Component): Measure | undefined => data.measures.find((m) => m.id === c.keys[0]);

/** The offset product named by the component's first key. */
export const offsetOf = (data: FactoryData, c: Component): OffsetProduct | undefined => data.offsetProducts.find((o) => o.id === c.keys[0]);
