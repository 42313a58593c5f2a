// Colour scales made from the tokens: the ordered (diverging) answer scale, the valence scale for answers with
// a good and a bad end, and the map's sequential classes.
import { CATEGORICAL, DIVERGING_5, NEUTRAL, SEQUENTIAL } from './tokens.ts';

/** Colours of an ordered scale of n answers (stor nedgang … stor økning), from DIVERGING_5; categorical
 * hues when n is above 5. */
export function orderedColours(n: number): string[] {
  const d = DIVERGING_5;
  if (n === 5) return [...d];
  if (n === 4) return [d[0], d[1], d[3], d[4]];
  if (n === 3) return [d[0], d[2], d[4]];
  if (n === 2) return [d[0], d[4]];
  return Array.from({ length: n }, (_, i) => CATEGORICAL[i % CATEGORICAL.length]!);
}

/**
 * Valence: an answer's place on a scale with a good and a bad end, as a signed step from the middle
 * (…, −2, −1 on the bad side, 0 the middle, 1, 2, … on the good side), or 'outside' for answers off the
 * scale ("Vet ikke", "Ikke svart").
 */
export type Valence = number | 'outside';

/** The valence scale: the good side in the diverging scale's blues, the bad side in its oranges, the middle
 * in its light grey, answers outside the scale in the neutral grey. The step farthest out on a side is the
 * dark shade, the others the light one. */
export const VALENCE = {
  good: [DIVERGING_5[1], DIVERGING_5[0]],
  bad: [DIVERGING_5[3], DIVERGING_5[4]],
  middle: DIVERGING_5[2],
  outside: NEUTRAL,
} as const;

/** One fill per answer, e.g. valenceColours([2, 1, 0, -1, -2, 'outside']) for "Svært godt" … "Svært dårlig", "Vet ikke". */
export function valenceColours(answers: readonly Valence[]): string[] {
  const steps = answers.filter((a): a is number => a !== 'outside');
  for (const s of steps) if (!Number.isInteger(s)) throw new RangeError(`valence step must be an integer, got ${s}`);
  const farGood = Math.max(0, ...steps);
  const farBad = Math.min(0, ...steps);
  return answers.map((a) => {
    if (a === 'outside') return VALENCE.outside;
    if (a === 0) return VALENCE.middle;
    if (a > 0) return VALENCE.good[a === farGood ? 1 : 0];
    return VALENCE.bad[a === farBad ? 1 : 0];
  });
}

/**
 * The valence steps of an ordered scale of `count` answers in form order, the good end first or last: 5 →
 * [2, 1, 0, −1, −2], 4 → [2, 1, −1, −2], 3 → [1, 0, −1], 2 → [1, −1]; reversed when the first answer is the bad end.
 */
export function valenceSteps(count: number, goodFirst: boolean): Valence[] {
  const half = Math.floor(count / 2);
  const steps = Array.from({ length: count }, (_, i) => (count % 2 === 1 ? half - i : i < half ? half - i : half - i - 1));
  return goodFirst ? steps : steps.reverse();
}

/** The map's class colours for k classes (3–6), light to dark. */
export function sequentialColours(k: number): readonly string[] {
  return SEQUENTIAL[Math.min(6, Math.max(3, k))]!;
}
