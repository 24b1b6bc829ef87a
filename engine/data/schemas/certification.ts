/**
 * Certification inputs. `factory.certification`: what a factory declares for the documentary
 * criteria of the rule packs (accounting standard, green-factory title, management systems,
 * verification, disclosure, credit quality) and the advanced energy value of its product. A field
 * left out makes the criteria that need it "not assessable", naming the field. `policy.certify`:
 * the bundled packs whose quantitative prerequisites the optimisation must meet from the target
 * year on.
 */
import { z } from 'zod';
import { ACCOUNTING_STANDARDS, GREEN_FACTORY_LEVELS, VERIFICATION_LEVELS } from '../compliance/metrics.ts';
import { PACK_IDS } from '../compliance/packs.ts';

export const CertificationSchema = z
  .object({
    accountingStandard: z.enum(ACCOUNTING_STANDARDS).optional(),
    greenFactory: z.enum(GREEN_FACTORY_LEVELS).optional(),
    managementSystems: z.boolean().optional(),
    managementPlan: z.boolean().optional(),
    complianceRecord3y: z.boolean().optional(),
    etsCompliance3y: z.boolean().optional(),
    verification: z.enum(VERIFICATION_LEVELS).optional(),
    publicDisclosure: z.boolean().optional(),
    productFootprintDisclosed: z.boolean().optional(),
    /** Key-product carbon footprint reduction against the base year, 0..1. */
    productFootprintReductionFraction: z.number().min(0).max(1).optional(),
    scope3Accounted: z.boolean().optional(),
    revenueGrowing: z.boolean().optional(),
    creditQuality: z.boolean().optional(),
    creditsRetiredWithin12Months: z.boolean().optional(),
    /**
     * The advanced value (先进值) of the product's energy-consumption limit, kgce per unit of output
     * (the factory's `output.unit`), with the standard it comes from.
     */
    energyAdvancedValue: z
      .object({ kgcePerUnit: z.number().finite().positive(), source: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();
export type Certification = z.output<typeof CertificationSchema>;

const PackIdSchema = z.string().refine((id) => PACK_IDS.includes(id), { error: (i) => `unknown rule pack "${String(i.input)}" (known: ${PACK_IDS.join(', ')})` });

export const CertifySchema = z
  .array(PackIdSchema)
  .default([])
  .refine((ids) => new Set(ids).size === ids.length, 'a pack is listed twice');
