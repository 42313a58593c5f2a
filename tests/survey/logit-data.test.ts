// The henvendelser model on the sample data against the cross-tab odds ratios, computed here from
// panel.answers with a plain loop.
import { beforeAll, describe, expect, it } from 'vitest';
import { sizeGroupLabel } from '../../pipeline/reference/index.ts';
import type { ComputeInput } from '../../pipeline/registry/types.ts';
import { henvendelserLogitTable } from '../../pipeline/tables/henvendelser-logit.ts';
import type { SizeGroupId } from '../../pipeline/types.ts';
import { sampleInput } from './data.ts';

let input: ComputeInput;
beforeAll(async () => {
  input = await sampleInput();
});

describe('henvendelser-logit', () => {
  it.each([
    ['HENV_B_PH', 'Barn og unge, psykisk helse'],
    ['HENV_V_PH', 'Voksne, psykisk helse'],
  ])('%s: odds ratios equal the cross-tab odds ratios', (question, label) => {
    const R = input.reportYear;
    const groupOf = new Map(input.panel.rows.filter((r) => r.year === R).map((r) => [r.code, r.sizeGroup]));
    const cells = new Map<SizeGroupId, { a: number; b: number }>();
    for (const ans of input.panel.answers) {
      if (ans.year !== R) continue;
      const v = ans.answers[question];
      if (typeof v !== 'number' || v < 1 || v > 5) continue; // "Vet ikke" (9) and blanks out
      const g = groupOf.get(ans.code)!;
      const c = cells.get(g) ?? { a: 0, b: 0 };
      if (v === 5) c.a++;
      else c.b++;
      cells.set(g, c);
    }
    // Reference: the group with the most answers
    const [refGroup, ref] = [...cells].sort((x, y) => y[1].a + y[1].b - (x[1].a + x[1].b))[0]!;
    const rows = henvendelserLogitTable.compute(input).rows.filter((r) => r.cells['malgruppe'] === label);
    expect(rows).toHaveLength(cells.size);
    for (const [g, c] of cells) {
      const row = rows.find((r) => String(r.cells['gruppe']).startsWith(sizeGroupLabel(g)))!;
      expect(row.cells['n']).toBe(c.a + c.b);
      expect(row.cells['stor']).toBe(c.a);
      if (g === refGroup) {
        expect(row.cells['gruppe']).toContain('referanse');
        expect(row.cells['or']).toBe(1);
        continue;
      }
      const or = c.a / c.b / (ref.a / ref.b);
      const se = Math.sqrt(1 / c.a + 1 / c.b + 1 / ref.a + 1 / ref.b);
      expect(row.cells['or'] as number).toBeCloseTo(or, 6);
      expect(row.cells['lower'] as number).toBeCloseTo(or * Math.exp(-1.96 * se), 3);
      expect(row.cells['upper'] as number).toBeCloseTo(or * Math.exp(1.96 * se), 2);
    }
  });
});
