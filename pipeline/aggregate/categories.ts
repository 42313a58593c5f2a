// Årsverk by category (tiltak or utdanning) of a target group, as the codebook of each year names them;
// share with higher education; psychologist årsverk. Categories are those of the year's own scheme.
import { codebookForYear, tiltakVariables, utdanningVariables, type ArsverkVariable, type CodebookFile } from '../codebook/index.ts';
import { rowsOfYear } from '../panel/index.ts';
import { share, sum, type Share } from '../stats/index.ts';
import type { Group, Panel, PanelRow, Year } from '../types.ts';

export type CategoryKind = 'tiltak' | 'utdanning';

export function categoryVariables(codebook: CodebookFile, year: Year, group: Group, kind: CategoryKind): ArsverkVariable[] {
  const yc = codebookForYear(codebook, year);
  return kind === 'tiltak' ? tiltakVariables(yc, group) : utdanningVariables(yc, group);
}

/** Sum of one variable over rows; 0 when no row has it (a category nobody reported has 0 årsverk). */
export function sumVariable(rows: readonly PanelRow[], code: string): number {
  return sum(rows.map((r) => r.values[code])) ?? 0;
}

export interface CategoryValue {
  code: string;
  label: string;
  arsverk: number;
}

/** National årsverk per category of `year` for a target group, in codebook order. */
export function categoryTotals(panel: Panel, codebook: CodebookFile, year: Year, group: Group, kind: CategoryKind): CategoryValue[] {
  const rows = rowsOfYear(panel, year);
  return categoryVariables(codebook, year, group, kind).map((v) => ({ code: v.code, label: v.label, arsverk: sumVariable(rows, v.code) }));
}

/** Årsverk with higher education and all utdanning årsverk of a group in a set of rows of `year`. */
export function higherEducation(rows: readonly PanelRow[], codebook: CodebookFile, year: Year, group: Group): { higher: number; all: number; share: number | undefined } {
  const vars = categoryVariables(codebook, year, group, 'utdanning');
  const higher = sum(vars.filter((v) => v.higherEducation).map((v) => sumVariable(rows, v.code))) ?? 0;
  const all = sum(vars.map((v) => sumVariable(rows, v.code))) ?? 0;
  return { higher, all, share: all > 0 ? higher / all : undefined };
}

/** The psychologist utdanning codes of `year` for a group. */
export function psychologistCodes(codebook: CodebookFile, year: Year, group: Group): string[] {
  return categoryVariables(codebook, year, group, 'utdanning').filter((v) => v.psychologist).map((v) => v.code);
}

function sumCodes(row: PanelRow, codes: readonly string[]): number {
  return sum(codes.map((c) => row.values[c])) ?? 0;
}

export interface PsychologistYear {
  year: Year;
  arsverk: Record<Group, number>;
  /** Units with psychologist årsverk (either group) among all units. */
  unitsWith: Share;
}

export function psychologists(panel: Panel, codebook: CodebookFile, year: Year): PsychologistYear {
  const rows = rowsOfYear(panel, year);
  const codes = { V: psychologistCodes(codebook, year, 'V'), B: psychologistCodes(codebook, year, 'B') };
  const perRow = rows.map((r) => ({ V: sumCodes(r, codes.V), B: sumCodes(r, codes.B) }));
  const V = sum(perRow.map((p) => p.V)) ?? 0;
  const B = sum(perRow.map((p) => p.B)) ?? 0;
  const withPsych = perRow.filter((p) => p.V + p.B > 0).length;
  return { year, arsverk: { V, B }, unitsWith: share(withPsych, rows.length) };
}
