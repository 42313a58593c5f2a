// Maps header row 1 of a sheet to the fixed columns and codebook variables, through the codebook's
// aliases; records unknown, misplaced, duplicated and missing headers.
import type { Worksheet } from 'exceljs';
import type { YearCodebook } from '../codebook/index.ts';
import type { Finding, Year } from '../types.ts';
import { finding, type Location } from '../validate/messages.ts';
import { a1, columnLetter } from './a1.ts';
import { unwrap } from './cell.ts';
import { fixedColumns, sheetOf, type FixedRole, type KnownVariable, type SheetName } from './layout.ts';

export type Column =
  | { col: number; letter: string; role: FixedRole; key: string }
  | { col: number; letter: string; role: 'variable'; key: string; variable: KnownVariable };

export interface HeaderMap {
  /** Columns that are read, by column number. */
  read: Map<number, Column>;
  /** Key (fixed column header or variable code) → column letter, for every recognised column, read or not. */
  letters: Record<string, string>;
  /** Column numbers that have a header (read or not); other columns with values get `header.blank`. */
  headed: Set<number>;
}

export interface HeaderInput {
  ws: Worksheet;
  sheet: SheetName;
  yc: YearCodebook;
  year: Year;
  known: Map<string, KnownVariable>;
  where: Location;
  out: Finding[];
}

function headerText(ws: Worksheet, col: number): string {
  const p = unwrap(ws.getRow(1).getCell(col).value).plain;
  if (p.kind === 'blank') return '';
  if (p.kind === 'date') return p.value.toISOString();
  return String(p.value);
}

type Target = { role: FixedRole; key: string } | { role: 'variable'; key: string; variable: KnownVariable };

export function mapHeaders(input: HeaderInput): HeaderMap {
  const { ws, sheet, yc, known, out } = input;
  const fixed = fixedColumns(sheet, yc);
  const read = new Map<number, Column>();
  const letters: Record<string, string> = {};
  const headed = new Set<number>();
  const at = (cell: string): Location => ({ ...input.where, sheet, cell });

  const lastCol = ws.getRow(1).cellCount;
  for (let col = 1; col <= lastCol; col++) {
    const raw = headerText(ws, col);
    const text = raw.trim();
    if (text === '') continue;
    headed.add(col);
    const cell = a1(col, 1);
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
        out.push(finding('header.unknown', { sheet, header: text, cell }, at(cell)));
      }
      continue;
    }
    if (target.role === 'variable' && sheetOf(target.variable.kind) !== sheet) {
      out.push(finding('header.wrong-sheet', { sheet, header: target.key, belongs: sheetOf(target.variable.kind), cell }, at(cell)));
      continue;
    }
    const first = letters[target.key];
    if (first !== undefined) {
      out.push(finding('header.duplicate', { sheet, header: target.key, first: `${first}1`, cell }, { ...at(cell), variable: target.key }));
      continue;
    }
    if (via === 'alias') out.push(finding('header.alias', { sheet, header: text, code: target.key, cell }, { ...at(cell), variable: target.key }));
    if (via === 'normalised') out.push(finding('header.normalised', { sheet, header: raw, code: target.key, cell }, { ...at(cell), variable: target.key }));

    letters[target.key] = letter;
    // Variables not part of this year's form are recorded (validate reports them) but not read.
    if (target.role !== 'variable' || target.variable.inYear) read.set(col, { col, letter, ...target });
  }

  for (const f of fixed) {
    if (letters[f.header] !== undefined) continue;
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
  return { read, letters, headed };
}
