// Survey answers of the reporting units, for the questions the codebook lists for the year. Coded answers
// are handed out by quota: each unit's leaning (a persistent latent, plus a size term for questions where
// larger units more often say yes) ranks the units, and the year's shares fix how many get each answer.
// So shares land on the published ones, larger units more often have RPH, FACT or evening services, and a
// unit's answers persist from year to year.
import type { YearCodebook } from '../codebook/index.ts';
import type { AnswerValue, Group, UnitCode } from '../types.ts';
import { interpolate, largestRemainder } from './allocate.ts';
import { chooseComments, jumpComment } from './comments.ts';
import type { SampleUnit } from './model.ts';
import type { Rng } from './random.ts';
import { latentOf, type States } from './state.ts';
import { hashSeed, rngFor } from './random.ts';
import { CHOICES, DEFAULT_MULTI, defaultChoiceSpec, MULTI, NO_CHANGE_LIMIT, RECALCULATED, type ChoiceSpec } from './survey-shares.ts';

/** Share of questions a `delvis` unit leaves blank. */
const PARTIAL_BLANK_SHARE = 0.4;

export interface SurveyInput {
  codebook: YearCodebook;
  /** Reporting units (levert or delvis). */
  units: SampleUnit[];
  partial: ReadonlySet<UnitCode>;
  states: States;
  totals: ReadonlyMap<UnitCode, Record<Group, number>>;
  /** Last year's reported totals of the unit's predecessors, when all of them reported. */
  previousTotals: (unit: SampleUnit) => Record<Group, number> | undefined;
  /** The unit with the designed jump this year, which comments on it. */
  jumpUnit?: UnitCode;
}

export type Answers = Record<string, AnswerValue>;

export function surveyAnswers(input: SurveyInput, rng: Rng): Map<UnitCode, Answers> {
  const { codebook, units } = input;
  const out = new Map<UnitCode, Answers>(units.map((u) => [u.code, {}]));
  const blank = new Map<UnitCode, Set<string>>();
  const coded = codebook.questions.filter((q) => q.def.type !== 'text').map((q) => q.code);
  for (const u of units) {
    if (!input.partial.has(u.code)) continue;
    const skipped = coded.filter(() => rng.uniform() < PARTIAL_BLANK_SHARE);
    blank.set(u.code, new Set(skipped.length ? skipped : [rng.pick(coded)]));
  }
  const answering = (code: string) => units.filter((u) => !blank.get(u.code)?.has(code));
  const sizeScore = standardisedLogSize(units);

  for (const q of codebook.questions) {
    const set = (u: SampleUnit, v: AnswerValue) => (out.get(u.code)![q.code] = v);
    for (const u of units) set(u, null);
    if (q.kind === 'multi') {
      if (q.none) continue; // set below, from the other options
      const m = MULTI[q.question]?.[q.part!] ?? DEFAULT_MULTI;
      const spec: ChoiceSpec = { order: [1, 0], sizeBeta: m.sizeBeta, shares: Object.fromEntries(Object.entries(m.shares).map(([y, p]) => [y, { 1: p, 0: 1 - p }])) };
      assignByQuota(answering(q.code), q.code, spec, codebook.year, sizeScore, input.states, rng).forEach((v, code) => (out.get(code)![q.code] = v === 1 ? 1 : null));
    } else if (q.def.type === 'choice') {
      const recalculated = RECALCULATED[q.code];
      if (recalculated) {
        assignRecalculated(answering(q.code), recalculated, input, rng).forEach((v, code) => (out.get(code)![q.code] = v));
        continue;
      }
      const spec = CHOICES[q.code] ?? defaultChoiceSpec(Object.keys(q.def.values).map(Number), q.def.years[0]);
      assignByQuota(answering(q.code), q.code, spec, codebook.year, sizeScore, input.states, rng).forEach(
        (v, code) => (out.get(code)![q.code] = v),
      );
    } else if (q.def.type === 'number') {
      for (const u of answering(q.code)) set(u, numberAnswer(q.code, u, out.get(u.code)!, rng));
    }
  }
  // A multi-select's "none" option: checked by the units that checked no other option.
  for (const q of codebook.questions.filter((c) => c.none)) {
    const others = codebook.questions.filter((c) => c.question === q.question && !c.none).map((c) => c.code);
    for (const u of answering(q.code)) {
      const a = out.get(u.code)!;
      a[q.code] = others.some((c) => a[c] === 1) ? null : 1;
    }
  }
  // Conditional questions stay blank where their condition is not met.
  for (const q of codebook.questions) {
    const condition = 'asked_if' in q.def ? q.def.asked_if : undefined;
    if (!condition) continue;
    for (const u of units) {
      const a = out.get(u.code)!;
      const met = Object.entries(condition).every(([dep, allowed]) => typeof a[dep] === 'number' && allowed.includes(a[dep]));
      if (!met) a[q.code] = null;
    }
  }
  const text = codebook.questions.find((q) => q.def.type === 'text');
  if (text) {
    const comments = chooseComments(units.filter((u) => u.code !== input.jumpUnit).map((u) => u.code), codebook.year, rng);
    if (input.jumpUnit) comments.set(input.jumpUnit, jumpComment(codebook.year));
    comments.forEach((comment, code) => (out.get(code)![text.code] = comment));
  }
  return out;
}

