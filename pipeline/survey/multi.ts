// Multi-select questions ("check all that apply"): one column `<CODE>_<OPTION>` per option, 1 = checked.
// n counts the units that answered the question at all (at least one option checked, the "none" option
// included); each option's share is of n, so the shares do not sum to 100 %. A unit that checked nothing
// left the question blank; a unit that was not asked (asked_if, or the columns absent that year) is not counted.
import { barChart } from '../charts/index.ts';
import { CHECKED, inRange, type QuestionPart } from '../codebook/index.ts';
import { formatInteger, formatPercent } from '../format/index.ts';
import { SIZE_GROUPS } from '../reference/index.ts';
import type { ColumnDef, ComputeInput, FigureModel, TableModel, TableRow } from '../registry/types.ts';
import type { AnswerRow, Year } from '../types.ts';
import { meetsCondition } from './distribution.ts';
import { answersOf, askedYears, nColumn, notAskedNote, SIZE_GROUP_TITLE, sizeGroupNote, sourceLine, TOTAL_LABEL, UNIT_LABEL, yearSpan } from './model.ts';
import { surveyQuestion, type ChoiceQuestion } from './questions.ts';
import { surveyFigure } from './figures.ts';
import { answerSizeGroups } from './size-groups.ts';

export interface MultiDistribution {
  /** Units that checked at least one option. */
  n: number;
  counts: Record<string, number>;
  /** count / n per option key; undefined when n is 0 or the option was not on the form. */
  shares: Record<string, number | undefined>;
  /** Units asked the question that checked nothing. */
  blank: number;
}

/** The options on the form in `year`. */
export function optionsIn(q: ChoiceQuestion, year: Year): QuestionPart[] {
  return q.parts.filter((p) => inRange(p.years, year));
}

const checked = (v: unknown) => v === CHECKED || (typeof v === 'string' && v.trim() === String(CHECKED));

export function multiDistribution(rows: Iterable<AnswerRow>, q: ChoiceQuestion, year: Year): MultiDistribution {
  const parts = optionsIn(q, year);
  const d: MultiDistribution = { n: 0, counts: Object.fromEntries(parts.map((p) => [p.key, 0])), shares: {}, blank: 0 };
  for (const row of rows) {
    const present = parts.filter((p) => Object.hasOwn(row.answers, p.column));
    if (present.length === 0 || !meetsCondition(row, q.askedIf)) continue;
    const ticked = present.filter((p) => checked(row.answers[p.column]));
    if (ticked.length === 0) {
      d.blank++;
      continue;
    }
    d.n++;
    for (const p of ticked) d.counts[p.key] = (d.counts[p.key] ?? 0) + 1;
  }
  for (const p of q.parts) d.shares[p.key] = d.n > 0 && Object.hasOwn(d.counts, p.key) ? d.counts[p.key]! / d.n : undefined;
  return d;
}

const optionKey = (key: string) => `valg_${key}`;

function optionColumns(q: ChoiceQuestion): ColumnDef[] {
  return q.parts.map((p) => ({ key: optionKey(p.key), label: p.label.nb, unit: 'prosent', format: 'percent1' as const }));
}

function shareCells(q: ChoiceQuestion, d: MultiDistribution): Record<string, number | null> {
  return Object.fromEntries(q.parts.map((p) => [optionKey(p.key), d.shares[p.key] ?? null]));
}

/** The note every multi-select table and figure carries. */
export const MULTI_NOTE = 'Flere svar var mulig: andelene summerer derfor ikke til 100 prosent.';

function multiNotes(q: ChoiceQuestion, ds: readonly MultiDistribution[]): string[] {
  const notes = [
    `Spørsmål: «${q.text}»`,
    `n er antall ${UNIT_LABEL} som svarte på spørsmålet (krysset av for minst ett alternativ). Andelene er prosent av n.`,
    MULTI_NOTE,
  ];
  if (q.askedIf) notes.push(`Spørsmålet ble bare stilt til ${UNIT_LABEL} der det gjaldt (${Object.keys(q.askedIf).join(', ')}).`);
  const blank = ds.reduce((s, d) => s + d.blank, 0);
  if (blank > 0) notes.push(`${formatInteger(blank)} ${blank === 1 ? 'enhet' : 'enheter'} krysset ikke av for noe og er ikke tatt med.`);
  return notes;
}

