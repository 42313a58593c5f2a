// The codebook as it applies to one reporting year: which årsverk columns and questions exist.
import type { Group, SchemeId, Year } from '../types.ts';
import { columnVariables, type ColumnVariable } from './questions.ts';
import type { CodebookFile, YearRange } from './schema.ts';

export interface ArsverkVariable {
  /** Column code in the extract, e.g. `V_T01` or `B_U03`. */
  code: string;
  group: Group;
  kind: 'tiltak' | 'utdanning';
  label: string;
  higherEducation?: boolean;
  psychologist?: boolean;
}

/** One column of the Spørsmål sheet (a multi-select or matrix question has one per option or row). */
export type QuestionVariable = ColumnVariable;

export interface YearCodebook {
  year: Year;
  scheme: SchemeId;
  idColumn: string;
  nameColumn: string;
  arsverk: ArsverkVariable[];
  questions: QuestionVariable[];
  /** header text → variable code, for the headers this year's files may use instead of the code. */
  aliases: Map<string, string>;
}

export function inRange(range: YearRange, year: Year): boolean {
  return year >= range[0] && (range[1] === null || year <= range[1]);
}

export function schemeForYear(cb: CodebookFile, year: Year): SchemeId | undefined {
  for (const [id, s] of Object.entries(cb.schemes)) {
    if (inRange(s.years, year)) return id;
  }
  return undefined;
}

const PSYCHOLOGIST = /psykolog/i;

export function codebookForYear(cb: CodebookFile, year: Year): YearCodebook {
  const scheme = schemeForYear(cb, year);
  if (!scheme) throw new Error(`The codebook has no årsverk scheme for ${year}`);
  const arsverk: ArsverkVariable[] = [];
  for (const group of ['V', 'B'] as const) {
    for (const [code, label] of Object.entries(cb.arsverk.tiltak[scheme]?.[group] ?? {})) {
      arsverk.push({ code, group, kind: 'tiltak', label });
    }
    for (const [u, entry] of Object.entries(cb.arsverk.utdanning[scheme] ?? {})) {
      arsverk.push({
        code: `${group}_${u}`,
        group,
        kind: 'utdanning',
        label: entry.label,
        higherEducation: entry.higher_education,
        psychologist: entry.psychologist ?? PSYCHOLOGIST.test(entry.label),
      });
    }
  }
  const questions = [...columnVariables(cb).values()].filter((c) => inRange(c.def.years, year));
  const aliases = new Map<string, string>();
  for (const [code, list] of Object.entries(cb.aliases ?? {})) {
    for (const a of list) if (!a.years || inRange(a.years, year)) aliases.set(a.header, code);
  }
  return { year, scheme, idColumn: cb.unit.id_column, nameColumn: cb.unit.name_column, arsverk, questions, aliases };
}

export function tiltakVariables(yc: YearCodebook, group: Group): ArsverkVariable[] {
  return yc.arsverk.filter((v) => v.kind === 'tiltak' && v.group === group);
}

export function utdanningVariables(yc: YearCodebook, group: Group): ArsverkVariable[] {
  return yc.arsverk.filter((v) => v.kind === 'utdanning' && v.group === group);
}
