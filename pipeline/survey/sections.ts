// The report section of every generated question: its heading, its prose (numbers read from the question's
// own tables, so the text states what the tables show), and which figure and table it shows. The report's
// {{questions "<chapter>"}} helper places them; a chapter without a template of its own is just that.
import { listNorwegian } from '../charts/index.ts';
import { lowerFirst } from '../charts/alt-text.ts';
import { formatInteger, formatPercent } from '../format/index.ts';
import type { ComputeInput, TableModel, TableRow } from '../registry/types.ts';
import type { Year } from '../types.ts';
import { developmentId, generatedQuestions, questionItemId, questionsAsked } from './items.ts';
import { focusOption, optionKey, UNIT_LABEL } from './model.ts';
import { MULTI_NOTE } from './multi.ts';
import type { QuestionModel } from '../codebook/index.ts';

export interface QuestionSection {
  code: string;
  chapter: string;
  /** Section heading: the question's short label. */
  heading: string;
  kind: 'choice' | 'multi' | 'matrix';
  /** Years the question was asked up to the report year (from its development table). */
  years: Year[];
  askedInReportYear: boolean;
  paragraphs: string[];
  /** Figure id (shown when asked in the report year). */
  figure: string;
  /** Table id of the development over the years asked (shown when it has rows). */
  development: string;
  /** Table id of the answers by size group (or by row). */
  table: string;
}

const pct = (x: unknown) => formatPercent(typeof x === 'number' ? x : undefined, { digits: 0, style: 'word' });
/** A size group's label inside a sentence: "under 2 000", "50 000 og over", "bydeler i Oslo". */
const group = (r: TableRow) => String(r.cells['gruppe']).replace(/^(Under|Bydeler)/, (w) => w.toLocaleLowerCase('nb'));
const n = (x: unknown) => `n\u00a0=\u00a0${formatInteger(typeof x === 'number' ? x : undefined)}`;

/** The share columns of a table (every column after n), with their labels. */
function shareColumns(t: TableModel): { key: string; label: string }[] {
  const i = t.columns.findIndex((c) => c.key === 'n');
  return t.columns.slice(i + 1).map((c) => ({ key: c.key, label: c.label }));
}

/** The column of the answer the prose follows over time and across rows (model.ts focusOption). */
function focusKey(q: QuestionModel): string | undefined {
  const o = focusOption(q);
  return o ? optionKey(o.key) : undefined;
}

function choiceProse(q: QuestionModel, year: Year, table: TableModel, dev: TableModel): string[] {
  const total = table.rows.find((r) => r.kind === 'total');
  if (!total) return [];
  const cols = shareColumns(table);
  const parts = cols.map((c, i) => `${pct(total.cells[c.key])} ${i === 0 ? 'svarte ' : ''}«${c.label}»`);
  const out = [`I ${year} ${listNorwegian(parts)} (${n(total.cells['n'])} ${UNIT_LABEL}).`];
  const key = focusKey(q);
  const label = cols.find((c) => c.key === key)?.label;
  const groups = table.rows.filter((r) => r.kind !== 'total' && typeof r.cells[key ?? ''] === 'number');
  if (key && label && groups.length >= 2) {
    const v = (r: TableRow) => r.cells[key] as number;
    const hi = groups.reduce((a, b) => (v(b) > v(a) ? b : a));
    const lo = groups.reduce((a, b) => (v(b) < v(a) ? b : a));
    if (pct(v(hi)) !== pct(v(lo))) {
      out.push(`Andelen «${label}» var høyest i gruppen ${group(hi)} (${pct(v(hi))}) og lavest i gruppen ${group(lo)} (${pct(v(lo))}).`);
    }
  }
  out.push(...developmentSentence(dev, key, label));
  return out;
}

