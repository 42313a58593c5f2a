// What a chart builder returns: the Vega-Lite spec, the numbers behind it as table columns and rows (so a
// template can print them and the Excel export can write them), and alt text generated from the same data.
import type { TopLevelSpec } from 'vega-lite';
import type { ColumnDef, ColumnFormat, TableRow } from '../registry/types.ts';

export interface ChartData {
  columns: ColumnDef[];
  rows: TableRow[];
}

export interface BuiltChart {
  spec: TopLevelSpec;
  data: ChartData;
  altText: string;
}

export interface ChartSize {
  /** Total width in px including axes and legend (default 605 = 160 mm). */
  width?: number;
  /** Total height in px including axes and legend (builders pick a default from the data). */
  height?: number;
}

/** Number formats a chart's value labels and data table may use. */
export type ValueFormat = Extract<ColumnFormat, 'integer' | 'decimal1' | 'decimal2' | 'percent1'>;
