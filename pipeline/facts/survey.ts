// Key numbers for the prose of the survey chapters (henvendelser, tilbud, samarbeid), report year.
// For every choice question with a chapter: `<CODE>_n` (units that answered) and `<CODE>_<answer>` (share 0–1, e.g. RPH_1);
// plus combined shares the text names: `<HENV>_okning` (stor + liten økning), UTSKRIVNING_problemer (store +
// visse), SAMARBEID_PHV_darlig (dårlig + svært dårlig), BOLIG_darlig, and the henvendelser model's reference
// group. Shares are null when the question was not asked in the report year (or nobody answered).
import { questionModels, type CodebookFile } from '../codebook/index.ts';
import { sizeGroupLabel } from '../reference/index.ts';
import type { FactsDef, FactsModel } from '../registry/types.ts';
import {
  answersOf,
  asked,
  choiceQuestion,
  combinedShare,
  distribution,
  henvendelserLogit,
  type Distribution,
} from '../survey/index.ts';

/** The choice questions whose answers the prose may state: every choice question with a report chapter. */
export function proseQuestions(cb: CodebookFile): string[] {
  return [...questionModels(cb).values()].filter((q) => q.kind === 'choice' && q.chapter !== undefined).map((q) => q.code);
}

const COMBINED: readonly { code: string; name: string; keys: string[] }[] = [
  { code: 'HENV_B_PH', name: 'okning', keys: ['4', '5'] },
  { code: 'HENV_B_RUS', name: 'okning', keys: ['4', '5'] },
  { code: 'HENV_V_PH', name: 'okning', keys: ['4', '5'] },
  { code: 'HENV_V_RUS', name: 'okning', keys: ['4', '5'] },
  { code: 'UTSKRIVNING', name: 'problemer', keys: ['1', '2'] },
  { code: 'SAMARBEID_PHV', name: 'darlig', keys: ['4', '5'] },
  { code: 'BOLIG', name: 'darlig', keys: ['1', '2'] },
  { code: 'ENDRING_PERSONELL', name: 'ja_eller_planer', keys: ['1', '2'] },
];

export const surveyFacts: FactsDef = {
  kind: 'facts',
  id: 'survey',
  chapter: 'henvendelser',
  describe: {
    reportYear: 'The report year.',
    respondents: 'Units with survey answers in the report year.',
    '<CODE>_n': 'Units that answered question CODE (one of the questions listed below), or null when it was not asked.',
    '<CODE>_<answer>': 'Share (0–1) of those who gave answer number <answer> (the codebook\'s value key), e.g. RPH_1.',
    '<HENV>_okning': 'HENV_*: share answering «økt litt» or «økt mye» (answers 4 and 5).',
    UTSKRIVNING_problemer: 'Share with «store» or «visse» problems (answers 1 and 2).',
    SAMARBEID_PHV_darlig: 'Share answering «dårlig» or «svært dårlig» (answers 4 and 5).',
    BOLIG_darlig: 'Share answering «dårlig» or «svært dårlig» (answers 1 and 2).',
    ENDRING_PERSONELL_ja_eller_planer: 'Share answering «ja» or «nei, men har planer om det» (answers 1 and 2).',
    '<HENV>_logit_reference': 'HENV_B_PH, HENV_V_PH: the size group the logistic regression compares with.',
  },
  compute: (input): FactsModel => {
    const year = input.reportYear;
    const rows = answersOf(input.panel, year);
    const values: FactsModel['values'] = { reportYear: year, respondents: rows.length };
    const dists = new Map<string, Distribution | undefined>();
    for (const code of proseQuestions(input.codebook)) {
      const q = choiceQuestion(input.codebook, code);
      const d = asked(input, q, year) ? distribution(rows, q) : undefined;
      dists.set(code, d);
      values[`${code}_n`] = d ? d.n : null;
      for (const o of q.options) values[`${code}_${o.key}`] = d?.shares[o.key] ?? null;
    }
    for (const c of COMBINED) {
      const d = dists.get(c.code);
      values[`${c.code}_${c.name}`] = d ? (combinedShare(d, c.keys) ?? null) : null;
    }
    for (const code of ['HENV_B_PH', 'HENV_V_PH']) {
      const d = dists.get(code);
      values[`${code}_logit_reference`] = d && d.n > 0 ? sizeGroupLabel(henvendelserLogit(input, code).reference) : null;
    }
    return { id: 'survey', values };
  },
};
