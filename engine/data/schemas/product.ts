/**
 * Products a factory makes (`factories[].products`), for cradle-to-gate carbon footprints
 * (GB/T 24067-2024 / ISO 14067): each product's unit and yearly quantity, its bill of materials
 * (purchased materials and components per unit, with inbound transport legs), the allocation key
 * that shares the site's energy and process emissions among products, optional low-carbon material
 * alternatives (a premium and a yearly availability) and an optional footprint target per unit, which
 * the optimiser meets at least cost (formulation unit product_footprint_target).
 *
 * Validation names the field: an unknown material id, a BOM unit in another dimension than the
 * material's factor (kg against kWh), a negative quantity, a missing allocation key.
 */
import { z } from 'zod';
import { CBAM_GOODS } from '../reference/cbam-rules.ts';
import { BOM_UNITS, FREIGHT_MODES, MATERIALS } from '../reference/material-factors.ts';
import { CarrierIdSchema, SnakeIdSchema } from './ids.ts';
import type { yearValue } from '../year-value.ts';

/** ISO 14044 order: physical relationships (mass, machine hours, metered energy) before economic value. */
export const ALLOCATION_RULES = ['mass', 'economic', 'machine_hours', 'metered'] as const;
export type AllocationRule = (typeof ALLOCATION_RULES)[number];

/** The per-unit field each rule needs. */
export const ALLOCATION_KEY: Readonly<Record<AllocationRule, 'massKgPerUnit' | 'valueRmbPerUnit' | 'machineHoursPerUnit' | 'meteredShareFraction'>> = {
  mass: 'massKgPerUnit', economic: 'valueRmbPerUnit', machine_hours: 'machineHoursPerUnit', metered: 'meteredShareFraction',
};

const nonNegative = (what: string) => z.number().finite().min(0, `${what} must be ≥ 0`);
const MaterialIdSchema = z.string().refine((id) => MATERIALS[id] !== undefined, {
  error: (i) => `unknown material "${String(i.input)}"; known: ${Object.keys(MATERIALS).join(', ')}`,
});
const BomUnitSchema = z.enum(Object.keys(BOM_UNITS) as [string, ...string[]]);

const TransportLegSchema = z
  .object({ mode: z.enum(FREIGHT_MODES), km: nonNegative('km') })
  .strict();

