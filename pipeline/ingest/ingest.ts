// The ingest stage: reads one yearly workbook is248_<year>.xlsx through the codebook into a YearExtract.
// Bad input never throws: every problem and every normalisation made becomes a finding with file, sheet,
// cell, unit and rule (see pipeline/validate/messages.ts).
import { basename } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { codebookForYear, schemeForYear, type CodebookFile } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import type { Finding, SchemeId, Year, YearExtract } from '../types.ts';
import { finding, type Location } from '../validate/messages.ts';
import { describeRow, findHeaderRow, mapHeaders } from './headers.ts';
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
  try {
    return await ingest(path, opts);
  } catch (err) {
    // A file no check foresaw still gives a finding that names it, never a stack trace.
    const file = basename(path);
    const year = opts.year ?? yearFromFileName(path);
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 120);
    const where: Location = { file, ...(year !== undefined ? { year } : {}) };
    return { year: year ?? 0, file, scheme: 'A', units: [], findings: [finding('file.unreadable', { file, reason }, where)], columns: {} };
  }
}

async function ingest(path: string, opts: IngestOptions): Promise<YearExtract> {
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
    if (ws.actualRowCount === 0) {
      findings.push(finding('sheet.empty', { sheet }, { ...where, cell: 'A1' }));
      continue;
    }
    const head = findHeaderRow({ ws, sheet, yc, year, known, where: fileWhere });
    if ('none' in head) {
      // Reported once; the sheet is not read, so nothing else is said about its columns or units.
      findings.push(head.finding);
      continue;
    }
    if (head.row > 1) {
      const above = describeRow(ws, ws.findRow(1)?.hasValues ? 1 : head.row - 1, 1);
      findings.push(finding('header.row-shifted', { sheet, row: head.row, cell: `A${head.row}`, above }, { ...where, cell: `A${head.row}` }));
    }
    const headers = mapHeaders({ ws, sheet, row: head.row, yc, year, known, where: fileWhere, out: findings });
    // No unit codes, no rows: the sheet counts as not read (header.id-missing says why), so validate says
    // nothing about each unit's missing values.
    if (![...headers.read.values()].some((c) => c.role === 'id')) continue;
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

/**
 * The three expected sheets, found by exact name (letters composed, NFC) or, with a warning, by a
 * loosely matching name. A hidden sheet is read with a warning; a hidden sheet next to a visible copy
 * of it ("Årsverk (2)") is an error: which of the two holds the right numbers cannot be known.
 */
function findSheets(wb: Workbook, where: Location, out: Finding[]): Map<SheetName, Worksheet> {
  const found = new Map<SheetName, Worksheet>();
  const used = new Set<Worksheet>();
  const nameOf = (ws: Worksheet) => ws.name.normalize('NFC');
  for (const sheet of SHEETS) {
    const exact = wb.worksheets.find((ws) => nameOf(ws) === sheet);
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
  for (const [sheet, ws] of found) {
    if (ws.state === 'visible') continue;
    const copy = wb.worksheets.find((other) => !used.has(other) && other.state === 'visible' && copyOf(other.name) === looseName(sheet));
    if (copy) {
      used.add(copy);
      out.push(finding('sheet.hidden-copy', { sheet, copy: copy.name }, { ...where, sheet: copy.name }));
    } else {
      out.push(finding('sheet.hidden', { sheet }, { ...where, sheet: ws.name }));
    }
  }
  for (const ws of wb.worksheets) {
    if (!used.has(ws) && ws.actualRowCount > 0) out.push(finding('sheet.unknown', { sheet: ws.name }, { ...where, sheet: ws.name }));
  }
  return found;
}

/** The loose name of the sheet a copy was made from: `Årsverk (2)`, `Kopi av Årsverk`, `Årsverk - kopi` → `arsverk`. */
function copyOf(name: string): string {
  return looseName(name.replace(/\(\d+\)\s*$/, '').replace(/^\s*(kopi av|copy of)\s+/i, '').replace(/[\s_-]+(kopi|copy)\s*$/i, ''));
}

function nearestScheme(cb: CodebookFile, year: Year): SchemeId {
  const schemes = Object.entries(cb.schemes).sort(([, a], [, b]) => a.years[0] - b.years[0]);
  const before = schemes.filter(([, s]) => s.years[0] <= year).pop() ?? schemes[0];
  return (before?.[0] ?? 'A');
}