/** Shares of each option by size group in the report year, with a total row. */
export function multiSizeTable(input: ComputeInput, opts: { id: string; question: string; title: string }): TableModel {
  const q = surveyQuestion(input.codebook, opts.question);
  const year = input.reportYear;
  const columns: ColumnDef[] = [{ key: 'gruppe', label: SIZE_GROUP_TITLE, format: 'text' }, nColumn(), ...optionColumns(q)];
  const base = { id: opts.id, title: opts.title, columns, source: sourceLine(input.panel) };
  if (!askedYears(input, q).includes(year)) return { ...base, rows: [], notes: [notAskedNote(year)] };
  const rows = answersOf(input.panel, year);
  const groupOf = answerSizeGroups(input.panel, input.reference);
  const out: TableRow[] = [];
  for (const g of SIZE_GROUPS) {
    const inGroup = rows.filter((r) => groupOf(r.year, r.code) === g.id);
    if (inGroup.length > 0) {
      const d = multiDistribution(inGroup, q, year);
      out.push({ cells: { gruppe: g.label, n: d.n, ...shareCells(q, d) } });
    }
  }
  const total = multiDistribution(rows, q, year);
  out.push({ cells: { gruppe: TOTAL_LABEL, n: total.n, ...shareCells(q, total) }, kind: 'total' });
  return { ...base, rows: out, notes: [...multiNotes(q, [total]), sizeGroupNote(year)] };
}

/** National shares of each option by year. */
export function multiYearTable(input: ComputeInput, opts: { id: string; question: string; title: (span: string) => string }): TableModel {
  const q = surveyQuestion(input.codebook, opts.question);
  const years = askedYears(input, q);
  const ds = years.map((year) => ({ year, d: multiDistribution(answersOf(input.panel, year), q, year) }));
  const columns: ColumnDef[] = [{ key: 'ar', label: 'År', format: 'text' }, nColumn(), ...optionColumns(q)];
  const notes = multiNotes(q, ds.map((x) => x.d));
  if (years.length === 0) notes.push(notAskedNote(input.reportYear));
  return {
    id: opts.id,
    title: opts.title(yearSpan(years)),
    columns,
    rows: ds.map(({ year, d }) => ({ cells: { ar: String(year), n: d.n, ...shareCells(q, d) } })),
    notes,
    source: sourceLine(input.panel),
  };
}

const pct = (x: number | undefined) => formatPercent(x, { digits: 0, style: 'word' });

/** One bar per option: its national share in the report year; the value axis says the shares do not sum to 100 %. */
export function multiFigure(input: ComputeInput, opts: { id: string; question: string; title: string }): FigureModel {
  const q = surveyQuestion(input.codebook, opts.question);
  const year = input.reportYear;
  const asked = askedYears(input, q).includes(year);
  const d = multiDistribution(asked ? answersOf(input.panel, year) : [], q, year);
  const parts = optionsIn(q, year);
  const built = barChart({
    bars: parts.map((p) => ({ category: p.label.nb, value: d.shares[p.key] ?? null })),
    categories: parts.map((p) => p.label.nb),
    // The figure's title says "andel av dem som svarte"; the axis says why the bars do not sum to 100 %.
    valueTitle: `Flere svar mulig: summerer ikke til 100\u00a0% (n\u00a0=\u00a0${formatInteger(d.n)})`,
    categoryTitle: 'Svaralternativ',
    format: 'percent1',
  });
  const notes = asked ? multiNotes(q, [d]) : [notAskedNote(year)];
  const ranked = parts.filter((p) => d.shares[p.key] !== undefined).sort((a, b) => d.shares[b.key]! - d.shares[a.key]!);
  const altText =
    asked && d.n > 0 && ranked.length > 0
      ? `${TOTAL_LABEL} ${year}, ${formatInteger(d.n)} ${UNIT_LABEL} som svarte, flere svar mulig: ` +
        ranked.map((p) => `«${p.label.nb}» ${pct(d.shares[p.key])}`).join(', ') +
        '. Andelene summerer ikke til 100 prosent.'
      : notAskedNote(year);
  return surveyFigure({ id: opts.id, title: opts.title, altText, spec: built.spec, columns: built.data.columns, rows: built.data.rows, notes, source: sourceLine(input.panel) });
}
