// Finds a sheet's header row (row 1, or lower when title rows were put above it) and maps it to the
// fixed columns and codebook variables, through the codebook's aliases; records unknown, misplaced,
// duplicated and missing headers. A sheet with no header row at all gets one finding that says what its
// first row holds instead, not one per missing column.
import type { Worksheet } from 'exceljs';
import type { YearCodebook } from '../codebook/index.ts';
import type { Finding, Year } from '../types.ts';
import { finding, list, num, quote, type Location } from '../validate/messages.ts';
import { a1, columnLetter } from './a1.ts';
import { unwrap } from './cell.ts';
import { fixedColumns, sheetOf, type FixedRole, type KnownVariable, type SheetName } from './layout.ts';

export type Column =
  | { col: number; letter: string; role: FixedRole; key: string }
  | { col: number; letter: string; role: 'variable'; key: string; variable: KnownVariable };

export interface HeaderMap {
  /** The header row's number (1 unless title rows were put above it). */
  row: number;
  /** Columns that are read, by column number. */
  read: Map<number, Column>;
  /** Key (fixed column header or variable code) → column letter, for every recognised column, read or not. */
  letters: Record<string, string>;
  /** Column numbers that have a header (read or not); other columns with values get `header.blank`. */
  headed: Set<number>;
}

export interface HeaderInput {
  ws: Worksheet;
  /** The header row, from findHeaderRow. */
  row: number;
  sheet: SheetName;
  yc: YearCodebook;
  year: Year;
  known: Map<string, KnownVariable>;
  where: Location;
  out: Finding[];
}

function headerText(ws: Worksheet, row: number, col: number): string {
  const p = unwrap(ws.getRow(row).getCell(col).value).plain;
  if (p.kind === 'blank') return '';
  if (p.kind === 'date') return p.value.toISOString();
  // Decomposed letters (NFD, as some Mac programs write å) read as the composed ones.
  return String(p.value).normalize('NFC');
}

/** How many rows from the top are searched for the header row. */
export const HEADER_SCAN_ROWS = 20;

export type HeaderRowSearch = { row: number } | { none: true; finding: Finding };

/**
 * The sheet's header row: the first of the top rows that has the id column (`enhetsnr`), or else at
 * least three known headers. With none, the finding says what the first row with content holds.
 */
export function findHeaderRow(input: Omit<HeaderInput, 'row' | 'out'>): HeaderRowSearch {
  const { ws, sheet, yc, known } = input;
  const last = Math.min(ws.rowCount, HEADER_SCAN_ROWS);
  const fixed = new Set(['status', 'dato', ...fixedColumns(sheet, yc).map((f) => f.header.toLowerCase())]);
  const aliases = new Set([...yc.aliases.keys()].map((h) => h.toLowerCase()));
  let firstWithValues: number | undefined;
  let fallback: number | undefined;
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r);
    if (!row?.hasValues) continue;
    firstWithValues ??= r;
    let recognised = 0;
    for (let col = 1; col <= row.cellCount; col++) {
      const text = headerText(ws, r, col).trim();
      if (text === '') continue;
      if (text.toLowerCase() === yc.idColumn.toLowerCase()) return { row: r };
      if (fixed.has(text.toLowerCase()) || aliases.has(text.toLowerCase()) || known.has(text.toUpperCase())) recognised++;
    }
    if (recognised >= 3) fallback ??= r;
  }
  if (fallback !== undefined) return { row: fallback };
  return { none: true, finding: noHeaderRow(input, firstWithValues ?? 1, last) };
}

/** The first few values of a row as `«030101» i A1, «Gamle Oslo» i B1, 8,21 i C1`. */
export function describeRow(ws: Worksheet, row: number, max = 3, fromCol = 1): string {
  const parts: string[] = [];
  const r = ws.getRow(row);
  for (let col = fromCol; col <= r.cellCount && parts.length < max; col++) {
    const p = unwrap(r.getCell(col).value).plain;
    if (p.kind === 'blank') continue;
    const shown = p.kind === 'number' ? num(p.value, 6) : p.kind === 'date' ? p.value.toISOString().slice(0, 10) : quote(p.value);
    parts.push(`${shown} i ${a1(col, row)}`);
  }
  return list(parts);
}

function noHeaderRow(input: Omit<HeaderInput, 'row' | 'out'>, row: number, scanned: number): Finding {
  const { ws, sheet, yc } = input;
  const fixed = fixedColumns(sheet, yc).map((f) => f.header);
  const variables = sheet === 'Årsverk' ? yc.arsverk.map((v) => v.code) : sheet === 'Spørsmål' ? yc.questions.map((q) => q.code) : [];
  const expected = [...fixed, ...variables.slice(0, 2)].join(', ') + (variables.length > 2 ? ' …' : '');
  const first = ws.getRow(row).getCell(1).value;
  const code = unwrap(first).plain;
  const looksLikeUnit =
    (code.kind === 'number' && Number.isInteger(code.value) && /^\d{3,6}$/.test(String(code.value))) ||
    (code.kind === 'text' && /^\s*\d{3,6}\s*$/.test(code.value));
  const cell = a1(1, row);
  const where: Location = { ...input.where, sheet, cell };
  if (looksLikeUnit) {
    const unit = String(code.kind === 'text' ? code.value.trim() : code.kind === 'number' ? code.value : '');
    const rest = describeRow(ws, row, 2, 2);
    return finding('header.row-missing', { sheet, row, cell, found: `enhetsnummer ${unit} i ${cell}${rest ? `, ${rest}` : ''}`, expected }, where);
  }
  return finding('header.row-not-found', { sheet, rows: scanned, cell, found: ws.findRow(row)?.hasValues ? `rad ${row}: ${describeRow(ws, row, 3)}` : '', expected: fixed[0]! }, where);
}

