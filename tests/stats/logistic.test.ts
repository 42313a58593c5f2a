import { describe, expect, it } from 'vitest';
import { dummyCode, logisticRegression } from '../../pipeline/stats/index.ts';

/** Expands a 2×k table of counts into observations. */
function expand(groups: { level: string; yes: number; no: number }[]) {
  const levels: string[] = [];
  const y: (0 | 1)[] = [];
  for (const g of groups) {
    for (let i = 0; i < g.yes + g.no; i++) {
      levels.push(g.level);
      y.push(i < g.yes ? 1 : 0);
    }
  }
  return { levels, y };
}

describe('logistic regression (IRLS)', () => {
  it('reproduces the closed-form odds ratio and Woolf interval of a 2×2 table', () => {
    const a = 30, b = 70, c = 15, d = 85; // exposed yes/no, reference yes/no
    const { levels, y } = expand([
      { level: 'ref', yes: c, no: d },
      { level: 'exp', yes: a, no: b },
    ]);
    const fit = logisticRegression(dummyCode(levels, ['ref', 'exp'], 'ref'), y);
    const or = (a * d) / (b * c);
    const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
    expect(fit.converged).toBe(true);
    expect(fit.oddsRatios[1]!.estimate).toBeCloseTo(or, 8);
    expect(fit.standardErrors[1]).toBeCloseTo(se, 8);
    expect(fit.oddsRatios[1]!.lower).toBeCloseTo(or * Math.exp(-1.959963984540054 * se), 8);
    expect(fit.oddsRatios[0]!.estimate).toBeCloseTo(c / d, 8);
  });

  it('gives each level its odds relative to the reference in a saturated model with four levels', () => {
    const groups = [
      { level: 'small', yes: 12, no: 40 },
      { level: 'medium', yes: 25, no: 50 },
      { level: 'large', yes: 30, no: 30 },
      { level: 'city', yes: 8, no: 4 },
    ];
    const { levels, y } = expand(groups);
    const fit = logisticRegression(dummyCode(levels, groups.map((g) => g.level), 'small'), y);
    const refOdds = 12 / 40;
    groups.slice(1).forEach((g, i) => expect(fit.oddsRatios[i + 1]!.estimate).toBeCloseTo(g.yes / g.no / refOdds, 8));
  });

  it('fails clearly on a level with no variation and on empty input', () => {
    const { levels, y } = expand([
      { level: 'a', yes: 5, no: 5 },
      { level: 'b', yes: 0, no: 0 },
    ]);
    expect(() => logisticRegression(dummyCode(levels, ['a', 'b'], 'a'), y)).toThrow(/singular/);
    expect(() => logisticRegression([], [])).toThrow(/no observations/);
  });
});
