// Tables to one Excel workbook: a contents sheet, then one sheet per table (see table-sheet.ts). The bytes
// depend only on the tables and options: the creation date is injected and the zip's time stamps fixed.
import ExcelJS from 'exceljs';
import type { TableModel } from '../registry/types.ts';
import { SYNTHETIC_NOTICE } from '../sample-data/workbook.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { fixZipTimestamps } from '../util/zip-timestamps.ts';
import { CONTENTS_SHEET, writeContentsSheet } from './contents-sheet.ts';
import { cleanInternalHyperlinks } from './internal-links.ts';
import { sheetNames } from './sheet-names.ts';
import { writeTableSheet } from './table-sheet.ts';

export interface WorkbookOptions {
  /** Shown on the contents sheet and in the document properties. */
  title?: string;
  /** Sample data: every sheet and the properties say so. */
  synthetic: boolean;
  /** The workbook's created/modified date and the zip entries' time stamps. */
  created: Date;
}

export const DEFAULT_TITLE = 'Tabeller';

/** The sheet name each table gets, in order (after the contents sheet). */
export function tableSheetNames(tables: readonly TableModel[]): string[] {
  return sheetNames(
    tables.map((t) => t.id),
    [CONTENTS_SHEET],
  );
}

export async function tablesWorkbook(tables: readonly TableModel[], opts: WorkbookOptions): Promise<Buffer> {
  const title = opts.title ?? DEFAULT_TITLE;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'is248-rapport';
  wb.lastModifiedBy = 'is248-rapport';
  wb.created = opts.created;
  wb.modified = opts.created;
  wb.title = opts.synthetic ? `${title} – ${SYNTHETIC_NOTICE}` : title;
  wb.subject = 'Kommunalt psykisk helse- og rusarbeid (IS-24/8)';
  wb.keywords = opts.synthetic ? 'IS-24/8; tabeller; eksempeldata; syntetiske data; ikke offisielle tall' : 'IS-24/8; tabeller';
  wb.category = opts.synthetic ? 'Eksempeldata' : 'Statistikk';
  wb.description = opts.synthetic
    ? `${SYNTHETIC_NOTICE}. Tallene er laget av syntetiske eksempeldata og er ikke offisiell statistikk.`
    : `${tables.length} tabeller.`;

  const names = tableSheetNames(tables);
  const contents = wb.addWorksheet(CONTENTS_SHEET);
  writeContentsSheet(
    contents,
    tables.map((table, i) => ({ sheet: names[i]!, table })),
    { title, synthetic: opts.synthetic },
  );
  tables.forEach((table, i) => {
    const ws = wb.addWorksheet(names[i]);
    writeTableSheet(ws, table, { synthetic: opts.synthetic, contentsSheet: CONTENTS_SHEET });
  });

  const raw = new Uint8Array((await wb.xlsx.writeBuffer()));
  const bytes = fixZipTimestamps(await cleanInternalHyperlinks(raw), opts.created);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Writes the workbook atomically: a reader never sees a half-written file. */
export async function writeTablesWorkbook(file: string, tables: readonly TableModel[], opts: WorkbookOptions): Promise<string> {
  writeFileAtomic(file, await tablesWorkbook(tables, opts));
  return file;
}
