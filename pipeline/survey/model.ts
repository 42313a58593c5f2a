// Table models of answer distributions: by size group in one year, and nationally by year. Every share
// column sits beside its n; notes say how "Vet ikke" and blank answers are counted.
import { sourceLine } from '../aggregate/source.ts';
import { formatInteger } from '../format/index.ts';
import { SIZE_GROUPS } from '../reference/index.ts';
import type { ColumnDef, ComputeInput, TableModel, TableRow } from '../registry/types.ts';
import type { AnswerRow, Panel, SizeGroupId, Year } from '../types.ts';
import { distribution, type Distribution } from './distribution.ts';
import { choiceQuestion, yearsAsked, type ChoiceQuestion } from './questions.ts';
import { answerSizeGroups } from './size-groups.ts';
import type { QuestionModel } from '../codebook/index.ts';

export const UNIT_LABEL = 'kommuner og bydeler';
export const TOTAL_LABEL = 'Hele landet';
export const SIZE_GROUP_TITLE = 'Kommunestørrelse (innbyggere)';

/** The one source line of every table and figure (pipeline/aggregate/source.ts). */
export { sourceLine };

export function answersOf(panel: Panel, year: Year): AnswerRow[] {
  return panel.answers.filter((a) => a.year === year).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export interface GroupDistribution {
  /** Size group id, or 'total' for the whole country. */
  group: SizeGroupId | 'total';
  label: string;
  d: Distribution;
}

/** The distribution in each size group with answers in `year` (report order), then the whole country. */
export function bySizeGroup(input: ComputeInput, q: ChoiceQuestion, year: Year): GroupDistribution[] {
  const rows = answersOf(input.panel, year);
  const groupOf = answerSizeGroups(input.panel, input.reference);
  const out: GroupDistribution[] = [];
  for (const g of SIZE_GROUPS) {
    const inGroup = rows.filter((r) => groupOf(r.year, r.code) === g.id);
    if (inGroup.length > 0) out.push({ group: g.id, label: g.label, d: distribution(inGroup, q) });
  }
  out.push({ group: 'total', label: TOTAL_LABEL, d: distribution(rows, q) });
  return out;
}

export interface YearDistribution {
  year: Year;
  d: Distribution;
}

/** The national distribution in every year the question was asked (up to the report year). */
export function byYear(input: ComputeInput, q: ChoiceQuestion): YearDistribution[] {
  return askedYears(input, q).map((year) => ({ year, d: distribution(answersOf(input.panel, year), q) }));
}

const columnsMemo = new WeakMap<Panel, Map<Year, Set<string>>>();

/** The Spørsmål columns the year's data has (any unit). */
export function columnsInData(panel: Panel, year: Year): Set<string> {
  let byYear = columnsMemo.get(panel);
  if (!byYear) columnsMemo.set(panel, (byYear = new Map<Year, Set<string>>()));
  let set = byYear.get(year);
  if (!set) {
    set = new Set();
    for (const a of panel.answers) if (a.year === year) for (const k of Object.keys(a.answers)) set.add(k);
    byYear.set(year, set);
  }
  return set;
}

/** The columns that hold a question's answers: its own, or one per option or row. */
export function answerColumns(q: ChoiceQuestion): string[] {
  return q.kind === 'multi' || q.kind === 'matrix' ? q.parts.map((p) => p.column) : [q.code];
}

/**
 * The years (up to the report year) the question was asked: on the codebook's form that year, and its column
 * in the year's data (a workbook without the column did not ask it).
 */
export function askedYears(input: Pick<ComputeInput, 'panel' | 'reportYear'>, q: ChoiceQuestion): Year[] {
  return yearsAsked(q, input.panel.years, input.reportYear).filter((y) => {
    const cols = columnsInData(input.panel, y);
    return answerColumns(q).some((c) => cols.has(c));
  });
}

export function asked(input: ComputeInput, q: ChoiceQuestion, year: Year = input.reportYear): boolean {
  return askedYears(input, q).includes(year);
}

export const optionKey = (key: string) => `svar${key}`;

/**
 * The answer the prose and a matrix's development follow: the good end of a valenced scale (the last option of a
 * `bad_first` scale, else the first), "vet ikke" and other neutral answers left out.
 */
export function focusOption(q: Pick<QuestionModel, 'options' | 'scale'>): QuestionModel['options'][number] | undefined {
  const scale = q.options.filter((o) => !o.neutral);
  return q.scale === 'bad_first' ? scale[scale.length - 1] : scale[0];
}

export function nColumn(label = 'Antall som svarte (n)'): ColumnDef {
  return { key: 'n', label, unit: UNIT_LABEL, format: 'integer' };
}

export function optionColumns(q: ChoiceQuestion): ColumnDef[] {
  return q.options.map((o) => ({ key: optionKey(o.key), label: o.label, unit: 'prosent', format: 'percent1' as const }));
}

function shareCells(q: ChoiceQuestion, d: Distribution): Record<string, number | null> {
  return Object.fromEntries(q.options.map((o) => [optionKey(o.key), d.shares[o.key] ?? null]));
}

/** Notes every distribution table carries: the question, what n is, blanks left out. */
export function distributionNotes(q: ChoiceQuestion, ds: readonly Distribution[]): string[] {
  const notes = [`Spørsmål: «${q.text}»`];
  const dontKnow = q.options.find((o) => o.neutral);
  notes.push(
    `n er antall ${UNIT_LABEL} som svarte på spørsmålet${dontKnow ? `; «${dontKnow.label}» er et svar og er tatt med i n` : ''}. Andelene er prosent av n.`,
  );
  const blank = ds.reduce((s, d) => s + d.blank, 0);
  const invalid = ds.reduce((s, d) => s + d.invalid, 0);
  if (blank > 0) notes.push(`${formatInteger(blank)} svar var ${blank === 1 ? 'blankt' : 'blanke'} og er ikke tatt med.`);
  if (invalid > 0) notes.push(`${formatInteger(invalid)} svar hadde en kode som ikke finnes i kodeboken og er ikke tatt med.`);
  return notes;
}

export function notAskedNote(year: Year): string {
  return `Spørsmålet ble ikke stilt i ${year}.`;
}

export function sizeGroupNote(year: Year): string {
  return `Kommunestørrelse etter innbyggere 1. januar ${year}; Oslos bydeler er en egen gruppe.`;
}

/** Distribution by size group in `year`, with a total row for the whole country. */
export function sizeGroupTable(input: ComputeInput, opts: { id: string; question: string; title: string; year?: Year }): TableModel {
  const q = choiceQuestion(input.codebook, opts.question);
  const year = opts.year ?? input.reportYear;
  const columns: ColumnDef[] = [{ key: 'gruppe', label: SIZE_GROUP_TITLE, format: 'text' }, nColumn(), ...optionColumns(q)];
  const base = { id: opts.id, title: opts.title, columns, source: sourceLine(input.panel) };
  if (!asked(input, q, year)) return { ...base, rows: [], notes: [notAskedNote(year)] };
  const groups = bySizeGroup(input, q, year);
  const rows: TableRow[] = groups.map((g) => ({
    cells: { gruppe: g.label, n: g.d.n, ...shareCells(q, g.d) },
    ...(g.group === 'total' ? { kind: 'total' as const } : {}),
  }));
  const total = groups.find((g) => g.group === 'total')!.d;
  return { ...base, rows, notes: [...distributionNotes(q, [total]), sizeGroupNote(year)] };
}

/** National distribution by year, in the years the question was asked. */
export function yearTable(input: ComputeInput, opts: { id: string; question: string; title: (span: string) => string }): TableModel {
  const q = choiceQuestion(input.codebook, opts.question);
  const years = byYear(input, q);
  const title = opts.title(yearSpan(years.map((y) => y.year)));
  const columns: ColumnDef[] = [{ key: 'ar', label: 'År', format: 'text' }, nColumn(), ...optionColumns(q)];
  const rows: TableRow[] = years.map((y) => ({ cells: { ar: String(y.year), n: y.d.n, ...shareCells(q, y.d) } }));
  const notes = distributionNotes(q, years.map((y) => y.d));
  if (years.length > 0) notes.push(`Spørsmålet ble stilt fra ${years[0]!.year}. Hvert år gjelder de ${UNIT_LABEL} som fantes det året.`);
  else notes.push(notAskedNote(input.reportYear));
  return { id: opts.id, title, columns, rows, notes, source: sourceLine(input.panel) };
}

/** "2021–2024" or "2024". */
export function yearSpan(years: readonly Year[]): string {
  if (years.length === 0) return '';
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}