type Target = { role: FixedRole; key: string } | { role: 'variable'; key: string; variable: KnownVariable };

export function mapHeaders(input: HeaderInput): HeaderMap {
  const { ws, sheet, yc, known, out, row } = input;
  const fixed = fixedColumns(sheet, yc);
  const read = new Map<number, Column>();
  const letters: Record<string, string> = {};
  const headed = new Set<number>();
  const at = (cell: string): Location => ({ ...input.where, sheet, cell });
  /** Headers no column matches; reported after the row is read, with the missing header they may be a misspelling of. */
  const unknown: { text: string; cell: string }[] = [];

  const lastCol = ws.getRow(row).cellCount;
  for (let col = 1; col <= lastCol; col++) {
    const raw = headerText(ws, row, col);
    const text = raw.trim();
    if (text === '') continue;
    headed.add(col);
    const cell = a1(col, row);
    const letter = columnLetter(col);

    let target: Target | undefined;
    let via: 'exact' | 'normalised' | 'alias' = 'exact';
    const fixedHit = fixed.find((f) => f.header.toLowerCase() === text.toLowerCase());
    const otherSheetFixed = !fixedHit && ['status', 'dato'].includes(text.toLowerCase());
    if (fixedHit) {
      target = { role: fixedHit.role, key: fixedHit.header };
      if (raw !== fixedHit.header) via = 'normalised';
    } else {
      const aliasCode = yc.aliases.get(text) ?? [...yc.aliases].find(([h]) => h.toLowerCase() === text.toLowerCase())?.[1];
      const code = aliasCode ?? text.toUpperCase();
      const variable = known.get(code);
      if (variable) {
        target = { role: 'variable', key: code, variable };
        if (aliasCode) via = 'alias';
        else if (raw !== code) via = 'normalised';
      }
    }

    if (!target) {
      if (otherSheetFixed) {
        out.push(finding('header.wrong-sheet', { sheet, header: text, belongs: 'Innsending', cell }, at(cell)));
      } else {
        unknown.push({ text, cell });
      }
      continue;
    }
    if (target.role === 'variable' && sheetOf(target.variable.kind) !== sheet) {
      out.push(finding('header.wrong-sheet', { sheet, header: target.key, belongs: sheetOf(target.variable.kind), cell }, at(cell)));
      continue;
    }
    const first = letters[target.key];
    if (first !== undefined) {
      out.push(finding('header.duplicate', { sheet, header: target.key, first: `${first}${row}`, cell }, { ...at(cell), variable: target.key }));
      continue;
    }
    if (via === 'alias') out.push(finding('header.alias', { sheet, header: text, code: target.key, cell }, { ...at(cell), variable: target.key }));
    if (via === 'normalised') out.push(finding('header.normalised', { sheet, header: raw, code: target.key, cell }, { ...at(cell), variable: target.key }));

    letters[target.key] = letter;
    // Variables not part of this year's form are recorded (validate reports them) but not read.
    if (target.role !== 'variable' || target.variable.inYear) read.set(col, { col, letter, ...target });
  }

  const expected = [
    ...fixed.map((f) => f.header),
    ...(sheet === 'Årsverk' ? yc.arsverk.map((v) => v.code) : []),
    ...(sheet === 'Spørsmål' ? yc.questions.map((q) => q.code) : []),
  ].filter((h) => letters[h] === undefined);
  for (const { text, cell } of unknown) {
    const suggestion = closest(text, expected);
    out.push(finding('header.unknown', { sheet, header: text, cell, ...(suggestion ? { suggestion } : {}) }, at(cell)));
  }

  for (const f of fixed) {
    if (letters[f.header] !== undefined) continue;
    if (f.role === 'id') {
      // Without the unit codes no row can be read: say so once, and what the first column is headed instead.
      const first = headerText(ws, row, 1).trim();
      const cell = a1(1, row);
      out.push(finding('header.id-missing', { sheet, header: f.header, row, cell, found: first }, { ...input.where, sheet, cell, variable: f.header }));
      continue;
    }
    const rule = f.required ? 'header.missing' : 'header.missing-optional';
    out.push(finding(rule, { sheet, header: f.header }, { ...input.where, sheet, variable: f.header }));
  }
  if (sheet === 'Årsverk') {
    for (const v of yc.arsverk) {
      if (letters[v.code] === undefined) out.push(finding('header.missing', { sheet, header: v.code }, { ...input.where, sheet, variable: v.code }));
    }
  }
  if (sheet === 'Spørsmål') {
    for (const q of yc.questions) {
      if (letters[q.code] === undefined) {
        out.push(finding('header.question-missing', { sheet, header: q.code }, { ...input.where, sheet, variable: q.code }));
      }
    }
  }
  return { row, read, letters, headed };
}

/** The one missing header `text` is most likely a misspelling of (case aside, at most two edits), if any. */
export function closest(text: string, missing: readonly string[]): string | undefined {
  const t = text.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const m of missing) {
    const d = editDistance(t, m.toLowerCase());
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best !== undefined && !tie && bestDistance <= Math.min(2, Math.floor(best.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
