// The missing-data rule of answer distributions, on hand-made rows.
import { describe, expect, it } from 'vitest';
import { classifyAnswer, distribution, combinedShare, type ChoiceQuestion } from '../../pipeline/survey/index.ts';
import { choiceQuestion, yearsAsked } from '../../pipeline/survey/index.ts';
import { loadCodebook } from '../../pipeline/codebook/index.ts';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../pipeline/paths.ts';
import type { AnswerRow } from '../../pipeline/types.ts';

const q: ChoiceQuestion = {
  code: 'HENV_X',
  kind: 'choice',
  text: 'Endring?',
  label: { nb: 'Endring', nn: 'Endring', nnMissing: false },
  title: 'Endring',
  years: [2021, null],
  chapter: undefined,
  factsheet: true,
  items: 'generated',
  askedIf: undefined,
  scale: 'ordered',
  parts: [],
  firstYear: 2021,
  lastYear: null,
  options: [
    { key: '1', code: 1, label: 'Ned', nn: 'Ned', nnMissing: false, neutral: false },
    { key: '2', code: 2, label: 'Opp', nn: 'Opp', nnMissing: false, neutral: false },
    { key: '9', code: 9, label: 'Vet ikke', nn: 'Veit ikkje', nnMissing: false, neutral: true },
  ],
};
const row = (code: string, v: AnswerRow['answers'][string] | undefined): AnswerRow => ({
  year: 2024,
  code,
  answers: v === undefined ? { OTHER: 1 } : { HENV_X: v },
});

describe('distribution', () => {
  it('counts "Vet ikke" in n, leaves out blanks, unknown codes and rows without the question', () => {
    const d = distribution(
      [row('a', 1), row('b', 2), row('c', 2), row('d', 9), row('e', null), row('f', ''), row('g', 7), row('h', undefined), row('i', '2'), row('j', 'x')],
      q,
    );
    expect(d.n).toBe(5);
    expect(d.counts).toEqual({ '1': 1, '2': 3, '9': 1 });
    expect(d.shares['2']).toBeCloseTo(3 / 5, 12);
    expect(d.shares['9']).toBeCloseTo(1 / 5, 12);
    expect(d.blank).toBe(2);
    expect(d.invalid).toBe(2);
    expect(combinedShare(d, ['1', '2'])).toBeCloseTo(4 / 5, 12);
  });

  it('gives undefined shares, never 0, when nobody answered', () => {
    const d = distribution([row('a', null)], q);
    expect(d.n).toBe(0);
    expect(d.shares).toEqual({ '1': undefined, '2': undefined, '9': undefined });
    expect(combinedShare(d, ['1'])).toBeUndefined();
  });

  it('reads numeric text as its code', () => {
    expect(classifyAnswer(' 9 ', q.options)).toMatchObject({ key: '9', neutral: true });
    expect(classifyAnswer('1,5', q.options)).toBe('invalid');
    expect(classifyAnswer(undefined, q.options)).toBe('blank');
  });
});

describe('questions from the codebook', () => {
  const cb = loadCodebook(join(PROJECT_ROOT, 'data', 'codebooks', 'is248-codebook.yaml'));

  it('marks "Vet ikke" as neutral and keeps codebook order', () => {
    const h = choiceQuestion(cb, 'HENV_B_PH');
    expect(h.options.map((o) => o.code)).toEqual([1, 2, 3, 4, 5, 9]);
    expect(h.options.filter((o) => o.neutral).map((o) => o.label)).toEqual(['Vet ikke']);
  });

  it('asks questions only in their years', () => {
    expect(yearsAsked(choiceQuestion(cb, 'HENV_B_PH'), [2019, 2020, 2021, 2022, 2023, 2024], 2023)).toEqual([2021, 2022, 2023]);
    expect(yearsAsked(choiceQuestion(cb, 'OH_DOGN'), [2015, 2016, 2017, 2018], 2018)).toEqual([2017, 2018]);
  });

  it('rejects questions that are not choice questions', () => {
    expect(() => choiceQuestion(cb, 'RPH_ARSVERK')).toThrow(/not a choice question/);
    expect(() => choiceQuestion(cb, 'NOPE')).toThrow(/no question NOPE/);
  });
});