function developmentSentence(dev: TableModel, key: string | undefined, label: string | undefined): string[] {
  const first = dev.rows[0];
  const last = dev.rows[dev.rows.length - 1];
  if (!key || !label || !first || !last || first === last) return [];
  const a = first.cells[key];
  const b = last.cells[key];
  if (typeof a !== 'number' || typeof b !== 'number') return [];
  const verb = pct(a) === pct(b) ? 'var uendret på' : b > a ? 'økte fra' : 'gikk ned fra';
  const tail = pct(a) === pct(b) ? `${pct(b)}` : `${pct(a)} i ${String(first.cells['ar'])} til ${pct(b)} i ${String(last.cells['ar'])}`;
  return [`Andelen «${label}» ${verb} ${tail}.`];
}

function multiProse(year: Year, table: TableModel, dev: TableModel): string[] {
  const total = table.rows.find((r) => r.kind === 'total');
  if (!total) return [];
  const cols = shareColumns(table)
    .filter((c) => typeof total.cells[c.key] === 'number')
    .sort((a, b) => (total.cells[b.key] as number) - (total.cells[a.key] as number));
  const out = [
    `Av de ${formatInteger(total.cells['n'] as number)} ${UNIT_LABEL} som svarte i ${year}, oppga ${listNorwegian(cols.map((c) => `${pct(total.cells[c.key])} «${c.label}»`))}. ${MULTI_NOTE}`,
  ];
  if (cols[0]) out.push(...developmentSentence(dev, cols[0].key, cols[0].label));
  return out;
}

function matrixProse(q: QuestionModel, year: Year, table: TableModel): string[] {
  const key = focusKey(q);
  const label = shareColumns(table).find((c) => c.key === key)?.label;
  const rows = table.rows.filter((r) => typeof r.cells[key ?? ''] === 'number');
  if (!key || !label || rows.length === 0) return [];
  const v = (r: TableRow) => r.cells[key] as number;
  if (rows.length === 1) return [`I ${year} svarte ${pct(v(rows[0]!))} «${label}» for ${lowerFirst(String(rows[0]!.cells['rad']))} (${n(rows[0]!.cells['n'])}).`];
  const sorted = [...rows].sort((a, b) => v(b) - v(a));
  const ns = rows.map((r) => r.cells['n'] as number);
  const range = Math.min(...ns) === Math.max(...ns) ? formatInteger(ns[0]) : `${formatInteger(Math.min(...ns))}–${formatInteger(Math.max(...ns))}`;
  const items = sorted.map((r, i) => `${pct(v(r))} ${i === 0 ? `«${label}» ` : ''}for ${lowerFirst(String(r.cells['rad']))}`);
  return [`I ${year} svarte ${listNorwegian(items)} (${range} ${UNIT_LABEL} svarte på hver rad).`];
}

/** The sections of every generated question, from the computed tables; the years asked as questionsAsked gives them. */
export function questionSections(input: Pick<ComputeInput, 'panel' | 'reportYear' | 'codebook'>, tables: Record<string, TableModel>): QuestionSection[] {
  const { reportYear } = input;
  const asked = new Map(questionsAsked(input).map((q) => [q.code, q.years]));
  return generatedQuestions(input.codebook).flatMap((q): QuestionSection[] => {
    const id = questionItemId(q.code);
    const table = tables[id];
    const dev = tables[developmentId(q.code)];
    if (!table || !dev) return []; // a registry computed without the generated items (tests of other items)
    const years = asked.get(q.code) ?? [];
    const askedInReportYear = table.rows.length > 0;
    const kind = q.kind as QuestionSection['kind'];
    let paragraphs: string[];
    if (!askedInReportYear) {
      paragraphs = [`Spørsmålet «${q.text}» ble ikke stilt i ${reportYear}.${years.length ? ` Det ble stilt i ${yearList(years)}.` : ''}`];
    } else {
      paragraphs = [
        `Spørsmål: «${q.text}»`,
        ...(kind === 'multi' ? multiProse(reportYear, table, dev) : kind === 'matrix' ? matrixProse(q, reportYear, table) : choiceProse(q, reportYear, table, dev)),
      ];
    }
    return [{ code: q.code, chapter: q.chapter!, heading: q.label.nb, kind, years, askedInReportYear, paragraphs, figure: id, development: developmentId(q.code), table: id }];
  });
}

function yearList(years: Year[]): string {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return years.length > 2 && last - first === years.length - 1 ? `${first}–${last}` : listNorwegian(years.map(String));
}
