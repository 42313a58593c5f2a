// Distribution of the answers to one choice question over a set of units.
//
// Missing-data rule: n counts the units that gave one of the codebook's answers, "Vet ikke" included (the unit
// answered, and the published shares count it in the denominator). A blank answer (null or empty text) is not
// an answer; neither is a code the codebook does not list (validation reports those), nor a unit that did not
// send the form (it has no AnswerRow). A question that was not on the year's form is absent from the row and
// not counted at all. Shares are `undefined` when n is 0, never 0.
import type { AnswerRow, AnswerValue } from '../types.ts';
import type { AnswerOption, ChoiceQuestion } from './questions.ts';

export interface Distribution {
  /** Units that answered (any listed code, "Vet ikke" included). */
  n: number;
  /** Units per answer key (every option present, 0 when nobody chose it). */
  counts: Record<string, number>;
  /** count / n per answer key; undefined when n is 0. */
  shares: Record<string, number | undefined>;
  /** Units that sent the form with this question on it but left it blank. */
  blank: number;
  /** Units whose answer is not a code of the codebook (not counted in n). */
  invalid: number;
}

/** The option an answer value means, or 'blank' / 'invalid'. Numeric text ("3") is read as its number. */
export function classifyAnswer(value: AnswerValue | undefined, options: readonly AnswerOption[]): AnswerOption | 'blank' | 'invalid' {
  if (value === null || value === undefined) return 'blank';
  if (typeof value === 'string' && value.trim() === '') return 'blank';
  const num = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return options.find((o) => o.code === num) ?? 'invalid';
}

export function emptyDistribution(q: ChoiceQuestion): Distribution {
  return {
    n: 0,
    counts: Object.fromEntries(q.options.map((o) => [o.key, 0])),
    shares: Object.fromEntries(q.options.map((o) => [o.key, undefined])),
    blank: 0,
    invalid: 0,
  };
}

/**
 * Whether a unit was asked a question with `asked_if` (another answer among the listed codes); a unit that was
 * not asked is not counted at all, neither in n nor as blank.
 */
export function meetsCondition(row: AnswerRow, askedIf: Record<string, number[]> | undefined): boolean {
  if (!askedIf) return true;
  return Object.entries(askedIf).every(([dep, allowed]) => {
    const v = row.answers[dep];
    const num = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    return allowed.includes(num);
  });
}

/** The distribution of `q`'s answers over `rows` (rows where the question was not asked are skipped). */
export function distribution(rows: Iterable<AnswerRow>, q: ChoiceQuestion): Distribution {
  const d = emptyDistribution(q);
  for (const row of rows) {
    if (!Object.hasOwn(row.answers, q.code)) continue;
    if (!meetsCondition(row, q.askedIf)) continue;
    const c = classifyAnswer(row.answers[q.code], q.options);
    if (c === 'blank') d.blank++;
    else if (c === 'invalid') d.invalid++;
    else {
      d.n++;
      d.counts[c.key] = (d.counts[c.key] ?? 0) + 1;
    }
  }
  for (const o of q.options) d.shares[o.key] = d.n > 0 ? (d.counts[o.key] ?? 0) / d.n : undefined;
  return d;
}

/** Sum of the shares of several answer keys (e.g. "stor" + "liten økning"); undefined when n is 0. */
export function combinedShare(d: Distribution, keys: readonly string[]): number | undefined {
  return d.n > 0 ? keys.reduce((s, k) => s + (d.counts[k] ?? 0), 0) / d.n : undefined;
}
