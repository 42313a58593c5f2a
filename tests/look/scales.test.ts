// The look's colour scales: the valence scale (issue 15's ordered survey answers with a good and a bad end)
// and the ordered answer scale.
import { describe, expect, it } from 'vitest';
import { contrastRatio, orderedColours, valenceColours } from '../../pipeline/look/index.ts';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const hue = (hex: string): 'blue' | 'orange' | 'grey' => {
  const [r, g, b] = rgb(hex);
  if (r === g && g === b) return 'grey';
  return b > r ? 'blue' : 'orange';
};
/** Darker = lower relative luminance, as contrast against white. */
const darker = (a: string, b: string) => contrastRatio(a, '#FFFFFF') > contrastRatio(b, '#FFFFFF');

describe('valence scale', () => {
  it('draws the good side blue, the bad side orange, the middle and answers outside the scale grey', () => {
    const c = valenceColours([2, 1, 0, -1, -2, 'outside']);
    expect(c.map(hue)).toEqual(['blue', 'blue', 'grey', 'orange', 'orange', 'grey']);
    expect(darker(c[0]!, c[1]!)).toBe(true);
    expect(darker(c[4]!, c[3]!)).toBe(true);
    expect(c[2]).not.toBe(c[5]);
    expect(new Set(c).size).toBe(6);
  });

  it('follows the answers, whichever end comes first, with or without a middle', () => {
    const badFirst = valenceColours(['outside', -2, -1, 1, 2]);
    expect(badFirst.map(hue)).toEqual(['grey', 'orange', 'orange', 'blue', 'blue']);
    expect(badFirst).toEqual([...valenceColours([2, 1, -1, -2, 'outside'])].reverse());
    // A three-point scale: the ends are the dark shades.
    const three = valenceColours([1, 0, -1]);
    expect(three.map(hue)).toEqual(['blue', 'grey', 'orange']);
    expect(three[0]).toBe(badFirst[4]);
  });

  it('refuses steps that are not whole numbers', () => {
    expect(() => valenceColours([0.5])).toThrow(/integer/);
  });
});

describe('ordered answer scale', () => {
  it('runs from blue through grey to orange for an odd number of answers', () => {
    expect(orderedColours(5).map(hue)).toEqual(['blue', 'blue', 'grey', 'orange', 'orange']);
    expect(orderedColours(3).map(hue)).toEqual(['blue', 'grey', 'orange']);
    expect(orderedColours(4).map(hue)).toEqual(['blue', 'blue', 'orange', 'orange']);
  });
});
