// Rates and changes. Missing-data rule: any missing or non-finite input gives `undefined`; a zero
// denominator gives `undefined` (no population, no rate), never Infinity or 0.
import type { Maybe } from './summary.ts';

function ok(x: Maybe): x is number {
  return x !== null && x !== undefined && Number.isFinite(x);
}

/** Årsverk per 10 000 inhabitants in the target group. */
export function per10000(arsverk: Maybe, population: Maybe): number | undefined {
  return ok(arsverk) && ok(population) && population > 0 ? (arsverk / population) * 10_000 : undefined;
}

/** Årsverk per 1 000 inhabitants. */
export function per1000(arsverk: Maybe, population: Maybe): number | undefined {
  return ok(arsverk) && ok(population) && population > 0 ? (arsverk / population) * 1_000 : undefined;
}

/** Change from `before` to `after`, absolute. */
export function change(before: Maybe, after: Maybe): number | undefined {
  return ok(before) && ok(after) ? after - before : undefined;
}

/** Relative change as a share (0.021 = 2,1 %); undefined when `before` is 0 or missing. */
export function relativeChange(before: Maybe, after: Maybe): number | undefined {
  return ok(before) && ok(after) && before !== 0 ? (after - before) / before : undefined;
}

/** Share `count / n`, with its n, so every share can be shown with the number it rests on. */
export interface Share {
  count: number;
  n: number;
  share: number | undefined;
}

export function share(count: number, n: number): Share {
  return { count, n, share: n > 0 ? count / n : undefined };
}
