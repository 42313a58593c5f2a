// The codebook's questions as the outputs use them: labels in bokmål and nynorsk (bokmål where nynorsk is left
// out), answers in code order with "Vet ikke" marked neutral, the scale's direction, the chapter, and the
// columns a question has in the extract (a multi-select or matrix has one per option or row). Pure, and
// computed once per codebook object.
import type { AnswerLabel, CodebookFile, ColumnDef, PartDef, QuestionDef, YearRange } from './schema.ts';

export type QuestionKind = QuestionDef['type'];
export type Scale = 'good_first' | 'bad_first' | 'ordered';

export interface Labels {
  nb: string;
  /** The nynorsk text; the bokmål one when the codebook has none (`nnMissing`). */
  nn: string;
  nnMissing: boolean;
}

export interface AnswerOption {
  /** The answer code as a string ('1', '9'); the key of counts and shares. */
  key: string;
  code: number;
  /** Bokmål text. */
  label: string;
  nn: string;
  nnMissing: boolean;
  /** A shorter legend label for charts, when the codebook gives one. */
  short?: string;
  /** "Vet ikke": counted in n (the unit answered) but outside the ordered scale, always grey. */
  neutral: boolean;
}

/** A multi-select option or a matrix row: its own column `<CODE>_<KEY>`. */
export interface QuestionPart {
  key: string;
  column: string;
  label: Labels;
  years: YearRange;
  /** Multi-select: the "none of these" option. */
  none: boolean;
}

export interface QuestionModel {
  code: string;
  kind: QuestionKind;
  /** The question as worded on the form (bokmål). */
  text: string;
  /** Short label for tables, charts and fact sheets. */
  label: Labels;
  /** Title stem of the report's tables and figures. */
  title: string;
  years: YearRange;
  chapter: string | undefined;
  factsheet: boolean;
  items: 'generated' | 'custom';
  askedIf: Record<string, number[]> | undefined;
  scale: Scale | undefined;
  /** Choice and matrix: the answers, in code order. */
  options: AnswerOption[];
  /** Multi-select: the options; matrix: the rows; otherwise empty. */
  parts: QuestionPart[];
}

/** One column of the extract's Spørsmål sheet and the question it belongs to. */
export interface ColumnVariable {
  code: string;
  def: ColumnDef;
  /** The question's code (the column's own code for choice, number and text questions). */
  question: string;
  /** Multi-select option or matrix row key; undefined for single-column questions. */
  part?: string;
  /** The kind of the question the column belongs to. */
  kind: QuestionKind;
  /** A multi-select's "none of these" option. */
  none?: boolean;
}

const DONT_KNOW = /^vet ikke$/i;

function labelsOf(nb: string, nn: string | undefined): Labels {
  return { nb, nn: nn ?? nb, nnMissing: nn === undefined };
}

function answer(key: string, l: AnswerLabel): AnswerOption {
  const nb = typeof l === 'string' ? l : l.nb;
  const nn = typeof l === 'string' ? undefined : l.nn;
  const short = typeof l === 'string' ? undefined : l.short;
  return { key, code: Number(key), label: nb, nn: nn ?? nb, nnMissing: nn === undefined, ...(short ? { short } : {}), neutral: DONT_KNOW.test(nb.trim()) };
}

export function answerOptions(values: Record<string, AnswerLabel>): AnswerOption[] {
  return Object.entries(values)
    .map(([key, l]) => answer(key, l))
    .sort((a, b) => a.code - b.code);
}

function partOf(code: string, key: string, p: PartDef, years: YearRange): QuestionPart {
  const o = typeof p === 'string' ? { nb: p } : p;
  return { key, column: `${code}_${key}`, label: labelsOf(o.nb, o.nn), years: o.years ?? years, none: o.none === true };
}

/** "Har kommunen … tilbud?" → "Har kommunen … tilbud": a title stem from the question text. */
const stem = (text: string) => text.replace(/[?.:]\s*$/, '');

