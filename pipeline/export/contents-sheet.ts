// The first sheet, "Innhold": the workbook's title and one row per table with a link to its sheet.
import type ExcelJS from 'exceljs';
import type { TableModel } from '../registry/types.ts';
import { FONT, setNotice, setText } from './table-sheet.ts';
import { sheetCellRef } from './sheet-names.ts';
import { fitColumn } from './widths.ts';
import { xlsxString } from './xml-string.ts';

export const CONTENTS_SHEET = 'Innhold';
const HEADERS = ['Ark', 'Tabell'] as const;

export function writeContentsSheet(
  ws: ExcelJS.Worksheet,
  entries: readonly { sheet: string; table: TableModel }[],
  opts: { title: string; synthetic: boolean },
): void {
  let r = 1;
  if (opts.synthetic) setNotice(ws.getCell(r++, 1));
  const title = ws.getCell(r++, 1);
  setText(title, opts.title);
  title.font = { ...FONT, size: 13, bold: true };
  r++;
  const headerRow = r++;
  HEADERS.forEach((h, c) => {
    const cell = ws.getCell(headerRow, c + 1);
    setText(cell, h);
    cell.font = { ...FONT, bold: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const { sheet, table } of entries) {
    const link = ws.getCell(r, 1);
    // Text and target are ours (a sanitised sheet name); exceljs stores the text as a plain string.
    link.value = { text: xlsxString(sheet), hyperlink: sheetCellRef(sheet), tooltip: `Gå til ${sheet}` };
    link.font = { ...FONT, color: { argb: 'FF0563C1' }, underline: true };
    setText(ws.getCell(r, 2), table.title);
    r++;
  }
  ws.getColumn(1).width = fitColumn(HEADERS[0], entries.map((e) => e.sheet)).width;
  ws.getColumn(2).width = fitColumn(HEADERS[1], entries.map((e) => e.table.title)).width;
  ws.views = [{ state: 'frozen', ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
}
