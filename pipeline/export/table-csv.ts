// One table as CSV for Norwegian Excel (pipeline/util/csv.ts), laid out like its worksheet in the xlsx:
//   [sample-data notice] · title · (blank) · header with units · data · (blank) · notes · source
// Numbers are numbers (decimal comma, no thousands separator), rounded to the decimals the report shows;
// shares (percent columns) are written in per cent, as their header's unit says. A value that was not
// observed is an empty field in a number column and '–' in a text column, as in the xlsx.
import { MISSING, round } from '../format/index.ts';
import type { CellValue, ColumnFormat, TableModel } from '../registry/types.ts';
import { SYNTHETIC_NOTICE } from '../sample-data/workbook.ts';
import { csvText, type CsvValue } from '../util/csv.ts';
import { headerText } from './table-sheet.ts';

/** Decimals and decimal shift (2: share → per cent) of each number format. */
const NUMBER_FORMATS: Readonly<Record<Exclude<ColumnFormat, 'text'>, { decimals: number; shift: number }>> = {
  integer: { decimals: 0, shift: 0 },
  decimal1: { decimals: 1, shift: 0 },
  decimal2: { decimals: 2, shift: 0 },
  percent1: { decimals: 1, shift: 2 },
  signedInteger: { decimals: 0, shift: 0 },
  signedDecimal1: { decimals: 1, shift: 0 },
  signedPercent1: { decimals: 1, shift: 2 },
};

/** A cell's CSV text: numbers as Norwegian Excel reads them, strings as they are. */
export function csvCell(value: CellValue | undefined, format: ColumnFormat): CsvValue {
  const missing = value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value));
  if (missing) return format === 'text' ? MISSING : '';
  if (typeof value === 'string') return value;
  if (format === 'text') return value; // a year or a code stored as a number
  const { decimals, shift } = NUMBER_FORMATS[format];
  return round(value, decimals, shift);
}

/** The table's rows of fields, as the file holds them. */
export function tableCsvRows(table: TableModel, opts: { synthetic: boolean }): CsvValue[][] {
  const source = table.source.trim();
  return [
    ...(opts.synthetic ? [[SYNTHETIC_NOTICE]] : []),
    [table.title],
    [],
    table.columns.map(headerText),
    ...table.rows.map((row) => table.columns.map((col) => csvCell(row.cells[col.key], col.format))),
    [],
    ...table.notes.map((note) => [note]),
    [/^kilde\b/i.test(source) ? source : `Kilde: ${source}`],
  ];
}

export function tableCsv(table: TableModel, opts: { synthetic: boolean }): string {
  return csvText(tableCsvRows(table, opts));
}
