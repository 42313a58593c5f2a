// The panel: yearly extracts → one harmonised, imputed Panel in the report year's structure.
export { buildPanel, PanelError } from './build.ts';
export type { PanelOptions } from './build.ts';
export { rowsByUnit, rowsOfYear, nationalTotals, osloAsWhole } from './helpers.ts';
export type { AggregateRow } from './helpers.ts';
