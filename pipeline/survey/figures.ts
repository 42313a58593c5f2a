// Figure models of answer distributions: 100 % stacked bars (one bar per size group or per year, each
// labelled with its n), built with the shared chart builders; the figure's table is the builder's data table.
import { listNorwegian, stackedBarChart } from '../charts/index.ts';
import type { StackedCategory, StackScheme } from '../charts/index.ts';
import { formatInteger, formatPercent } from '../format/index.ts';
import type { TopLevelSpec } from 'vega-lite';
import type { ColumnDef, ComputeInput, FigureModel, TableRow } from '../registry/types.ts';
import type { SizeGroupId, Year } from '../types.ts';
import type { Distribution } from './distribution.ts';
import {
  asked,
  bySizeGroup,
  byYear,
  distributionNotes,
  notAskedNote,
  optionKey,
  SIZE_GROUP_TITLE,
  sizeGroupNote,
  sourceLine,
  TOTAL_LABEL,
  UNIT_LABEL,
  yearSpan,
} from './model.ts';
import { choiceQuestion, type ChoiceQuestion } from './questions.ts';

export type { StackScheme };

/** A survey figure: its chart and, as its table, the numbers behind it under the same title, notes and source. */
export function surveyFigure(f: { id: string; title: string; altText: string; spec: TopLevelSpec; columns: ColumnDef[]; rows: TableRow[]; notes: string[]; source: string }): FigureModel {
  return {
    id: f.id,
    title: f.title,
    altText: f.altText,
    spec: f.spec,
    table: { id: f.id, title: f.title, columns: f.columns, rows: f.rows, notes: f.notes, source: f.source },
    notes: f.notes,
    source: f.source,
  };
}

/** A stacked chart's table columns with each answer's full label (the chart's legend may use short ones). */
export function fullLabelColumns(q: Pick<ChoiceQuestion, 'options'>, columns: readonly ColumnDef[]): ColumnDef[] {
  const full = new Map(q.options.map((o) => [optionKey(o.key), o.label]));
  return columns.map((c) => ({ ...c, label: full.get(c.key) ?? c.label }));
}

/** The colours of a question's answers: by valence for an ordered scale, categorical otherwise. */
export function schemeOf(q: Pick<ChoiceQuestion, 'scale'>): StackScheme {
  return q.scale === 'good_first' ? 'good-first' : q.scale === 'bad_first' ? 'bad-first' : q.scale === 'ordered' ? 'diverging' : 'categorical';
}

/** The codebook's shorter legend labels (`short`) by answer key. */
export function shortLabelsOf(q: ChoiceQuestion): Record<string, string> {
  return Object.fromEntries(q.options.flatMap((o) => (o.short ? [[o.key, o.short]] : [])));
}

/** Stack categories; `short` gives a shorter legend label for an answer key (the figure's table keeps the full one). */
export function categoriesOf(q: ChoiceQuestion, short: Record<string, string> = {}): StackedCategory[] {
  return q.options.map((o) => ({ key: optionKey(o.key), label: short[o.key] ?? o.label, ...(o.neutral ? { neutral: true } : {}) }));
}

/** Notes that spell out shortened legend labels. */
function shortLabelNotes(q: ChoiceQuestion, short: Record<string, string>): string[] {
  return q.options.filter((o) => short[o.key] !== undefined).map((o) => `«${short[o.key]}» står for «${o.label}».`);
}

export function countsOf(q: ChoiceQuestion, bar: string, d: Distribution): { bar: string; category: string; count: number }[] {
  return q.options.map((o) => ({ bar, category: optionKey(o.key), count: d.counts[o.key] ?? 0 }));
}

const pct = (x: number | undefined) => formatPercent(x, { digits: 0, style: 'word' });

/** "kommuner med 2 000–4 999 innbyggere", "Oslos bydeler". */
export function groupPhrase(group: SizeGroupId, label: string): string {
  if (group === 'bydel') return 'Oslos bydeler';
  if (group === 'ge50000') return 'kommuner med 50 000 innbyggere eller flere';
  return `kommuner med ${label.toLocaleLowerCase('nb')} innbyggere`;
}

/** "26 prosent svarte «Ja, eget tilbud», 4 prosent «…» og 70 prosent «Nei» (n = 366)." */
export function describeDistribution(q: ChoiceQuestion, d: Distribution): string {
  const parts = q.options.map((o, i) => `${pct(d.shares[o.key])} ${i === 0 ? 'svarte ' : ''}«${o.label}»`);
  return `${listNorwegian(parts)} (n\u00a0=\u00a0${formatInteger(d.n)})`;
}

