// The workbook's expected layout (spec §1): three sheets, their fixed columns, and which codebook
// variables belong in which sheet.
import type { CodebookFile, YearCodebook } from '../codebook/index.ts';
import { columnVariables, inRange } from '../codebook/index.ts';
import type { Year } from '../types.ts';

export const SHEETS = ['Innsending', 'Årsverk', 'Spørsmål'] as const;
export type SheetName = (typeof SHEETS)[number];

export type FixedRole = 'id' | 'name' | 'status' | 'date';

export interface FixedColumn {
  role: FixedRole;
  header: string;
  required: boolean;
}

/** The fixed columns of each sheet, before the variable columns. */
export function fixedColumns(sheet: SheetName, yc: YearCodebook): FixedColumn[] {
  const id: FixedColumn = { role: 'id', header: yc.idColumn, required: true };
  const name: FixedColumn = { role: 'name', header: yc.nameColumn, required: false };
  if (sheet === 'Innsending') {
    return [id, name, { role: 'status', header: 'status', required: true }, { role: 'date', header: 'dato', required: false }];
  }
  return [id, name];
}

export type VariableKind = 'arsverk' | 'question';

export interface KnownVariable {
  code: string;
  kind: VariableKind;
  /** Part of this year's form. */
  inYear: boolean;
  /** The years a question was asked (for messages), e.g. [2021, null]. */
  years?: [number, number | null];
}

/** Every variable the codebook knows in any year, marked with whether it belongs to `year`. */
export function knownVariables(cb: CodebookFile, yc: YearCodebook, year: Year): Map<string, KnownVariable> {
  const known = new Map<string, KnownVariable>();
  const inYear = new Set(yc.arsverk.map((v) => v.code));
  for (const [scheme, groups] of Object.entries(cb.arsverk.tiltak)) {
    for (const labels of Object.values(groups)) {
      for (const code of Object.keys(labels)) known.set(code, { code, kind: 'arsverk', inYear: inYear.has(code) });
    }
    for (const u of Object.keys(cb.arsverk.utdanning[scheme] ?? {})) {
      for (const g of ['V', 'B']) {
        const code = `${g}_${u}`;
        known.set(code, { code, kind: 'arsverk', inYear: inYear.has(code) });
      }
    }
  }
  for (const [code, c] of columnVariables(cb)) {
    known.set(code, { code, kind: 'question', inYear: inRange(c.def.years, year), years: c.def.years });
  }
  return known;
}

export function sheetOf(kind: VariableKind): SheetName {
  return kind === 'arsverk' ? 'Årsverk' : 'Spørsmål';
}

/** For matching sheet names typed a little differently: case, spaces, æøå. */
export function looseName(s: string): string {
  return s
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/å/g, 'a')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[\s_-]+/g, '');
}
