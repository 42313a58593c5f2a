// The size-group logistic regression: with one categorical predictor the MLE odds ratios equal the cross-tab
// odds ratios (a/b)/(c/d), and the Wald interval uses the textbook SE sqrt(1/a + 1/b + 1/c + 1/d).
import { describe, expect, it } from 'vitest';
import { sizeGroupLogit, type LogitObservation } from '../../pipeline/survey/index.ts';
import type { SizeGroupId } from '../../pipeline/types.ts';

function obs(group: SizeGroupId, events: number, nonEvents: number): LogitObservation[] {
  return [...Array.from({ length: events }, () => ({ group, y: 1 as const })), ...Array.from({ length: nonEvents }, () => ({ group, y: 0 as const }))];
}

describe('sizeGroupLogit', () => {
  const data = [...obs('lt2000', 12, 30), ...obs('2000-4999', 25, 55), ...obs('ge50000', 9, 6), ...obs('bydel', 0, 14)];

  it('matches the cross-tab odds ratios and Woolf intervals', () => {
    const fit = sizeGroupLogit(data);
    expect(fit.reference).toBe('2000-4999'); // most observations among groups with variation
    const ref = { a: 25, b: 55 };
    for (const [group, a, b] of [
      ['lt2000', 12, 30],
      ['ge50000', 9, 6],
    ] as const) {
      const t = fit.terms.find((x) => x.group === group)!;
      const or = a / b / (ref.a / ref.b);
      const se = Math.sqrt(1 / a + 1 / b + 1 / ref.a + 1 / ref.b);
      expect(t.estimate).toBeCloseTo(or, 8);
      expect(t.lower).toBeCloseTo(or * Math.exp(-1.959963984540054 * se), 6);
      expect(t.upper).toBeCloseTo(or * Math.exp(1.959963984540054 * se), 6);
      expect(t.n).toBe(a + b);
      expect(t.events).toBe(a);
    }
  });

  it('leaves a group without variation out of the model, with its counts', () => {
    const fit = sizeGroupLogit(data);
    const b = fit.terms.find((x) => x.group === 'bydel')!;
    expect(b).toMatchObject({ n: 14, events: 0, estimate: null, excluded: 'no-events' });
    expect(fit.n).toBe(42 + 80 + 15);
    expect(fit.terms.map((t) => t.group)).toEqual(['lt2000', '2000-4999', 'ge50000', 'bydel']);
  });

  it('accepts a chosen reference group', () => {
    const fit = sizeGroupLogit(data, 'ge50000');
    const t = fit.terms.find((x) => x.group === 'lt2000')!;
    expect(t.estimate).toBeCloseTo(12 / 30 / (9 / 6), 8);
    expect(() => sizeGroupLogit(data, 'bydel')).toThrow(/reference/);
  });
});
