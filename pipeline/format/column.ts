// One formatter per column format of the table models (pipeline/registry), so templates, charts' data tables
// and Excel's text fallback all show a value the same way.
import type { CellValue, ColumnFormat } from '../registry/types.ts';
import { MISSING } from './locale.ts';
import { formatDecimal, formatInteger, formatPercent, formatSigned } from './number.ts';

const FORMATTERS: Record<ColumnFormat, (x: number) => string> = {
  text: (x) => String(x),
  integer: (x) => formatInteger(x),
  decimal1: (x) => formatDecimal(x, 1),
  decimal2: (x) => formatDecimal(x, 2),
  percent1: (x) => formatPercent(x, { digits: 1 }),
  signedInteger: (x) => formatSigned(x, 0),
  signedDecimal1: (x) => formatSigned(x, 1),
  signedPercent1: (x) => formatPercent(x, { digits: 1, signed: true }),
};

/** A table cell as text: numbers by the column's format, strings as they are, null/NaN as '–'. */
export function formatCell(value: CellValue | undefined, format: ColumnFormat): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string') return value;
  return Number.isFinite(value) ? FORMATTERS[format](value) : MISSING;
}
