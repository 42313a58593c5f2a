// The fact sheets' hand-drawn charts take their value scales from charts/scale.ts; the report's charts get
// theirs from Vega. Both must follow one rule: the ticks and the nice domain ends computed here must be the
// ones Vega draws on an axis with the same domain, nice and tick count.
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { linearScale, yearDomain } from '../../pipeline/charts/scale.ts';

/** The tick labels Vega draws on the x axis of a chart over [lo, hi] with `nice: count` and `tickCount: count`. */
async function vegaTicks(lo: number, hi: number, count: number): Promise<number[]> {
  const spec = {
    width: 300,
    height: 40,
    data: { values: [{ v: lo }, { v: hi }] },
    mark: 'point',
    encoding: {
      x: { field: 'v', type: 'quantitative', scale: { nice: count, zero: false }, axis: { tickCount: count, format: '.10~g', labelOverlap: false } },
    },
  } as unknown as TopLevelSpec;
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  await view.runAsync();
  const svg = await view.toSVG();
  view.finalize();
  const axis = svg.slice(svg.indexOf('role-axis-label'));
  return [...axis.slice(0, axis.indexOf('</g>')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => Number(m[1]!.replace('−', '-')));
}

describe('linear scales shared with Vega', () => {
  const cases: [number, number, number][] = [
    [0, 34.9, 4],
    [0, 41, 4],
    [0, 7.9, 5],
    [0, 45, 5],
    [12.3, 187.4, 5],
    [0, 1, 1],
    [0, 0.37, 4],
  ];
  for (const [lo, hi, count] of cases) {
    it(`ticks over [${lo}, ${hi}] with ${count} ticks match Vega's axis`, async () => {
      const ours = linearScale(lo, hi, [0, 300], count);
      const theirs = await vegaTicks(lo, hi, count);
      expect(theirs.length).toBeGreaterThan(1);
      expect(ours.ticks).toEqual(theirs);
      // The nice domain ends on ticks, and covers the data.
      expect(ours.domain[0]).toBe(ours.ticks[0]);
      expect(ours.domain[1]).toBe(ours.ticks[ours.ticks.length - 1]);
      expect(ours.domain[0]).toBeLessThanOrEqual(lo);
      expect(ours.domain[1]).toBeGreaterThanOrEqual(hi);
      expect(ours.map(ours.domain[0])).toBe(0);
      expect(ours.map(ours.domain[1])).toBe(300);
    });
  }

  it('gives the year axis 0,4 year on each side', () => {
    expect(yearDomain([2016, 2015, 2024])).toEqual([2014.6, 2024.4]);
  });
});
