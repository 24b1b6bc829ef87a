/**
 * The pathway formulation as an ordered list of small named units (PyPSA / Calliope style). Each
 * unit adds one family of variables or constraints; later units use what earlier ones created.
 */
import type { FormulationUnit } from './context.ts';
import { buildUnit } from './units/build.ts';
import { stockUnit } from './units/stock.ts';
import { wholeUnitsUnit } from './units/whole-units.ts';
import { lumpyUnit } from './units/lumpy.ts';
import { siteAreaUnit } from './units/site-area.ts';
import { incumbentSupplyUnit } from './units/incumbent-supply.ts';
import { electrifiedSupplyUnit } from './units/electrified-supply.ts';
import { efficiencySavingsUnit } from './units/efficiency-savings.ts';
import { processChangeUnit } from './units/process-change.ts';
import { usefulDemandBalanceUnit } from './units/useful-demand-balance.ts';
import { gridSupplyUnit } from './units/grid-supply.ts';
import { onsiteGenerationUnit } from './units/onsite-generation.ts';
import { pvExportRulesUnit } from './units/pv-export-rules.ts';
import { greenPurchasesUnit } from './units/green-purchases.ts';
import { carbonCaptureUnit } from './units/carbon-capture.ts';
import { gridConnectionUnit } from './units/grid-connection.ts';
import { electricityBalanceUnit } from './units/electricity-balance.ts';
import { emissionsUnit } from './units/emissions.ts';
import { offsetsUnit } from './units/offsets.ts';
import { netEmissionsCapUnit } from './units/net-emissions-cap.ts';
import { renewableShareFloorUnit } from './units/renewable-share-floor.ts';
import { capexBudgetUnit } from './units/capex-budget.ts';
import { certifyCriteriaUnit } from './units/certify-criteria.ts';
import { productFootprintTargetUnit } from './units/product-footprint-target.ts';

export const FORMULATION_UNITS: readonly FormulationUnit[] = [
  buildUnit,
  wholeUnitsUnit,
  stockUnit,
  lumpyUnit,
  siteAreaUnit,
  incumbentSupplyUnit,
  electrifiedSupplyUnit,
  efficiencySavingsUnit,
  processChangeUnit,
  usefulDemandBalanceUnit,
  gridSupplyUnit,
  onsiteGenerationUnit,
  pvExportRulesUnit,
  greenPurchasesUnit,
  carbonCaptureUnit,
  gridConnectionUnit,
  electricityBalanceUnit,
  emissionsUnit,
  offsetsUnit,
  netEmissionsCapUnit,
  renewableShareFloorUnit,
  capexBudgetUnit,
  certifyCriteriaUnit,
  productFootprintTargetUnit,
];
