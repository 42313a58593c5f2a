// The schema of the project file (report.yaml at the project root): the report's identity, its chapters in
// order and which outputs a build makes. Unknown keys are errors, so a misspelt key is never ignored.
import { z } from 'zod';

/** The outputs a build can make. */
export const OUTPUTS = ['report', 'tables', 'factsheets', 'web'] as const;
export type OutputKind = (typeof OUTPUTS)[number];

/** ISBN-13 with its check digit (hyphens and spaces allowed): 978-82-14-12345-6. */
export function isIsbn13(text: string): boolean {
  const digits = text.replace(/[-\s]/g, '');
  if (!/^97[89]\d{10}$/.test(digits)) return false;
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return sum % 10 === 0;
}

const text = z.string().trim().min(1, 'must not be empty');

const chapterSchema = z.strictObject({
  /** The chapter's id: the registry's `chapter` field, the review item `report:<id>`, the anchor `kap-<id>`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens (e.g. "tilbud-barn")'),
  /**
   * The chapter's template, relative to the report templates folder: `chapters/<id>.md` (Markdown) or `.hbs`
   * (HTML). A topic chapter may have none: it is then its survey questions' sections, from the codebook.
   */
  file: z.string().regex(/\.(md|hbs)$/, 'a .md (Markdown) or .hbs (HTML) file, e.g. chapters/tilbud.md').optional(),
  /** Heading; default the Markdown file's first line `# Title`. */
  title: text.optional(),
  /** Number in headings and figure/table numbers; default the next number ("V" for an appendix). */
  number: z.string().regex(/^[A-Z0-9]{1,3}$/, 'a short number or letter, e.g. "V"').optional(),
  /** How a cross-reference names the chapter ("vedlegget"); default "kapittel <number>". */
  refName: text.optional(),
  /**
   * A topic chapter of survey questions (the codebook's `chapter`): shown only when the data asked one of its
   * questions up to the report year, and then numbered; without `file`, its questions' sections.
   */
  topic: z.boolean().optional(),
}).refine((c) => c.file !== undefined || (c.topic === true && c.title !== undefined), { message: 'a chapter needs a file, or topic: true and a title' });

export const projectSchema = z.strictObject({
  /** The report's title; `{year}` is replaced by the report year. */
  title: text,
  subtitle: text,
  /** Publication series and number, shown together as "IS-24/8". */
  series: text,
  number: text,
  /** The institution that writes the report. */
  institution: text,
  /** The institution that commissions it. */
  commissioner: text,
  authors: z.array(text).min(1, 'name at least one author'),
  /** Publication date (YYYY-MM-DD); default the day of the build. */
  date: z.iso.date('a date as YYYY-MM-DD').optional(),
  isbn: z.string().refine(isIsbn13, 'not a valid ISBN-13 (978… with a correct check digit)').optional(),
  language: z.enum(['nb', 'nn']),
  keywords: z.array(text).default([]),
  chapters: z.array(chapterSchema).min(1, 'the report needs at least one chapter'),
  outputs: z.array(z.enum(OUTPUTS)).min(1, `name at least one of ${OUTPUTS.join(', ')}`),
});

export type ProjectFile = z.infer<typeof projectSchema>;
export type ChapterEntry = z.infer<typeof chapterSchema>;
