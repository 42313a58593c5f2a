// Matrix questions: several rows answered on one scale, one column `<CODE>_<ROW>` per row. Each row is a choice
// question of its own (n = units that answered that row); the figure has one 100 % bar per row on the shared
// scale, coloured by the scale's valence.
import { stackedBarChart } from '../charts/index.ts';
import { inRange } from '../codebook/index.ts';
import type { ColumnDef, ComputeInput, FigureModel, TableModel, TableRow } from '../registry/types.ts';
import { distribution, type Distribution } from './distribution.ts';
import { categoriesOf, countsOf, describeDistribution, fullLabelColumns, schemeOf, shortLabelsOf, surveyFigure } from './figures.ts';
import { answersOf, askedYears, distributionNotes, focusOption, nColumn, notAskedNote, optionColumns, optionKey, sourceLine, UNIT_LABEL, yearSpan } from './model.ts';
import { matrixRowQuestion, surveyQuestion, type ChoiceQuestion } from './questions.ts';
import { sheetName } from '../export/sheet-names.ts';
import { formatInteger } from '../format/index.ts';

export interface RowDistribution {
  row: ChoiceQuestion;
  label: string;
  d: Distribution;
}

/** The distribution of every row asked in `year` (on the form and its column in the data). */
export function matrixRows(input: ComputeInput, q: ChoiceQuestion, year: number): RowDistribution[] {
  const rows = answersOf(input.panel, year);
  return q.parts
    .filter((p) => inRange(p.years, year))
    .map((p) => matrixRowQuestion(q, p.key))
    .filter((row) => askedYears(input, row).includes(year))
    .map((row) => ({ row, label: row.label.nb, d: distribution(rows, row) }));
}

function cells(q: ChoiceQuestion, d: Distribution): Record<string, number | null> {
  return Object.fromEntries(q.options.map((o) => [optionKey(o.key), d.shares[o.key] ?? null]));
}

function notes(q: ChoiceQuestion, ds: Distribution[]): string[] {
  const n = distributionNotes(q, ds);
  n[1] = `n er antall ${UNIT_LABEL} som svarte på raden. Andelene er prosent av n.`;
  return n;
}

/** Each year's rows asked (matrixRows), by the row's column. */
function rowsByYear(input: ComputeInput, q: ChoiceQuestion, years: readonly number[]): Map<number, Map<string, RowDistribution>> {
  return new Map(years.map((y) => [y, new Map(matrixRows(input, q, y).map((r) => [r.row.code, r]))]));
}

/** One row per matrix row: its n and the share of each answer, report year. */
export function matrixTable(input: ComputeInput, opts: { id: string; question: string; title: string }): TableModel {
  const q = surveyQuestion(input.codebook, opts.question);
  const year = input.reportYear;
  const columns: ColumnDef[] = [{ key: 'rad', label: q.label.nb, format: 'text' }, nColumn(), ...optionColumns(q)];
  const rows = matrixRows(input, q, year);
  const base = { id: opts.id, title: opts.title, columns, source: sourceLine(input.panel) };
  if (rows.length === 0) return { ...base, rows: [], notes: [notAskedNote(year)] };
  return {
    ...base,
    rows: rows.map((r): TableRow => ({ cells: { rad: r.label, n: r.d.n, ...cells(q, r.d) } })),
    notes: notes(q, rows.map((r) => r.d)),
  };
}

/**
 * The development the report shows: one line per matrix row, one column per year asked, the share that gave the
 * focus answer (the good end of the scale, model.ts focusOption) of those that answered the row that year; empty
 * where the row was not on the form. Every answer and n, year by year, are in matrixYearTable (Excel).
 */
