// A question with answer options as the survey chapters use it: the codebook's question model (text, labels,
// answers in code order with "Vet ikke" marked neutral, scale direction) and the years it was asked.
import { inRange, questionModel, type AnswerOption, type CodebookFile, type QuestionModel } from '../codebook/index.ts';
import type { Year } from '../types.ts';
import { PipelineError } from '../errors.ts';

export type { AnswerOption };

export interface ChoiceQuestion extends QuestionModel {
  firstYear: Year;
  lastYear: Year | null;
}

export class SurveyError extends PipelineError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

/** The question `code` (any kind), with its first and last year. */
export function surveyQuestion(cb: CodebookFile, code: string): ChoiceQuestion {
  const m = questionModel(cb, code);
  if (!m) throw new SurveyError('survey.unknown-question', `the codebook has no question ${code}`);
  return { ...m, firstYear: m.years[0], lastYear: m.years[1] };
}

export function choiceQuestion(cb: CodebookFile, code: string): ChoiceQuestion {
  const q = surveyQuestion(cb, code);
  if (q.kind !== 'choice') throw new SurveyError('survey.not-choice', `question ${code} is not a choice question (${q.kind})`);
  return q;
}

/**
 * A matrix row as a choice question of its own (column `<CODE>_<ROW>`, the matrix's answers, the row's years),
 * so distributions and tables of choice questions serve it.
 */
export function matrixRowQuestion(q: ChoiceQuestion, row: string): ChoiceQuestion {
  const p = q.parts.find((x) => x.key === row);
  if (!p || q.kind !== 'matrix') throw new SurveyError('survey.unknown-question', `${q.code} has no row ${row}`);
  return { ...q, kind: 'choice', code: p.column, label: p.label, years: p.years, firstYear: p.years[0], lastYear: p.years[1], parts: [] };
}

/** The years of `years` (panel years up to the report year) in which the question was on the form. */
export function yearsAsked(q: Pick<ChoiceQuestion, 'firstYear' | 'lastYear'>, years: readonly Year[], reportYear: Year): Year[] {
  return years.filter((y) => y <= reportYear && inRange([q.firstYear, q.lastYear], y)).sort((a, b) => a - b);
}
