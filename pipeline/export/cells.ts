// How one table cell is written: numbers as numbers with the column's format, strings as plain strings
// (shared strings in the file, never formulas, never parsed as numbers) with the text format, and a value
// that was not observed as an empty cell — or '–' in a text column, where an empty cell would read as blank.
import { formatCell, MISSING } from '../format/index.ts';
import type { CellValue, ColumnFormat } from '../registry/types.ts';
import { ExportError } from './errors.ts';
import { EXCEL_NUMBER_FORMATS, GENERAL_FORMAT, TEXT_FORMAT } from './number-formats.ts';
import { xlsxString } from './xml-string.ts';

export interface CellSpec {
  value: number | string | null;
  numFmt: string;
  /** The text a reader sees (Norwegian formatting), for fitting column widths. */
  display: string;
  /** A string in a number column (a footnote mark, "."): right-aligned like the numbers. */
  alignRight: boolean;
}

export function cellSpec(value: CellValue | undefined, format: ColumnFormat, where: string): CellSpec {
  const numeric = format !== 'text';
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
    return numeric
      ? { value: null, numFmt: EXCEL_NUMBER_FORMATS[format], display: '', alignRight: false }
      : { value: MISSING, numFmt: TEXT_FORMAT, display: MISSING, alignRight: false };
  }
  if (typeof value === 'string') return { value: xlsxString(value), numFmt: TEXT_FORMAT, display: value, alignRight: numeric };
  if (typeof value === 'number') {
    const n = value === 0 ? 0 : value; // no −0
    return numeric
      ? { value: n, numFmt: EXCEL_NUMBER_FORMATS[format], display: formatCell(n, format), alignRight: false }
      : { value: n, numFmt: GENERAL_FORMAT, display: String(n), alignRight: false };
  }
  throw new ExportError('export.bad-cell', `${where}: a cell must be a number, a string or null, not ${typeof value}`);
}