export function matrixFocusYearTable(input: ComputeInput, opts: { id: string; question: string; title: (span: string, answer: string) => string; all: string }): TableModel {
  const q = surveyQuestion(input.codebook, opts.question);
  const years = askedYears(input, q);
  const focus = focusOption(q);
  const byYear = rowsByYear(input, q, years);
  const columns: ColumnDef[] = [{ key: 'rad', label: q.label.nb, format: 'text' }, ...years.map((y): ColumnDef => ({ key: `y${y}`, label: String(y), unit: 'prosent', format: 'percent1' }))];
  const rows: TableRow[] = [];
  const ns: number[] = [];
  for (const p of q.parts) {
    const ds = years.map((y) => byYear.get(y)?.get(p.column)?.d);
    if (ds.every((d) => d === undefined)) continue;
    for (const d of ds) if (d && d.n > 0) ns.push(d.n);
    rows.push({ cells: { rad: p.label.nb, ...Object.fromEntries(years.map((y, i) => [`y${y}`, focus && ds[i] && ds[i].n > 0 ? (ds[i].shares[focus.key] ?? null) : null])) } });
  }
  const answer = focus?.label ?? '';
  const notes = [
    `Andelen som svarte «${answer}», i prosent av ${UNIT_LABEL} som svarte på raden det året (n${ns.length > 0 ? ` = ${formatInteger(Math.min(...ns))}–${formatInteger(Math.max(...ns))} per rad og år` : ''}). Strek (–): raden var ikke med det året.`,
    `Alle svaralternativer og antall som svarte, år for år: arket «${sheetName(opts.all)}» i tabeller-${input.reportYear}.xlsx.`,
  ];
  if (years.length === 0) notes.push(notAskedNote(input.reportYear));
  return { id: opts.id, title: opts.title(yearSpan(years), answer), columns, rows, notes, source: sourceLine(input.panel) };
}

/** Every row in every year asked, every answer and n (Excel). */
export function matrixYearTable(input: ComputeInput, opts: { id: string; question: string; title: (span: string) => string }): TableModel {
  const q = surveyQuestion(input.codebook, opts.question);
  const years = askedYears(input, q);
  const columns: ColumnDef[] = [{ key: 'rad', label: q.label.nb, format: 'text' }, { key: 'ar', label: 'År', format: 'text' }, nColumn(), ...optionColumns(q)];
  const rows: TableRow[] = [];
  const ds: Distribution[] = [];
  const byYear = rowsByYear(input, q, years);
  for (const p of q.parts) {
    for (const year of years) {
      const hit = byYear.get(year)?.get(p.column);
      if (!hit) continue;
      ds.push(hit.d);
      rows.push({ cells: { rad: hit.label, ar: String(year), n: hit.d.n, ...cells(q, hit.d) } });
    }
  }
  const n = notes(q, ds);
  if (years.length === 0) n.push(notAskedNote(input.reportYear));
  return { id: opts.id, title: opts.title(yearSpan(years)), columns, rows, notes: n, source: sourceLine(input.panel) };
}

/** One 100 % bar per row on the shared scale, report year. */
export function matrixFigure(input: ComputeInput, opts: { id: string; question: string; title: string }): FigureModel {
  const q = surveyQuestion(input.codebook, opts.question);
  const year = input.reportYear;
  const rows = matrixRows(input, q, year).filter((r) => r.d.n > 0);
  const built = stackedBarChart({
    bars: rows.map((r) => r.label),
    categories: categoriesOf(q, shortLabelsOf(q)),
    counts: rows.flatMap((r) => countsOf(q, r.label, r.d)),
    scheme: schemeOf(q),
    barTitle: q.label.nb,
    unitLabel: UNIT_LABEL,
  });
  const altText =
    rows.length > 0 ? `${q.title}, ${year}. ` + rows.map((r) => `${r.label}: ${describeDistribution(q, r.d)}.`).join(' ') : notAskedNote(year);
  return surveyFigure({
    id: opts.id,
    title: opts.title,
    altText,
    spec: built.spec,
    columns: fullLabelColumns(q, built.data.columns),
    rows: built.data.rows,
    notes: rows.length > 0 ? notes(q, rows.map((r) => r.d)) : [notAskedNote(year)],
    source: sourceLine(input.panel),
  });
}
