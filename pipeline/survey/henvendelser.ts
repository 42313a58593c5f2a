// The four henvendelser questions (change in referrals last year, per target group and area) and the model
// of "stor økning" on size group.
import type { ComputeInput } from '../registry/types.ts';
import type { Group } from '../types.ts';
import { classifyAnswer } from './distribution.ts';
import { sizeGroupLogit, type LogitObservation, type SizeGroupLogit } from './logit.ts';
import { answersOf } from './model.ts';
import { choiceQuestion, SurveyError } from './questions.ts';
import { answerSizeGroups } from './size-groups.ts';

export interface HenvQuestion {
  code: string;
  /** Figure id of its by-year chart. */
  figureId: string;
  group: Group;
  area: 'ph' | 'rus';
  /** "Barn og unge, psykisk helse". */
  label: string;
}

export const HENV_QUESTIONS: readonly HenvQuestion[] = [
  { code: 'HENV_B_PH', figureId: 'henvendelser-b-ph', group: 'B', area: 'ph', label: 'Barn og unge, psykisk helse' },
  { code: 'HENV_B_RUS', figureId: 'henvendelser-b-rus', group: 'B', area: 'rus', label: 'Barn og unge, rus' },
  { code: 'HENV_V_PH', figureId: 'henvendelser-v-ph', group: 'V', area: 'ph', label: 'Voksne, psykisk helse' },
  { code: 'HENV_V_RUS', figureId: 'henvendelser-v-rus', group: 'V', area: 'rus', label: 'Voksne, rus' },
];

export function henvQuestion(code: string): HenvQuestion {
  const h = HENV_QUESTIONS.find((q) => q.code === code);
  if (!h) throw new SurveyError('survey.unknown-question', `${code} is not a henvendelser question`);
  return h;
}

/** The answer code for "Stor økning". */
export const STOR_OKNING = 5;

export interface HenvLogit extends SizeGroupLogit {
  question: HenvQuestion;
  /** Units that answered "Vet ikke" (left out of the model). */
  dontKnow: number;
}

/**
 * Logistic regression of "Stor økning" (1) against every other change (0) on the size group, report year.
 * "Vet ikke", blank and unknown codes are left out: they tell nothing about the change.
 */
export function henvendelserLogit(input: ComputeInput, code: string): HenvLogit {
  const question = henvQuestion(code);
  const q = choiceQuestion(input.codebook, code);
  if (!q.options.some((o) => o.code === STOR_OKNING && /stor økning/i.test(o.label))) {
    throw new SurveyError('survey.codebook-mismatch', `${code}: answer ${STOR_OKNING} is not "Stor økning" in the codebook`);
  }
  const groupOf = answerSizeGroups(input.panel, input.reference);
  const obs: LogitObservation[] = [];
  let dontKnow = 0;
  for (const row of answersOf(input.panel, input.reportYear)) {
    if (!Object.hasOwn(row.answers, code)) continue;
    const c = classifyAnswer(row.answers[code], q.options);
    if (c === 'blank' || c === 'invalid') continue;
    if (c.neutral) {
      dontKnow++;
      continue;
    }
    obs.push({ group: groupOf(row.year, row.code), y: c.code === STOR_OKNING ? 1 : 0 });
  }
  return { ...sizeGroupLogit(obs), question, dontKnow };
}
