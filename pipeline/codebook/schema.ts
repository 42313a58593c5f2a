// The codebook's schema. A user with the real form edits data/codebooks/*.yaml; this schema makes
// every mistake there a clear error (unknown keys included) instead of a silent gap.
import { z } from 'zod';

const yearRange = z
  .tuple([z.number().int().min(2000).max(2100), z.number().int().min(2000).max(2100).nullable()])
  .refine(([first, last]) => last === null || last >= first, { message: 'last year is before first year' });

const groupCode = z.enum(['V', 'B']);
const schemeId = z.enum(['A', 'B']);

/** Variable codes as they appear in the header row: letters, digits and underscores. */
const variableCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'variable codes are upper-case letters, digits and _');

const tiltakLabels = z.record(variableCode, z.string().min(1));

const utdanningEntry = z.strictObject({
  label: z.string().min(1),
  higher_education: z.boolean(),
  /** True for psychologist categories (used by the psychologist tables). Defaults to a label match. */
  psychologist: z.boolean().optional(),
});

const choiceValues = z.record(z.string().regex(/^\d+$/, 'answer codes are whole numbers'), z.string().min(1));

const question = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('choice'),
    text: z.string().min(1),
    values: choiceValues,
    years: yearRange,
    asked_if: z.record(variableCode, z.array(z.number().int())).optional(),
  }),
  z.strictObject({
    type: z.literal('number'),
    text: z.string().min(1),
    min: z.number().optional(),
    max: z.number().optional(),
    years: yearRange,
    asked_if: z.record(variableCode, z.array(z.number().int())).optional(),
  }),
  z.strictObject({
    type: z.literal('text'),
    text: z.string().min(1),
    max_length: z.number().int().positive().optional(),
    years: yearRange,
  }),
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
export type YearRange = z.infer<typeof yearRange>;
