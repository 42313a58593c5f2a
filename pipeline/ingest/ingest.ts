// The ingest stage: reads one yearly workbook is248_<year>.xlsx through the codebook into a YearExtract.
// Bad input never throws: every problem and every normalisation made becomes a finding with file, sheet,
// cell, unit and rule (see pipeline/validate/messages.ts).
import { basename } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { codebookForYear, schemeForYear, type CodebookFile } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import type { Finding, SchemeId, Year, YearExtract } from '../types.ts';
import { finding, type Location } from '../validate/messages.ts';
import { mapHeaders } from './headers.ts';
import { knownVariables, looseName, SHEETS, type SheetName } from './layout.ts';
import { openWorkbook } from './open.ts';
import { readSheet, type SheetRow } from './read-sheet.ts';
import { mergeUnits } from './merge.ts';

export interface IngestOptions {
  codebook: CodebookFile;
  reference: Reference;
  /** The reporting year; by default taken from the file name `is248_<year>.xlsx`. */
  year?: Year;
}

const YEAR_IN_NAME = /is248_(\d{4})(?!\d)/i;

/** The reporting year in a file name like `is248_2024.xlsx`. */
export function yearFromFileName(file: string): Year | undefined {
  const m = YEAR_IN_NAME.exec(basename(file));
  return m ? Number(m[1]) : undefined;
}

export async function ingestWorkbook(path: string, opts: IngestOptions): Promise<YearExtract> {
  const file = basename(path);
  const findings: Finding[] = [];
  const nameYear = yearFromFileName(path);
  const year = opts.year ?? nameYear;
  const fileWhere: Location = { file, ...(year !== undefined ? { year } : {}) };
  const empty = (y: Year, scheme: SchemeId): YearExtract => ({ year: y, file, scheme, units: [], findings, columns: {} });

  if (year === undefined) {
    findings.push(finding('file.year-unknown', { file }, fileWhere));
    return empty(0, 'A');
  }
  if (opts.year !== undefined && nameYear !== undefined && nameYear !== opts.year) {
    findings.push(finding('file.year-mismatch', { file, nameYear, year }, fileWhere));
  }
  const scheme = schemeForYear(opts.codebook, year);
  if (!scheme) {
    findings.push(finding('file.year-not-covered', { year }, fileWhere));
    return empty(year, nearestScheme(opts.codebook, year));
  }
  const yc = codebookForYear(opts.codebook, year);

  const wb = await openWorkbook(path, fileWhere, findings);
  if (!wb) return empty(year, scheme);
  if (wb.worksheets.every((ws) => ws.actualRowCount === 0)) {
    findings.push(finding('file.empty', { file }, fileWhere));
    return empty(year, scheme);
  }

  const sheets = findSheets(wb, fileWhere, findings);
  const known = knownVariables(opts.codebook, yc, year);
  const rows: Partial<Record<SheetName, SheetRow[]>> = {};
  const letters: Partial<Record<SheetName, Record<string, string>>> = {};
  for (const sheet of SHEETS) {
    const ws = sheets.get(sheet);
    if (!ws) continue;
    const where: Location = { ...fileWhere, sheet };
    if (ws.actualRowCount === 0 || !ws.getRow(1).hasValues) {
      findings.push(finding('sheet.empty', { sheet }, { ...where, cell: 'A1' }));
      continue;
    }
    const headers = mapHeaders({ ws, sheet, yc, year, known, where: fileWhere, out: findings });
    letters[sheet] = headers.letters;
    rows[sheet] = readSheet({ ws, sheet, headers, cb: opts.codebook, ref: opts.reference, year, where: fileWhere, out: findings });
  }

  const units = mergeUnits({ rows, letters, yc, ref: opts.reference, year, file, where: fileWhere, out: findings });
  return { year, file, scheme, units, findings, columns: letters, ...(isSynthetic(wb) ? { synthetic: true } : {}) };
}

/** Sample data says so in the workbook's properties (category or keywords "eksempeldata"). */
function isSynthetic(wb: { category?: string; keywords?: string }): boolean {
  return /eksempeldata/i.test(`${wb.category ?? ''} ${wb.keywords ?? ''}`);
}

/** The three expected sheets, found by exact name or, with a warning, by a loosely matching name. */
function findSheets(wb: Workbook, where: Location, out: Finding[]): Map<SheetName, Worksheet> {
  const found = new Map<SheetName, Worksheet>();
  const used = new Set<Worksheet>();
  for (const sheet of SHEETS) {
    const exact = wb.worksheets.find((ws) => ws.name === sheet);
    if (exact) {
      found.set(sheet, exact);
      used.add(exact);
    }
  }
  for (const sheet of SHEETS) {
    if (found.has(sheet)) continue;
    const loose = wb.worksheets.find((ws) => !used.has(ws) && looseName(ws.name) === looseName(sheet));
    if (loose) {
      found.set(sheet, loose);
      used.add(loose);
      out.push(finding('sheet.renamed', { sheet, found: loose.name }, { ...where, sheet: loose.name }));
    } else {
      out.push(finding('sheet.missing', { sheet, found: wb.worksheets.map((ws) => ws.name) }, { ...where, sheet }));
    }
  }
  for (const ws of wb.worksheets) {
    if (!used.has(ws) && ws.actualRowCount > 0) out.push(finding('sheet.unknown', { sheet: ws.name }, { ...where, sheet: ws.name }));
  }
  return found;
}

function nearestScheme(cb: CodebookFile, year: Year): SchemeId {
  const schemes = Object.entries(cb.schemes).sort(([, a], [, b]) => a.years[0] - b.years[0]);
  const before = schemes.filter(([, s]) => s.years[0] <= year).pop() ?? schemes[0];
  return (before?.[0] ?? 'A') as SchemeId;
}