function standardisedLogSize(units: SampleUnit[]): Map<UnitCode, number> {
  const logs = units.map((u) => Math.log(u.population.total));
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / logs.length) || 1;
  return new Map(units.map((u, i) => [u.code, (logs[i]! - mean) / sd]));
}

/** Largest yearly move of a share between anchor years (and after the last one): a few points, as published shares move. */
const YEARLY_DRIFT = 0.035;

/**
 * The year's shares: interpolated between the anchor years, which are met exactly; in other years each share
 * moves by up to a few points (deterministic per question and year), so national shares are never the same to
 * the percent year after year, as published ones are not.
 */
function sharesFor(spec: ChoiceSpec, year: number, question: string): number[] {
  const years = Object.keys(spec.shares).map(Number);
  let raw = spec.order.map((code) => interpolate(Object.fromEntries(years.map((y) => [y, spec.shares[y]![code] ?? 0])), year));
  if (!years.includes(year)) {
    const drift = rngFor(hashSeed([question, year]), 'drift');
    raw = raw.map((x) => (x > 0 ? Math.max(0.005, x + YEARLY_DRIFT * (2 * drift.uniform() - 1) * 2 * Math.sqrt(x * (1 - Math.min(x, 1)))) : 0));
  }
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / sum);
}

function assignByQuota(
  units: SampleUnit[],
  question: string,
  spec: ChoiceSpec,
  year: number,
  sizeScore: ReadonlyMap<UnitCode, number>,
  states: States,
  rng: Rng,
): Map<UnitCode, number> {
  const score = (u: SampleUnit) => spec.sizeBeta * sizeScore.get(u.code)! + latentOf(states.get(u.code)!, question, rng);
  const ranked = units.map((u) => ({ u, s: score(u) })).sort((a, b) => b.s - a.s || (a.u.code < b.u.code ? -1 : 1));
  const quotas = largestRemainder(units.length, sharesFor(spec, year, question));
  const out = new Map<UnitCode, number>();
  let next = 0;
  spec.order.forEach((code, k) => {
    for (let n = 0; n < quotas[k]!; n++) out.set(ranked[next++]!.u.code, code);
  });
  if (spec.secondOfPair) {
    const [first, second] = spec.secondOfPair.codes;
    const pair = ranked.map((r) => r.u).filter((u) => out.get(u.code) === first || out.get(u.code) === second);
    const nSecond = pair.filter((u) => out.get(u.code) === second).length;
    const key = `${question}:${second}`;
    pair
      .map((u) => ({ u, s: spec.secondOfPair!.sizeBeta * sizeScore.get(u.code)! + latentOf(states.get(u.code)!, key, rng) }))
      .sort((a, b) => b.s - a.s || (a.u.code < b.u.code ? -1 : 1))
      .forEach(({ u }, n) => out.set(u.code, n < nSecond ? second : first));
  }
  return out;
}

function assignRecalculated(
  units: SampleUnit[],
  rule: (typeof RECALCULATED)[string],
  input: SurveyInput,
  rng: Rng,
): Map<UnitCode, number> {
  const count = rule.count[input.codebook.year] ?? 0;
  const recalculated = new Set(rng.shuffle(units).slice(0, count).map((u) => u.code));
  const out = new Map<UnitCode, number>();
  for (const u of units) {
    if (recalculated.has(u.code)) {
      out.set(u.code, 2);
      continue;
    }
    const before = input.previousTotals(u)?.[rule.group];
    const now = input.totals.get(u.code)![rule.group];
    const unchanged = before !== undefined && before > 0 && Math.abs(now - before) / before < NO_CHANGE_LIMIT;
    out.set(u.code, unchanged ? 3 : 1);
  }
  return out;
}

/** RPH_ARSVERK: own teams scale with population (1–20 årsverk); inter-municipal shares are small. */
function numberAnswer(question: string, unit: SampleUnit, answers: Answers, rng: Rng): AnswerValue {
  if (question !== 'RPH_ARSVERK') throw new Error(`sample-data has no rule for number question ${question}`);
  const rph = answers.RPH;
  if (rph === 1) {
    const value = (1 + (2 * unit.population.total) / 25_000) * Math.exp(rng.normal(0, 0.25));
    return Math.min(20, Math.round(value * 10) / 10);
  }
  if (rph === 2) return Math.round((0.3 + rng.uniform() * 1.2) * 10) / 10;
  return null;
}
