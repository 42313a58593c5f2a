// Splitting a whole number into whole parts: tenths of an årsverk across categories, units across answers.

/**
 * Splits `total` into whole parts proportional to `weights` by the largest-remainder method (ties go to
 * the earlier part). All weights zero: everything goes to the last part.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`cannot split ${total} into whole parts`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) throw new Error('no parts to split into');
  if (!(sum > 0)) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left--;
  }
  return parts;
}

/** Linear interpolation between anchor years; constant before the first and after the last. */
export function interpolate(anchors: Readonly<Record<number, number>>, year: number): number {
  const years = Object.keys(anchors).map(Number).sort((a, b) => a - b);
  if (years.length === 0) throw new Error('no anchor years');
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (year <= first) return anchors[first]!;
  if (year >= last) return anchors[last]!;
  const hi = years.find((y) => y >= year)!;
  const lo = years[years.indexOf(hi) - 1]!;
  if (hi === year) return anchors[hi]!;
  return anchors[lo]! + ((year - lo) / (hi - lo)) * (anchors[hi]! - anchors[lo]!);
}
