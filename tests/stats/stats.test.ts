import { describe, expect, it } from 'vitest';
import { change, KahanSum, max, mean, median, min, per1000, per10000, quantile, relativeChange, share, sum } from '../../pipeline/stats/index.ts';

describe('summary statistics: missing-data rule', () => {
  it('skips null, undefined and NaN', () => {
    expect(sum([1.1, null, 2.2, undefined, NaN])).toBeCloseTo(3.3, 12);
    expect(mean([1, null, 3])).toBe(2);
    expect(median([5, null, 1, 3])).toBe(3);
    expect(min([null, 4, 2])).toBe(2);
    expect(max([null, 4, 2])).toBe(4);
  });

  it('returns undefined, not 0, when nothing is observed', () => {
    for (const f of [sum, mean, median, min, max]) expect(f([null, undefined, NaN])).toBeUndefined();
    expect(sum([])).toBeUndefined();
  });

  it('sums many tenths without drift', () => {
    expect(sum(Array.from({ length: 100_000 }, () => 0.1))).toBe(10_000);
  });

  it('computes quantiles like R type 7', () => {
    const xs = [3, 1, 4, 1, 5, 9, 2, 6];
    // sorted: 1 1 2 3 4 5 6 9; p=0.25 → h = 1.75 → 1 + 0.75·(2−1)
    expect(quantile(xs, 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 1)).toBe(9);
    expect(() => quantile(xs, 1.5)).toThrow(RangeError);
  });
});

describe('rates and changes', () => {
  it('computes per 10 000 and per 1 000, undefined without population', () => {
    expect(per10000(3991, 1_112_191)).toBeCloseTo(35.884, 3);
    expect(per1000(17_436, 5_488_984)).toBeCloseTo(3.1765, 4);
    expect(per10000(5, 0)).toBeUndefined();
    expect(per10000(null, 100)).toBeUndefined();
  });

  it('computes absolute and relative change', () => {
    expect(change(17_074, 17_436)).toBe(362);
    expect(relativeChange(17_074, 17_436)).toBeCloseTo(0.0212, 4);
    expect(relativeChange(0, 5)).toBeUndefined();
    expect(change(undefined, 5)).toBeUndefined();
  });

  it('keeps n with every share', () => {
    expect(share(26, 100)).toEqual({ count: 26, n: 100, share: 0.26 });
    expect(share(0, 0).share).toBeUndefined();
  });
});

describe('KahanSum', () => {
  it('gives what sum gives for the same values in the same order, missing values skipped', () => {
    // Many small values whose naive float sum drifts.
    const values: (number | null | undefined)[] = [];
    for (let i = 0; i < 5000; i++) values.push(i % 7 === 0 ? null : i % 11 === 0 ? undefined : 0.1 + (i % 13) * 0.01);
    const acc = new KahanSum();
    for (const v of values) acc.add(v);
    expect(acc.value()).toBe(sum(values));
    let naive = 0;
    for (const v of values) if (typeof v === 'number') naive += v;
    expect(Math.abs(acc.value()! - naive)).toBeLessThan(1e-6); // the same sum, up to float noise
  });

  it('is undefined when nothing was observed, and 0 for zeros', () => {
    const none = new KahanSum();
    none.add(null);
    none.add(Number.NaN);
    expect(none.value()).toBeUndefined();
    const zeros = new KahanSum();
    zeros.add(0);
    expect(zeros.value()).toBe(0);
  });
});
