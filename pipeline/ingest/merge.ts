// Merges the three sheets' rows into one UnitReport per unit. Status comes from Innsending; when it is
// blank, unknown or the unit is missing there, it is inferred from whether the unit has årsverk.
import type { YearCodebook } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import type { Finding, SubmissionStatus, UnitReport, Year } from '../types.ts';
import { finding, type Location } from '../validate/messages.ts';
import { unitLabel, unitName } from '../validate/unit-label.ts';
import type { SheetName } from './layout.ts';
import type { SheetRow } from './read-sheet.ts';

export interface MergeInput {
  rows: Partial<Record<SheetName, SheetRow[]>>;
  /** Column letters per sheet (fixed column header or variable code → letter). */
  letters: Partial<Record<SheetName, Record<string, string>>>;
  yc: YearCodebook;
  ref: Reference;
  year: Year;
  file: string;
  where: Location;
  out: Finding[];
}

const ORDER: readonly SheetName[] = ['Innsending', 'Årsverk', 'Spørsmål'];

export function mergeUnits(input: MergeInput): UnitReport[] {
  const { yc, ref, year, out } = input;
  const units = new Map<string, UnitReport>();
  // A question whose column the Spørsmål sheet lacks was not asked: its key is left out (not read as blank).
  const asked = yc.questions.filter((q) => input.letters['Spørsmål']?.[q.code] !== undefined);
  const innsending = new Map<string, SheetRow>();

  for (const sheet of ORDER) {
    for (const row of input.rows[sheet] ?? []) {
      let unit = units.get(row.code);
      if (!unit) {
        unit = {
          code: row.code,
          name: '',
          status: 'ikke levert',
          arsverk: Object.fromEntries(yc.arsverk.map((v) => [v.code, null])),
          answers: Object.fromEntries(asked.map((q) => [q.code, null])),
          source: { file: input.file, rows: {} },
        };
        units.set(row.code, unit);
      }
      unit.source.rows[sheet] = row.row;
      if (!unit.name && row.name) unit.name = row.name;
      if (sheet === 'Innsending') {
        innsending.set(row.code, row);
        if (row.date) unit.date = row.date;
      }
      if (sheet === 'Årsverk') Object.assign(unit.arsverk, row.arsverk);
      if (sheet === 'Spørsmål') Object.assign(unit.answers, row.answers);
    }
  }

  const statusLetter = input.letters.Innsending?.status;
  for (const unit of units.values()) {
    if (!unit.name) unit.name = unitName(ref, year, unit.code) ?? '';
    const inferred: SubmissionStatus = Object.values(unit.arsverk).some((v) => v !== null) ? 'levert' : 'ikke levert';
    const row = innsending.get(unit.code);
    const status = row?.status;
    if (status === undefined || status === 'blank' || status === 'invalid') {
      unit.status = inferred;
      if (row && statusLetter) {
        const cell = `${statusLetter}${row.row}`;
        const where: Location = { ...input.where, sheet: 'Innsending', cell, unit: unit.code, variable: 'status' };
        const u = unitLabel(ref, year, unit.code, unit.name);
        if (status === 'invalid') out.push(finding('status.invalid', { u, cell, raw: row.statusRaw ?? '' }, where));
        else out.push(finding('status.missing', { u, cell, status: inferred }, where));
      }
    } else {
      unit.status = status;
    }
  }
  return [...units.values()];
}