export function productsSchema(yv: ReturnType<typeof yearValue>) {
  const AlternativeSchema = z
    .object({
      /** The low-carbon material that can replace a share of the line, e.g. aluminium_recycled. */
      material: MaterialIdSchema,
      /** Extra cost per unit of the line's material (per kg, kWh or piece), RMB. */
      premiumRmbPerUnit: nonNegative('premiumRmbPerUnit'),
      /** Largest share of the line the alternative can supply each year (availability), 0..1. */
      maxShareFraction: yv.refine((s) => Object.values(s).every((v) => v >= 0 && v <= 1), 'must be between 0 and 1').prefault(1),
    })
    .strict();

  const BomLineSchema = z
    .object({
      material: MaterialIdSchema,
      /** Quantity per unit of product, in `unit`. */
      quantity: nonNegative('quantity'),
      unit: BomUnitSchema,
      transport: z.array(TransportLegSchema).default([]),
      /** Shipped mass per unit of the line, kg, for transport legs of a line not counted in mass (cells in kWh). */
      shippingKgPerUnit: nonNegative('shippingKgPerUnit').optional(),
      /** Supplier-specific factor (kgCO2e per material unit) replacing the default, with its source. */
      supplierFactor: z.object({ kgco2ePerUnit: nonNegative('kgco2ePerUnit'), source: z.string().min(1) }).strict().optional(),
      /**
       * The line is consumed in proportion to the site's use of this carrier (e.g. iron ore and coke
       * upstream follow the blast furnace's coke): under a plan its quantity scales by plan ÷ baseline use.
       */
      followsCarrier: CarrierIdSchema.optional(),
      /** Low-carbon alternatives the optimiser may buy for a share of the line, against the product's target. */
      alternatives: z.array(AlternativeSchema).default([]),
    })
    .strict()
    .superRefine((line, ctx) => {
      const want = MATERIALS[line.material]?.unit;
      const have = BOM_UNITS[line.unit]?.dimension;
      if (want !== undefined && have !== undefined && want !== have) {
        ctx.addIssue({ code: 'custom', path: ['unit'], message: `"${line.unit}" does not match the factor of ${line.material}, which is per ${want}` });
      }
      line.alternatives.forEach((a, i) => {
        const alt = MATERIALS[a.material]?.unit;
        if (alt !== undefined && want !== undefined && alt !== want) {
          ctx.addIssue({ code: 'custom', path: ['alternatives', i, 'material'], message: `${a.material} is per ${alt}, the line's material per ${want}` });
        }
      });
      if (line.alternatives.length > 0 && line.followsCarrier !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['alternatives'], message: 'a line that follows a carrier cannot have alternatives (its quantity is a plan result)' });
      }
      if (line.transport.length > 0 && have !== undefined && have !== 'kg' && line.shippingKgPerUnit === undefined) {
        ctx.addIssue({ code: 'custom', path: ['shippingKgPerUnit'], message: `transport legs of a line in ${line.unit} need its shipped mass (shippingKgPerUnit)` });
      }
    });

  const ProductSchema = z
    .object({
      id: SnakeIdSchema,
      name: z.string().min(1),
      /** Declared unit (functional unit): t, kWh, vehicle... */
      unit: z.string().min(1),
      /** Quantity made in the base year; later years follow the factory's output growth. */
      baseQuantity: z.number().finite().positive('baseQuantity must be > 0'),
      massKgPerUnit: nonNegative('massKgPerUnit').optional(),
      valueRmbPerUnit: nonNegative('valueRmbPerUnit').optional(),
      machineHoursPerUnit: nonNegative('machineHoursPerUnit').optional(),
      /** Metered share of the site's energy and process emissions (all products' shares sum to 1). */
      meteredShareFraction: z.number().min(0).max(1).optional(),
      bom: z.array(BomLineSchema).default([]),
      /** The CBAM good this product is (its embedded emissions then feed finance's CBAM cost). */
      cbamGood: z.enum(Object.keys(CBAM_GOODS) as [string, ...string[]]).optional(),
      /** Share of this product exported to the EU; default: the factory's euExportShareFraction. */
      euExportShareFraction: z.number().min(0).max(1).optional(),
      /** A battery under Regulation (EU) 2023/1542 Art. 7: energy per unit and, for the lifetime basis, use. */
      /** The customer's requirement, kgCO2e per unit by year: the optimiser meets it at least cost (site measures and alternatives). */
      targetKgco2ePerUnit: yv.optional(),
      battery: z
        .object({
          category: z.enum(['ev', 'industrial', 'lmt']),
          energyKwhPerUnit: z.number().positive(),
          /** Full equivalent cycles per year and service years (draft DA: E_total = energy × cycles × years). */
          cyclesPerYear: z.number().positive().optional(),
          serviceYears: z.number().positive().optional(),
        })
        .strict()
        .optional(),
    })
    .strict()
    .superRefine((p, ctx) => {
      if (p.cbamGood !== undefined && p.unit !== 't' && p.massKgPerUnit === undefined) {
        ctx.addIssue({ code: 'custom', path: ['massKgPerUnit'], message: 'a CBAM good is declared per tonne: give unit "t" or massKgPerUnit' });
      }
    });

  return z
    .object({
      /** How the site's energy and process emissions are shared among products. */
      allocation: z.enum(ALLOCATION_RULES).default('mass'),
      /**
       * Electricity in the footprint: `market` counts green power bought and certificates at the
       * renewable footprint factor (contractual instruments, as market-based Scope 2); `location` counts
       * every grid kWh at the national grid footprint factor.
       */
      electricityBasis: z.enum(['market', 'location']).default('market'),
      items: z.array(ProductSchema).min(1, 'declare at least one product'),
    })
    .strict()
    .superRefine((p, ctx) => {
      const key = ALLOCATION_KEY[p.allocation];
      const missing = p.items.filter((item) => item[key] === undefined).length > 0;
      p.items.forEach((item, i) => {
        if (item[key] === undefined) ctx.addIssue({ code: 'custom', path: ['items', i, key], message: `allocation "${p.allocation}" needs ${key} on every product` });
      });
      if (p.items.filter((item) => item.cbamGood !== undefined).length > 1) {
        ctx.addIssue({ code: 'custom', path: ['items'], message: 'at most one product per factory may be a CBAM good' });
      }
      const ids = new Set<string>();
      p.items.forEach((item, i) => {
        if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate product id "${item.id}"` });
        ids.add(item.id);
      });
      if (p.allocation === 'metered') {
        const sum = p.items.reduce((s, item) => s + (item.meteredShareFraction ?? 0), 0);
        if (Math.abs(sum - 1) > 1e-6) ctx.addIssue({ code: 'custom', path: ['items'], message: `metered shares must sum to 1 (they sum to ${sum})` });
      } else if (!missing) {
        const total = p.items.reduce((s, item) => s + (item[key] ?? 0) * item.baseQuantity, 0);
        if (total <= 0) ctx.addIssue({ code: 'custom', path: ['items'], message: `the ${key} × baseQuantity of the products sum to 0: nothing to allocate by` });
      }
    });
}

export type ProductsInput = z.output<ReturnType<typeof productsSchema>>;
export type Product = ProductsInput['items'][number];
export type BomLine = Product['bom'][number];
