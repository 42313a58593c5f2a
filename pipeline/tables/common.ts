// What every core table shares: the source line, column shorthands and cell values from `undefined`.
import { sourceLine } from '../aggregate/index.ts';
import type { CellValue, ColumnDef, ComputeInput, TableModel, TableRow } from '../registry/types.ts';

export interface TableParts {
  id: string;
  title: string;
  columns: ColumnDef[];
  rows: TableRow[];
  notes?: (string | undefined | false)[];
}

/** A TableModel with the source line of the input (sample data says so). */
export function tableModel(input: ComputeInput, parts: TableParts): TableModel {
  const keys = new Set(parts.columns.map((c) => c.key));
  for (const r of parts.rows) {
    for (const k of Object.keys(r.cells)) if (!keys.has(k)) throw new Error(`${parts.id}: cell ${k} has no column`);
  }
  return {
    id: parts.id,
    title: parts.title,
    columns: parts.columns,
    rows: parts.rows,
    notes: (parts.notes ?? []).filter((n): n is string => typeof n === 'string' && n.length > 0),
    source: sourceLine(input.panel),
  };
}

/** A number cell: undefined and non-finite numbers become null (shown as "–", never 0). */
export function num(x: number | null | undefined): CellValue {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

export const col = {
  text: (key: string, label: string): ColumnDef => ({ key, label, format: 'text' }),
  arsverk: (key: string, label: string): ColumnDef => ({ key, label, unit: 'årsverk', format: 'integer' }),
  arsverk1: (key: string, label: string): ColumnDef => ({ key, label, unit: 'årsverk', format: 'decimal1' }),
  change: (key: string, label: string): ColumnDef => ({ key, label, unit: 'årsverk', format: 'signedInteger' }),
  change1: (key: string, label: string): ColumnDef => ({ key, label, unit: 'årsverk', format: 'signedDecimal1' }),
  changePct: (key: string, label: string): ColumnDef => ({ key, label, unit: 'prosent', format: 'signedPercent1' }),
  rate: (key: string, label: string, unit: string): ColumnDef => ({ key, label, unit, format: 'decimal1' }),
  count: (key: string, label: string, unit: string): ColumnDef => ({ key, label, unit, format: 'integer' }),
  share: (key: string, label: string): ColumnDef => ({ key, label, unit: 'prosent', format: 'percent1' }),
};
