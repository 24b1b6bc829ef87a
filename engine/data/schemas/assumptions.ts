/**
 * Economic and technical assumptions of a scenario. Every yearly value defaults to the sourced
 * reference path (engine/data/reference) and may be overridden by a number, a year map or an
 * expression in `year`.
 */
import { z } from 'zod';
import { CARRIER_IDS, type CarrierId } from '../reference/fuels.ts';
import { DEFAULT_ASSUMPTIONS } from '../defaults.ts';
import { defaultPriceInputs } from '../default-prices.ts';
import { tariffSchema } from './time.ts';
import { nonNegative, type YearValueSchema, type YearValueInput } from '../year-series.ts';

export const GridFactorLevelSchema = z.enum(['national', 'regional', 'provincial']);

export function assumptionsSchema(yv: YearValueSchema) {
  const d = defaultPriceInputs();
  const withDefault = (value: YearValueInput) => nonNegative(yv).prefault(value);
  const carrierPrices = {} as Record<CarrierId, ReturnType<typeof withDefault>>;
  for (const c of CARRIER_IDS) carrierPrices[c] = withDefault(d.carrierRmbPerMwh[c]);
  return z
    .object({
      /** Real discount rate for the objective and annuities. */
      discountRate: z.number().min(0).max(0.5).default(DEFAULT_ASSUMPTIONS.discountRate),
      gridFactor: z
        .object({
          level: GridFactorLevelSchema.default(DEFAULT_ASSUMPTIONS.gridFactorLevel),
          /** Yearly decline of the location-based factor beyond its latest published year (negative = rise). */
          declineRatePerYear: z.number().min(-0.2).max(0.5).default(DEFAULT_ASSUMPTIONS.gridFactorDeclinePerYear),
          /**
           * Yearly decline of the market-based residual factor beyond 2023 (negative = rise). Default 0: held at
           * its latest published value, since it rose 4.1 % from 2022 to 2023 as green-power trading grew.
           */
          residualDeclineRatePerYear: z.number().min(-0.2).max(0.5).default(DEFAULT_ASSUMPTIONS.gridResidualDeclinePerYear),
          /** Replaces the reference location-based factor, tCO2/MWh. */
          locationTco2PerMwh: yv.optional(),
          /** Replaces the market-based residual factor, tCO2/MWh. */
          marketResidualTco2PerMwh: yv.optional(),
        })
        .strict()
        .prefault({}),
      prices: z
        .object({
          /** Delivered price of each carrier per MWh of final energy. */
          carrierRmbPerMwh: z.object(carrierPrices).strict().prefault({}),
          /**
           * Price received for exported on-site generation. Default: the new-project market price of the
           * factory's province (reference/pv-export-rules.ts); a value here applies to every factory.
           */
          exportRmbPerMwh: nonNegative(yv).optional(),
          /** National ETS allowance price (CEA). */
          etsRmbPerTco2: nonNegative(yv).prefault(d.etsRmbPerTco2),
          /** Internal shadow carbon price on gross emissions, Scope 1 + Scope 2 (offsets earn none; 0 unless the scenario sets one). */
          shadowCarbonRmbPerTco2: yv.prefault(0),
        })
        .strict()
        .prefault({}),
      ets: z
        .object({
          /** Whether the factory's Scope 1 is under the national ETS; default from its sector. */
          covered: z.boolean().optional(),
          freeAllocationFraction: z.number().min(0).max(1).default(DEFAULT_ASSUMPTIONS.etsFreeAllocationFraction),
        })
        .strict()
        .prefault({}),
      selfConsumptionShareOfLoadFraction: z
        .number()
        .min(0)
        .max(1)
        .default(DEFAULT_ASSUMPTIONS.selfConsumptionShareOfLoadFraction),
      /** Time-of-use prices and basic charge of the electricity tariff (representative days only). */
      tariff: tariffSchema(yv).prefault({}),
      /** Useful heat per unit of final energy for incumbent equipment, by carrier (overrides). */
      incumbentEfficiency: z.partialRecord(z.enum(CARRIER_IDS), z.number().positive().max(1.2)).default({}),
    })
    .strict();
}
