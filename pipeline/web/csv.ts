// Tables as CSV for Norwegian Excel: ';' between fields, decimal comma, no thousands separator, UTF-8 with a
// byte-order mark (so Excel reads æøå), CRLF line ends. A number keeps the decimals its column shows (a share
// is written in percent, and its header says so); a missing value is an empty field, never 0. Pure.
import { round } from '../format/index.ts';
import type { CellValue, ColumnDef, ColumnFormat, TableModel } from '../registry/types.ts';

const BOM = '\uFEFF';
const DIGITS: Record<Exclude<ColumnFormat, 'text'>, number> = {
  integer: 0,
  decimal1: 1,
  decimal2: 2,
  percent1: 1,
  signedInteger: 0,
  signedDecimal1: 1,
  signedPercent1: 1,
};
const isPercent = (f: ColumnFormat): boolean => f === 'percent1' || f === 'signedPercent1';

/** One field: quoted when it holds ';', '"' or a line break. */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as Norwegian Excel reads it: "2,15", "-8", "17436". */
export function csvNumber(x: number, digits: number): string {
  const r = round(x, digits);
  return (Object.is(r, -0) ? 0 : r).toFixed(digits).replace('.', ',');
}

export function csvCell(value: CellValue | undefined, format: ColumnFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || format === 'text') return csvField(String(value));
  if (!Number.isFinite(value)) return '';
  return csvNumber(isPercent(format) ? value * 100 : value, DIGITS[format]);
}

function header(c: ColumnDef): string {
  const unit = isPercent(c.format) ? 'prosent' : c.unit && !c.label.toLowerCase().includes(c.unit.toLowerCase()) ? c.unit : undefined;
  return csvField(unit ? `${c.label} (${unit})` : c.label);
}

/** The whole table as CSV text, BOM first. */
export function tableCsv(table: Pick<TableModel, 'columns' | 'rows'>): string {
  const lines = [table.columns.map(header).join(';')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row.cells[c.key], c.format)).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