function model(code: string, def: QuestionDef): QuestionModel {
  const label = def.label ? labelsOf(def.label.nb, def.label.nn) : labelsOf(stem(def.text), undefined);
  const shownDef = def.type === 'text' ? undefined : def;
  const multiOrMatrix = def.type === 'multi' || def.type === 'matrix';
  return {
    code,
    kind: def.type,
    text: def.text,
    label,
    title: shownDef?.title ?? label.nb,
    years: def.years,
    chapter: shownDef?.chapter,
    factsheet: def.type === 'text' ? false : (shownDef?.factsheet ?? !multiOrMatrix),
    items: shownDef?.items ?? 'generated',
    askedIf: shownDef?.asked_if,
    scale: def.type === 'choice' || def.type === 'matrix' ? def.scale : undefined,
    options: def.type === 'choice' || def.type === 'matrix' ? answerOptions(def.values) : [],
    parts:
      def.type === 'multi'
        ? Object.entries(def.options).map(([k, p]) => partOf(code, k, p, def.years))
        : def.type === 'matrix'
          ? Object.entries(def.rows).map(([k, p]) => partOf(code, k, p, def.years))
          : [],
  };
}

const models = new WeakMap<CodebookFile, Map<string, QuestionModel>>();

/** Every question of the codebook, in file order. */
export function questionModels(cb: CodebookFile): Map<string, QuestionModel> {
  let m = models.get(cb);
  if (!m) {
    m = new Map(Object.entries(cb.questions).map(([code, def]) => [code, model(code, def)]));
    models.set(cb, m);
  }
  return m;
}

export function questionModel(cb: CodebookFile, code: string): QuestionModel | undefined {
  return questionModels(cb).get(code);
}

/** The checked value of a multi-select column. */
export const CHECKED = 1;

function columnsOf(code: string, def: QuestionDef): ColumnVariable[] {
  if (def.type === 'choice' || def.type === 'number' || def.type === 'text') return [{ code, def, question: code, kind: def.type }];
  const m = model(code, def);
  return m.parts.map((p) => {
    const base = { text: `${def.text} – ${p.label.nb}`, years: p.years, ...(def.asked_if ? { asked_if: def.asked_if } : {}) };
    const values: Record<string, string> = def.type === 'multi' ? { [String(CHECKED)]: 'Avkrysset' } : Object.fromEntries(m.options.map((o) => [o.key, o.label]));
    return { code: p.column, def: { type: 'choice' as const, ...base, values }, question: code, part: p.key, kind: def.type, ...(p.none ? { none: true } : {}) };
  });
}

const columnMemo = new WeakMap<CodebookFile, Map<string, ColumnVariable>>();

/** Every column variable of the Spørsmål sheet, any year, by column code. */
export function columnVariables(cb: CodebookFile): Map<string, ColumnVariable> {
  let m = columnMemo.get(cb);
  if (!m) {
    m = new Map(Object.entries(cb.questions).flatMap(([code, def]) => columnsOf(code, def).map((c) => [c.code, c] as const)));
    columnMemo.set(cb, m);
  }
  return m;
}

/** The column definition of a Spørsmål header, or undefined when no question has that column. */
export function columnDef(cb: CodebookFile, column: string): ColumnDef | undefined {
  return columnVariables(cb).get(column)?.def;
}

/** Questions shown in the report or fact sheets whose nynorsk label or answers fall back to bokmål. */
export function nynorskGaps(cb: CodebookFile): { code: string; what: string[] }[] {
  const out: { code: string; what: string[] }[] = [];
  for (const q of questionModels(cb).values()) {
    if (q.kind === 'text' || (!q.factsheet && q.chapter === undefined)) continue;
    const what: string[] = [];
    if (q.label.nnMissing) what.push('kortnavn');
    const answers = q.options.filter((o) => o.nnMissing).map((o) => o.key);
    if (answers.length) what.push(`svar ${answers.join(', ')}`);
    const parts = q.parts.filter((p) => p.label.nnMissing).map((p) => p.key);
    if (parts.length) what.push(`${q.kind === 'matrix' ? 'rader' : 'alternativer'} ${parts.join(', ')}`);
    if (what.length) out.push({ code: q.code, what });
  }
  return out;
}
