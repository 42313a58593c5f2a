// One table on one worksheet:
//   [sample-data notice] · title · (blank) · header with units (frozen) · data, totals in bold · (blank) ·
//   notes · source · link back to the contents
import type ExcelJS from 'exceljs';
import type { ColumnDef, TableModel } from '../registry/types.ts';
import { cellSpec, type CellSpec } from './cells.ts';
import { fitColumn } from './widths.ts';
import { SYNTHETIC_NOTICE } from '../sample-data/workbook.ts';
import { TEXT_FORMAT } from './number-formats.ts';
import { sheetCellRef } from './sheet-names.ts';
import { xlsxString } from './xml-string.ts';

export const FONT = { name: 'Calibri', size: 11 } as const;
const LINE_HEIGHT = 15;
const NOTICE_COLOR = 'FFC00000';
const THIN = { style: 'thin' } as const;

/** The header text of a column: its label, and its unit when the label does not already say it. */
export function headerText(col: ColumnDef): string {
  const unit = col.unit?.trim();
  if (!unit || col.label.toLocaleLowerCase('nb').includes(unit.toLocaleLowerCase('nb'))) return col.label;
  return `${col.label} (${unit})`;
}

/** A plain string cell: stored as a shared string (never a formula) and formatted as text. */
export function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = xlsxString(text);
  cell.numFmt = TEXT_FORMAT;
}

export function setNotice(cell: ExcelJS.Cell): void {
  setText(cell, SYNTHETIC_NOTICE);
  cell.font = { ...FONT, bold: true, color: { argb: NOTICE_COLOR } };
}

export interface SheetLayout {
  /** 1-based row numbers. */
  titleRow: number;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  notesRow: number;
  sourceRow: number;
}

export interface TableSheetOptions {
  synthetic: boolean;
  /** Sheet name of the contents, for a link back; none when absent. */
  contentsSheet?: string;
}

export function writeTableSheet(ws: ExcelJS.Worksheet, table: TableModel, opts: TableSheetOptions): SheetLayout {
  let r = 1;
  if (opts.synthetic) setNotice(ws.getCell(r++, 1));
  const titleRow = r++;
  const title = ws.getCell(titleRow, 1);
  setText(title, table.title);
  title.font = { ...FONT, size: 13, bold: true };
  r++; // blank

  const headerRow = r++;
  const headers = table.columns.map(headerText);
  const specs: CellSpec[][] = table.rows.map((row, i) =>
    table.columns.map((col) => cellSpec(row.cells[col.key], col.format, `table ${table.id}, row ${i + 1}, column ${col.key}`)),
  );
  const fitted = table.columns.map((_, c) => fitColumn(headers[c]!, specs.map((s) => s[c]!.display)));

  const header = ws.getRow(headerRow);
  table.columns.forEach((col, c) => {
    const cell = header.getCell(c + 1);
    setText(cell, headers[c]!);
    cell.font = { ...FONT, bold: true };
    cell.border = { bottom: THIN };
    cell.alignment = { wrapText: true, vertical: 'bottom', horizontal: col.format === 'text' ? 'left' : 'right' };
  });
  const lines = Math.max(1, ...fitted.map((f) => f.headerLines));
  if (lines > 1) header.height = lines * LINE_HEIGHT;

  const firstDataRow = r;
  table.rows.forEach((row, i) => {
    const xrow = ws.getRow(r++);
    const kind = row.kind ?? 'data';
    specs[i]!.forEach((spec, c) => {
      const cell = xrow.getCell(c + 1);
      cell.value = spec.value;
      cell.numFmt = spec.numFmt;
      if (kind !== 'data') cell.font = { ...FONT, bold: true };
      if (kind === 'total') cell.border = { top: THIN };
      if (spec.alignRight || fitted[c]!.wrapCells) {
        cell.alignment = { ...(spec.alignRight ? { horizontal: 'right' as const } : {}), ...(fitted[c]!.wrapCells ? { wrapText: true, vertical: 'top' as const } : {}) };
      }
    });
  });
  const lastDataRow = r - 1;

  r++; // blank
  const notesRow = r;
  for (const note of table.notes) setText(ws.getCell(r++, 1), note);
  const sourceRow = r++;
  const source = table.source.trim();
  setText(ws.getCell(sourceRow, 1), /^kilde\b/i.test(source) ? source : `Kilde: ${source}`);
  for (let n = notesRow; n <= sourceRow; n++) ws.getCell(n, 1).font = { ...FONT, italic: n === sourceRow };

  if (opts.contentsSheet !== undefined) {
    const back = ws.getCell(r + 1, 1);
    back.value = { text: '\u2190 Til innholdsfortegnelsen', hyperlink: sheetCellRef(opts.contentsSheet) };
    back.font = { ...FONT, color: { argb: 'FF0563C1' }, underline: true };
  }

  fitted.forEach((f, c) => (ws.getColumn(c + 1).width = f.width));
  const firstIsLabel = table.columns[0]?.format === 'text' && table.columns.length > 2;
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: firstIsLabel ? 1 : 0, topLeftCell: firstIsLabel ? `B${headerRow + 1}` : `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
  ws.pageSetup = { paperSize: 9, orientation: table.columns.length > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return { titleRow, headerRow, firstDataRow, lastDataRow, notesRow, sourceRow };
}
