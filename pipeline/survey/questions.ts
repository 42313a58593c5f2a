// A choice question as the survey chapters use it: its text, its answer options in codebook order (with
// "Vet ikke" marked neutral: shown grey and last, outside the ordered scale) and the years it was asked.
import { inRange, type CodebookFile } from '../codebook/index.ts';
import type { Year } from '../types.ts';
import { PipelineError } from '../errors.ts';

export interface AnswerOption {
  /** The answer code as a string ('1', '9'); the key of counts and shares. */
  key: string;
  code: number;
  label: string;
  /** "Vet ikke": counted in n (the unit answered) but outside the ordered scale. */
  neutral: boolean;
}

export interface ChoiceQuestion {
  code: string;
  text: string;
  options: AnswerOption[];
  firstYear: Year;
  lastYear: Year | null;
}

export class SurveyError extends PipelineError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

const DONT_KNOW = /^vet ikke$/i;

export function choiceQuestion(cb: CodebookFile, code: string): ChoiceQuestion {
  const def = cb.questions[code];
  if (!def) throw new SurveyError('survey.unknown-question', `the codebook has no question ${code}`);
  if (def.type !== 'choice') throw new SurveyError('survey.not-choice', `question ${code} is not a choice question (${def.type})`);
  const options = Object.entries(def.values)
    .map(([key, label]) => ({ key, code: Number(key), label, neutral: DONT_KNOW.test(label.trim()) }))
    .sort((a, b) => a.code - b.code);
  return { code, text: def.text, options, firstYear: def.years[0], lastYear: def.years[1] };
}

/** The years of `years` (panel years up to the report year) in which the question was on the form. */
export function yearsAsked(q: Pick<ChoiceQuestion, 'firstYear' | 'lastYear'>, years: readonly Year[], reportYear: Year): Year[] {
  return years.filter((y) => y <= reportYear && inRange([q.firstYear, q.lastYear], y)).sort((a, b) => a - b);
}
