// The codebook's schema. A user with the real form edits data/codebooks/*.yaml; this schema makes
// every mistake there a clear error (unknown keys included) instead of a silent gap.
import { z } from 'zod';

const yearRange = z
  .tuple([z.number().int().min(2000).max(2100), z.number().int().min(2000).max(2100).nullable()])
  .refine(([first, last]) => last === null || last >= first, { message: 'last year is before first year' });

const groupCode = z.enum(['V', 'B']);
/** Årsverk scheme ids are the file's own (A, B, C, …): a new scheme is YAML only. */
const schemeId = z.string().regex(/^[A-Z][A-Z0-9]*$/, 'scheme ids are upper-case letters and digits, e.g. C');

/** Variable codes as they appear in the header row: letters, digits and underscores. */
const variableCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'variable codes are upper-case letters, digits and _');
/** The part after `<CODE>_` of a multi-select option or matrix row column, e.g. KURS, F1_V. */
const partCode = z.string().regex(/^[A-Z0-9][A-Z0-9_]*$/, 'option and row codes are upper-case letters, digits and _');
/** A report chapter id (templates/report/chapters/<id>.hbs or a topic chapter), e.g. tilbud. */
const chapterId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'chapter ids are lower-case letters, digits and -');

const tiltakLabels = z.record(variableCode, z.string().min(1));

const utdanningEntry = z.strictObject({
  label: z.string().min(1),
  higher_education: z.boolean(),
  /** True for psychologist categories (used by the psychologist tables). Defaults to a label match. */
  psychologist: z.boolean().optional(),
});

/** Short label for tables, charts and fact sheets, in bokmål and nynorsk (nynorsk left out: bokmål is used, and the quality report says so). */
const labels = z.strictObject({ nb: z.string().min(1), nn: z.string().min(1).optional() });

/** An answer: its bokmål text, or { nb, nn, short } (short: a shorter legend label in charts). */
const answerLabel = z.union([
  z.string().min(1),
  z.strictObject({ nb: z.string().min(1), nn: z.string().min(1).optional(), short: z.string().min(1).optional() }),
]);
const choiceValues = z.record(z.string().regex(/^\d+$/, 'answer codes are whole numbers'), answerLabel);

/**
 * An ordered scale's direction: good_first (the first answer is the good end), bad_first, or ordered (an order
 * without good or bad, e.g. decrease … increase). Left out: the answers have no order.
 */
const scale = z.enum(['good_first', 'bad_first', 'ordered']);

const askedIf = z.record(variableCode, z.array(z.number().int()));

/** A multi-select option or matrix row: its bokmål text, or { nb, nn, years, none }. */
const part = z.union([
  z.string().min(1),
  z.strictObject({
    nb: z.string().min(1),
    nn: z.string().min(1).optional(),
    /** Years this option or row was on the form (within the question's years). */
    years: yearRange.optional(),
    /** Multi-select: the "none of these" option (checking it answers the question). */
    none: z.boolean().optional(),
  }),
]);

/** What every question shown in the report and fact sheets may say about itself. */
const shown = {
  text: z.string().min(1),
  years: yearRange,
  label: labels.optional(),
  /** Title stem of the report's tables and figures ("Rask psykisk helsehjelp"); default label.nb. */
  title: z.string().min(1).optional(),
  /** The report chapter the question belongs to; left out: not in the report's chapters. */
  chapter: chapterId.optional(),
  /** Whether fact sheets show the question (default: choice and number yes, multi and matrix no: they take many lines). */
  factsheet: z.boolean().optional(),
  /** generated (default): the project makes its table, figure and section; custom: hand-made items show it. */
  items: z.enum(['generated', 'custom']).optional(),
  asked_if: askedIf.optional(),
};

const question = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('choice'), ...shown, values: choiceValues, scale: scale.optional() }),
  z.strictObject({ type: z.literal('number'), ...shown, min: z.number().optional(), max: z.number().optional() }),
  z.strictObject({
    type: z.literal('text'),
    text: z.string().min(1),
    label: labels.optional(),
    max_length: z.number().int().positive().optional(),
    years: yearRange,
  }),
  /** Check all that apply: one column `<CODE>_<OPTION>` per option, 1 = checked, blank = not. */
  z.strictObject({ type: z.literal('multi'), ...shown, options: z.record(partCode, part) }),
  /** Several rows on one scale: one column `<CODE>_<ROW>` per row, holding an answer code of `values`. */
  z.strictObject({ type: z.literal('matrix'), ...shown, values: choiceValues, scale: scale.optional(), rows: z.record(partCode, part) }),
]);

/**
 * Header aliases: a header text seen in some years' files that means a codebook variable.
 * `{ V_T01: [{ header: "V_T1", years: [2015, 2016] }] }`.
 */
const alias = z.strictObject({ header: z.string().min(1), years: yearRange.optional() });

export const codebookSchema = z.strictObject({
  unit: z.strictObject({
    id_column: z.string().min(1),
    name_column: z.string().min(1),
  }),
  schemes: z.record(schemeId, z.strictObject({ years: yearRange })),
  arsverk: z.strictObject({
    tiltak: z.record(schemeId, z.record(groupCode, tiltakLabels)),
    utdanning: z.record(schemeId, z.record(z.string().regex(/^U\d+$/), utdanningEntry)),
  }),
  questions: z.record(variableCode, question),
  aliases: z.record(z.string(), z.array(alias)).optional(),
});

export type CodebookFile = z.infer<typeof codebookSchema>;
export type QuestionDef = z.infer<typeof question>;
/** The questions whose answers are one column each (a multi-select or matrix is several such columns). */
export type ColumnDef = Extract<QuestionDef, { type: 'choice' | 'number' | 'text' }>;
export type AnswerLabel = z.infer<typeof answerLabel>;
export type PartDef = z.infer<typeof part>;
export type YearRange = z.infer<typeof yearRange>;
