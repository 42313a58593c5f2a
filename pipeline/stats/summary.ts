// Small descriptive statistics. Missing-data rule for all of them: null, undefined and NaN are skipped;
// when nothing is observed the result is `undefined`, never 0 (a sum of nothing observed is not zero årsverk).

export type Maybe = number | null | undefined;

/** The missing-data rule: null, undefined and NaN are not observed. */
function isObserved(v: Maybe): v is number {
  return v !== null && v !== undefined && !Number.isNaN(v);
}

function observed(values: Iterable<Maybe>): number[] {
  const out: number[] = [];
  for (const v of values) if (isObserved(v)) out.push(v);
  return out;
}

export function sum(values: Iterable<Maybe>): number | undefined {
  const acc = new KahanSum();
  for (const v of values) acc.add(v);
  return acc.value();
}

/**
 * A running `sum`: add values one at a time (missing ones are skipped), read the sum; the same result as
 * `sum` over the same values in the same order. For summing many columns in one pass over the rows.
 */
export class KahanSum {
  // Kahan summation: many small årsverk values should add up exactly as a spreadsheet would.
  private s = 0;
  private c = 0;
  private n = 0;

  add(x: Maybe): void {
    if (!isObserved(x)) return;
    const y = x - this.c;
    const t = this.s + y;
    this.c = t - this.s - y;
    this.s = t;
    this.n++;
  }

  /** Undefined when nothing was observed. */
  value(): number | undefined {
    return this.n === 0 ? undefined : this.s;
  }
}

export function mean(values: Iterable<Maybe>): number | undefined {
  const xs = observed(values);
  return xs.length ? sum(xs)! / xs.length : undefined;
}

/** Quantile by linear interpolation between order statistics (R type 7, like d3.quantile). */
export function quantile(values: Iterable<Maybe>, p: number): number | undefined {
  if (p < 0 || p > 1) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
  const xs = observed(values).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return xs[lo]! + (xs[hi]! - xs[lo]!) * (h - lo);
}

export function median(values: Iterable<Maybe>): number | undefined {
  return quantile(values, 0.5);
}

export function min(values: Iterable<Maybe>): number | undefined {
  const xs = observed(values);
  return xs.length ? Math.min(...xs) : undefined;
}

export function max(values: Iterable<Maybe>): number | undefined {
  const xs = observed(values);
  return xs.length ? Math.max(...xs) : undefined;
}
