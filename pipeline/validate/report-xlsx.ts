// The quality report as an Excel workbook: one row per finding, frozen header, autofilter, fitted
// widths. Every value is written as a string cell formatted as text, so a message or header copied
// from a bad workbook (`=HYPERLINK(…)`, `+47…`, `@…`) can never become a formula.
import ExcelJS from 'exceljs';
// exceljs stamps the current time on every zip entry; this makes the file reproducible.
import { fixZipTimestamps } from '../util/zip-timestamps.ts';
import type { Finding, Year } from '../types.ts';
import { commentLookup, type UnitComment } from './comments.ts';
import { isRuleId, RULES, SEVERITY_NB } from './messages.ts';
import { SEVERITY_ORDER, sortFindings } from './report-order.ts';

interface ColumnDef {
  header: string;
  value: (f: Finding, comment: CommentOf) => string;
  max: number;
  wrap?: boolean;
}

const COLUMNS: readonly ColumnDef[] = [
  { header: 'Alvorlighet', value: (f) => SEVERITY_NB[f.severity].one, max: 12 },
  { header: 'Regel', value: (f) => f.rule, max: 30 },
  { header: 'Beskrivelse', value: (f) => (isRuleId(f.rule) ? RULES[f.rule].tittel : ''), max: 40 },
  { header: 'Fil', value: (f) => f.file, max: 30 },
  { header: 'Ark', value: (f) => f.sheet ?? '', max: 14 },
  { header: 'Celle', value: (f) => f.cell ?? '', max: 10 },
  { header: 'Enhet', value: (f) => f.unit ?? '', max: 10 },
  { header: 'Variabel', value: (f) => f.variable ?? '', max: 20 },
  { header: 'Melding', value: (f) => f.message, max: 100, wrap: true },
  { header: 'Kommentar fra enheten', value: (f, commentOf) => commentOf(f.year, f.unit) ?? '', max: 80, wrap: true },
];

type CommentOf = ReturnType<typeof commentLookup>;

/** Cells that a spreadsheet could read as a formula if typed in. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s);
}

function setText(cell: ExcelJS.Cell, text: string): void {
  // A plain string value is stored as a shared string (never <f>); the text format keeps Excel from
  // re-interpreting it if the user edits the cell.
  cell.value = text;
  cell.numFmt = '@';
}

export interface XlsxReportOptions {
  year?: Year;
  /** Workbook creation time; fixed by default so the file is reproducible. */
  now?: Date;
  /** The units' free-text comments, shown next to their findings of the same year (as text, never a formula). */
  comments?: readonly UnitComment[];
}

export async function qualityReportXlsx(findings: readonly Finding[], opts: XlsxReportOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = opts.now ?? new Date(Date.UTC(2000, 0, 1));
  wb.created = when;
  wb.modified = when;
  wb.creator = 'is248-rapport';
  wb.title = `Datakvalitet IS-24/8${opts.year !== undefined ? ` ${opts.year}` : ''}`;

  const ws = wb.addWorksheet('Funn', { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = sortFindings(findings);
  const commentOf = commentLookup(opts.comments ?? []);
  const header = ws.getRow(1);
  COLUMNS.forEach((c, i) => setText(header.getCell(i + 1), c.header));
  header.font = { bold: true };
  rows.forEach((f, r) => {
    const row = ws.getRow(r + 2);
    COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      setText(cell, c.value(f, commentOf));
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      else cell.alignment = { vertical: 'top' };
    });
  });
  COLUMNS.forEach((c, i) => {
    const longest = Math.max(c.header.length, ...rows.map((f) => c.value(f, commentOf).length));
    ws.getColumn(i + 1).width = Math.min(c.max, longest + 2);
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: COLUMNS.length } };

  // A second sheet with counts per rule.
  const sum = wb.addWorksheet('Per regel', { views: [{ state: 'frozen', ySplit: 1 }] });
  ['Alvorlighet', 'Regel', 'Beskrivelse', 'Antall'].forEach((h, i) => setText(sum.getRow(1).getCell(i + 1), h));
  sum.getRow(1).font = { bold: true };
  const counts = new Map<string, { f: Finding; n: number }>();
  for (const f of rows) {
    const c = counts.get(f.rule) ?? { f, n: 0 };
    c.n++;
    counts.set(f.rule, c);
  }
  const ordered = [...counts.values()].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) || b.n - a.n || a.f.rule.localeCompare(b.f.rule),
  );
  ordered.forEach(({ f, n }, r) => {
    const row = sum.getRow(r + 2);
    setText(row.getCell(1), SEVERITY_NB[f.severity].one);
    setText(row.getCell(2), f.rule);
    setText(row.getCell(3), isRuleId(f.rule) ? RULES[f.rule].tittel : '');
    row.getCell(4).value = n;
  });
  [12, 30, 42, 8].forEach((w, i) => (sum.getColumn(i + 1).width = w));

  const buf = await wb.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buf), when);
}
