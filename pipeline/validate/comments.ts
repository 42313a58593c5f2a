// The units' free-text comments (the codebook's text questions, e.g. KOMMENTAR): what a kommune wrote to
// explain its numbers, often a large change. Shown to reviewers next to the unit's findings (quality report)
// and on its page in the preview; never in a published output.
import { codebookForYear, type CodebookFile } from '../codebook/index.ts';
import type { AnswerRow, UnitCode, Year } from '../types.ts';

export interface UnitComment {
  year: Year;
  unit: UnitCode;
  /** The text question's code (KOMMENTAR). */
  question: string;
  text: string;
}

/** Every non-blank answer to a text question, by year and unit code (each year's own codes), in input order. */
export function unitComments(rows: readonly AnswerRow[], codebookOf: (year: Year) => CodebookFile | undefined): UnitComment[] {
  const textQuestions = new Map<Year, string[]>();
  const questionsOf = (year: Year): string[] => {
    let codes = textQuestions.get(year);
    if (codes === undefined) {
      const cb = codebookOf(year);
      codes = cb ? codebookForYear(cb, year).questions.filter((q) => q.def.type === 'text').map((q) => q.code) : [];
      textQuestions.set(year, codes);
    }
    return codes;
  };
  const out: UnitComment[] = [];
  for (const r of rows) {
    for (const question of questionsOf(r.year)) {
      const v = r.answers[question];
      if (typeof v === 'string' && v.trim() !== '') out.push({ year: r.year, unit: r.code, question, text: v.trim() });
    }
  }
  return out;
}

/** The comments of one unit in one year, joined (a codebook has one text question; more are kept apart by a blank line). */
export function commentLookup(comments: readonly UnitComment[]): (year: Year | undefined, unit: UnitCode | undefined) => string | undefined {
  const byKey = new Map<string, string[]>();
  for (const c of comments) {
    const key = `${c.year}|${c.unit}`;
    const list = byKey.get(key);
    if (list) list.push(c.text);
    else byKey.set(key, [c.text]);
  }
  return (year, unit) => (year === undefined || unit === undefined ? undefined : byKey.get(`${year}|${unit}`)?.join('\n\n'));
}
