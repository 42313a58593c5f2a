// What every validation rule gets: the extract, the year's codebook, the reference data, and helpers
// that name units and cells the way the clerk sees them in the workbook.
import { basename } from 'node:path';
import type { CodebookFile, YearCodebook } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import type { Finding, UnitReport, Year, YearExtract } from '../types.ts';
import type { Location } from './messages.ts';
import { unitLabel } from './unit-label.ts';

export interface ValidateOptions {
  yearCodebook: YearCodebook;
  reference: Reference;
  /** Last year's extract, for the change-from-last-year check. */
  previous?: YearExtract;
  /** The whole codebook; only used to say in which years a misplaced question was asked. */
  codebook?: CodebookFile;
}

export interface RuleContext extends ValidateOptions {
  extract: YearExtract;
  year: Year;
  file: string;
  /** `Kommune 4601 Bergen`, `Bydel 030105 Frogner`. */
  label(unit: UnitReport): string;
  /** A1 cell of `key` (variable code or fixed column) in the unit's row of `sheet`, when both are known. */
  cell(unit: UnitReport, sheet: string, key: string): string | undefined;
  /** The cell holding the unit's code: in Innsending when it is there, else the first sheet it is in. */
  idCell(unit: UnitReport): { sheet: string; cell: string } | undefined;
  /** Whether ingest could read a sheet at all (rules about a sheet's content need it). */
  sheetRead(sheet: string): boolean;
  where(unit: UnitReport | undefined, extra?: Partial<Location>): Location;
}

export type Rule = (ctx: RuleContext) => Finding[];

const SHEET_ORDER = ['Innsending', 'Årsverk', 'Spørsmål'];

export function ruleContext(extract: YearExtract, opts: ValidateOptions): RuleContext {
  const file = basename(extract.file);
  const columns = extract.columns ?? {};
  const ctx: RuleContext = {
    ...opts,
    extract,
    year: extract.year,
    file,
    label: (unit) => unitLabel(opts.reference, extract.year, unit.code, unit.name),
    cell(unit, sheet, key) {
      const row = unit.source.rows[sheet];
      const letter = columns[sheet]?.[key];
      return row !== undefined && letter !== undefined ? `${letter}${row}` : undefined;
    },
    idCell(unit) {
      for (const sheet of SHEET_ORDER) {
        const cell = ctx.cell(unit, sheet, opts.yearCodebook.idColumn);
        if (cell) return { sheet, cell };
      }
      return undefined;
    },
    sheetRead: (sheet) => columns[sheet] !== undefined,
    where(unit, extra = {}) {
      const loc: Location = { file, year: extract.year, ...extra };
      if (unit) loc.unit = unit.code;
      return loc;
    },
  };
  return ctx;
}
