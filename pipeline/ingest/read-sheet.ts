// Reads the rows of one sheet (below its header row) through its header map: one row per unit.
import type { Worksheet } from 'exceljs';
import { columnDef, type CodebookFile } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import type { AnswerValue, Finding, SubmissionStatus, Year } from '../types.ts';
import { finding, type Location } from '../validate/messages.ts';
import { unitLabel } from '../validate/unit-label.ts';
import { a1, columnLetter } from './a1.ts';
import { unwrap, type Unwrapped } from './cell.ts';
import type { Column, HeaderMap } from './headers.ts';
import type { SheetName } from './layout.ts';
import { readAnswerNumber, readCode, readDate, readNumber, readStatus, readText, type CellCtx } from './values.ts';

export interface SheetRow {
  row: number;
  code: string;
  name?: string;
  status?: SubmissionStatus | 'blank' | 'invalid';
  /** The raw status text when invalid, for the message. */
  statusRaw?: string;
  date?: string;
  arsverk: Record<string, number | null>;
  answers: Record<string, AnswerValue>;
}

export interface ReadSheetInput {
  ws: Worksheet;
  sheet: SheetName;
  headers: HeaderMap;
  cb: CodebookFile;
  ref: Reference;
  year: Year;
  where: Location;
  out: Finding[];
}

const BLANK: Unwrapped = unwrap(null);

function isBlank(w: Unwrapped): boolean {
  return w.plain.kind === 'blank' && !w.formulaWithoutResult;
}

/** Rows in sheet order; a unit's second row is reported (`unit.duplicate`) and skipped. */
export function readSheet(input: ReadSheetInput): SheetRow[] {
  const { ws, sheet, headers, ref, year, out } = input;
  const idCol = [...headers.read.values()].find((c) => c.role === 'id');
  if (!idCol) return [];
  const nameCol = [...headers.read.values()].find((c) => c.role === 'name');
  const rows: SheetRow[] = [];
  const firstRowOf = new Map<string, number>();
  const blankHeaderCols = new Set<number>();

  for (let r = headers.row + 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row?.hasValues) continue;
    const cells = new Map<number, Unwrapped>();
    let anyValue = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const w = unwrap(cell.value);
      if (isBlank(w)) return;
      cells.set(col, w);
      if (headers.read.has(col)) anyValue = true;
      else if (!headers.headed.has(col)) blankHeaderCols.add(col);
    });
    if (!anyValue) continue;

    const idCell = a1(idCol.col, r);
    const baseWhere: Location = { ...input.where, sheet };
    const idValue = cells.get(idCol.col) ?? BLANK;
    const idCtx = (u: string, unit: string | undefined, sink: Finding[]): CellCtx => ({
      u,
      cell: idCell,
      header: idCol.key,
      where: { ...baseWhere, cell: idCell, variable: idCol.key, ...(unit ? { unit } : {}) },
      out: sink,
    });
    // Read the code once quietly to learn the unit, then again to record its normalisations under its name.
    const code = readCode(idValue, idCtx(`Rad ${r}`, undefined, []));
    if ('blank' in code) {
      out.push(finding('code.missing', { cell: idCell }, { ...baseWhere, cell: idCell }));
      continue;
    }
    if ('invalid' in code) {
      out.push(finding('code.invalid', { raw: code.invalid, cell: idCell }, { ...baseWhere, cell: idCell }));
      continue;
    }

    const nameCell = nameCol ? cells.get(nameCol.col) : undefined;
    const nameGuess = nameCell?.plain.kind === 'text' ? nameCell.plain.value.trim() : undefined;
    const u = unitLabel(ref, year, code.code, nameGuess);
    readCode(idValue, idCtx(u, code.code, out));

    const first = firstRowOf.get(code.code);
    if (first !== undefined) {
      out.push(finding('unit.duplicate', { u, cell: idCell, sheet, firstRow: first, row: r }, { ...baseWhere, cell: idCell, unit: code.code }));
      continue;
    }
    firstRowOf.set(code.code, r);

    const result: SheetRow = { row: r, code: code.code, arsverk: {}, answers: {} };
    const blanks: string[] = [];
    let arsverkGiven = 0;
    for (const column of headers.read.values()) {
      if (column.role === 'id') continue;
      const cell = `${column.letter}${r}`;
      const w = cells.get(column.col) ?? BLANK;
      const unitCode = code.code;
      const ctx: CellCtx = {
        u,
        cell,
        header: column.key,
        // Built only when a finding needs it: most cells have none.
        get where(): Location {
          return { ...baseWhere, cell, unit: unitCode, variable: column.key };
        },
        out,
      };
      readColumn(column, w, ctx, result, input.cb);
      if (column.role === 'variable' && column.variable.kind === 'arsverk') {
        if (isBlank(w)) blanks.push(cell);
        else arsverkGiven++;
      }
    }
    if (blanks.length > 0 && arsverkGiven > 0) {
      const cell = blanks[0]!;
      out.push(finding('value.blank', { u, cell, cells: blanks }, { ...baseWhere, cell, unit: code.code }));
    }
    rows.push(result);
  }

  for (const col of [...blankHeaderCols].sort((a, b) => a - b)) {
    out.push(finding('header.blank', { sheet, column: columnLetter(col), row: headers.row }, { ...input.where, sheet, cell: a1(col, headers.row) }));
  }
  return rows;
}

function readColumn(column: Column, w: Unwrapped, ctx: CellCtx, result: SheetRow, cb: CodebookFile): void {
  switch (column.role) {
    case 'name': {
      const name = readText(w, ctx);
      if (name !== null) result.name = name;
      return;
    }
    case 'status': {
      const s = readStatus(w, ctx);
      if ('status' in s) result.status = s.status;
      else if ('blank' in s) result.status = 'blank';
      else {
        result.status = 'invalid';
        result.statusRaw = s.invalid;
      }
      return;
    }
    case 'date': {
      const d = readDate(w, ctx);
      if (d !== undefined) result.date = d;
      return;
    }
    case 'variable': {
      if (column.variable.kind === 'arsverk') {
        result.arsverk[column.key] = readNumber(w, ctx);
        return;
      }
      const def = columnDef(cb, column.key);
      if (def?.type === 'text') result.answers[column.key] = readText(w, ctx);
      else result.answers[column.key] = readAnswerNumber(w, ctx);
      return;
    }
    case 'id':
      return;
  }
}