function emptyFigure(input: ComputeInput, id: string, title: string, q: ChoiceQuestion, year: Year): FigureModel {
  const built = stackedBarChart({ bars: [], categories: categoriesOf(q), counts: [], scheme: 'categorical', barTitle: SIZE_GROUP_TITLE, unitLabel: UNIT_LABEL });
  const note = notAskedNote(year);
  return surveyFigure({ id, title, altText: note, spec: built.spec, columns: built.data.columns, rows: [], notes: [note], source: sourceLine(input.panel) });
}

/** Stacked bars of the distribution by size group (and the whole country) in the report year. */
export function sizeGroupFigure(
  input: ComputeInput,
  opts: { id: string; question: string; title: string; scheme: StackScheme; shortLabels?: Record<string, string> },
): FigureModel {
  const short = opts.shortLabels ?? {};
  const q = choiceQuestion(input.codebook, opts.question);
  const year = input.reportYear;
  if (!asked(input, q, year)) return emptyFigure(input, opts.id, opts.title, q, year);
  const groups = bySizeGroup(input, q, year).filter((g) => g.d.n > 0);
  if (!groups.some((g) => g.group === 'total')) return emptyFigure(input, opts.id, opts.title, q, year); // asked, nobody answered
  const built = stackedBarChart({
    bars: groups.map((g) => g.label),
    categories: categoriesOf(q, short),
    counts: groups.flatMap((g) => countsOf(q, g.label, g.d)),
    scheme: opts.scheme,
    barTitle: SIZE_GROUP_TITLE,
    unitLabel: UNIT_LABEL,
    highlight: groups.filter((g) => g.group === 'total').map((g) => g.label),
  });
  // Alt text: the whole country, then where the first answer was most and least common.
  const total = groups.find((g) => g.group === 'total')!.d;
  const first = q.options[0]!;
  const sized = groups.filter((g): g is typeof g & { group: SizeGroupId } => g.group !== 'total');
  const sentences = [`${TOTAL_LABEL} ${year}: ${describeDistribution(q, total)}.`];
  if (sized.length >= 2) {
    const withShare = sized.map((g) => ({ g, s: g.d.shares[first.key] ?? 0 }));
    const hi = withShare.reduce((a, b) => (b.s > a.s ? b : a));
    const lo = withShare.reduce((a, b) => (b.s < a.s ? b : a));
    if (pct(hi.s) !== pct(lo.s)) {
      sentences.push(
        `Andelen «${first.label}» var høyest blant ${groupPhrase(hi.g.group, hi.g.label)} (${pct(hi.s)}) ` +
          `og lavest blant ${groupPhrase(lo.g.group, lo.g.label)} (${pct(lo.s)}).`,
      );
    }
  }
  const notes = [...distributionNotes(q, [total]), ...shortLabelNotes(q, short), sizeGroupNote(year)];
  // The table under the figure uses the full answer labels.
  return surveyFigure({
    id: opts.id,
    title: opts.title,
    altText: sentences.join(' '),
    spec: built.spec,
    columns: fullLabelColumns(q, built.data.columns),
    rows: built.data.rows,
    notes,
    source: sourceLine(input.panel),
  });
}

/** Stacked bars of the national distribution, one bar per year the question was asked (oldest on top). */
export function yearFigure(input: ComputeInput, opts: { id: string; question: string; title: (span: string) => string; scheme: StackScheme }): FigureModel {
  const q = choiceQuestion(input.codebook, opts.question);
  const years = byYear(input, q).filter((y) => y.d.n > 0);
  const title = opts.title(yearSpan(years.map((y) => y.year)));
  if (years.length === 0) return emptyFigure(input, opts.id, title, q, input.reportYear);
  const built = stackedBarChart({
    bars: years.map((y) => String(y.year)),
    categories: categoriesOf(q),
    counts: years.flatMap((y) => countsOf(q, String(y.year), y.d)),
    scheme: opts.scheme,
    barTitle: 'År',
    unitLabel: UNIT_LABEL,
  });
  const notes = distributionNotes(q, years.map((y) => y.d));
  return surveyFigure({ id: opts.id, title, altText: built.altText, spec: built.spec, columns: built.data.columns, rows: built.data.rows, notes, source: sourceLine(input.panel) });
}
