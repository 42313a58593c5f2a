// The core aggregations against plain loops over the panel rows (no aggregate helper used for the expected side).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  byFylke,
  byHealthRegion,
  bySizeGroup,
  changeFromLastYear,
  changeSplit,
  comparable,
  largestKommuner,
  nationalSum,
  osloSum,
  seriesBreaks,
  sumRows,
} from '../../pipeline/aggregate/index.ts';
import { crosswalk } from '../../pipeline/harmonise/index.ts';
import type { ComputeInput } from '../../pipeline/registry/types.ts';
import type { PanelRow } from '../../pipeline/types.ts';
import { sampleInput } from './input.ts';

let input: ComputeInput;
beforeAll(async () => {
  input = await sampleInput();
});

function loopSum(rows: PanelRow[]) {
  let V = 0, B = 0, pop = 0, young = 0, adult = 0;
  for (const r of rows) {
    V += r.total.V;
    B += r.total.B;
    pop += r.population.total;
    young += r.population.age0_17;
    adult += r.population.age18plus;
  }
  return { V, B, pop, young, adult };
}

describe('national sums', () => {
  it('equal the sum over units in every year, with rates on the national population', () => {
    const { panel, reference } = input;
    for (const year of panel.years) {
      const rows = panel.rows.filter((r) => r.year === year);
      const e = loopSum(rows);
      const n = nationalSum(panel, reference, year);
      expect(n.units).toBe(panel.units.length);
      expect(n.arsverk.V).toBeCloseTo(e.V, 6);
      expect(n.arsverk.B).toBeCloseTo(e.B, 6);
      expect(n.arsverk.all).toBeCloseTo(e.V + e.B, 6);
      const pop = reference.population.get(year)!.get('00')!;
      expect(n.per10000.V).toBeCloseTo((e.V / pop.age18plus) * 10000, 8);
      expect(n.per10000.B).toBeCloseTo((e.B / pop.age0_17) * 10000, 8);
      expect(n.per1000).toBeCloseTo(((e.V + e.B) / pop.total) * 1000, 8);
    }
  });

  it('match the published 2023 national figures the sample data is calibrated to', () => {
    const n = nationalSum(input.panel, input.reference, 2023);
    expect(Math.round(n.arsverk.all)).toBe(17436);
    expect(Math.round(n.arsverk.V)).toBe(13445);
    expect(Math.round(n.arsverk.B)).toBe(3991);
  });
});

describe('groupings', () => {
  it('size groups partition the units; each sums its own rows', () => {
    const { panel, reportYear } = input;
    const rows = panel.rows.filter((r) => r.year === reportYear);
    const groups = bySizeGroup(panel, reportYear);
    expect(groups.reduce((s, g) => s + g.units, 0)).toBe(rows.length);
    for (const g of groups) {
      const mine = rows.filter((r) => r.sizeGroup === g.key);
      const e = loopSum(mine);
      expect(g.units).toBe(mine.length);
      expect(g.arsverk.V).toBeCloseTo(e.V, 6);
      expect(g.per10000.B).toBeCloseTo((e.B / e.young) * 10000, 8);
      expect(g.per10000.V).toBeCloseTo((e.V / e.adult) * 10000, 8);
    }
    expect(groups.map((g) => g.label)).toContain('Under 2 000');
  });

  it('fylker sum to the nation; Oslo uses Oslo kommune population', () => {
    const { panel, reference, reportYear } = input;
    const fylker = byFylke(panel, reference, reportYear);
    const n = nationalSum(panel, reference, reportYear);
    let V = 0, B = 0;
    for (const f of fylker) {
      V += f.arsverk.V;
      B += f.arsverk.B;
    }
    expect(V).toBeCloseTo(n.arsverk.V, 6);
    expect(B).toBeCloseTo(n.arsverk.B, 6);
    const oslo = fylker.find((f) => f.key === '03')!;
    const osloPop = reference.population.get(reportYear)!.get('0301')!;
    const bydeler = panel.rows.filter((r) => r.year === reportYear && r.code.startsWith('0301'));
    expect(oslo.units).toBe(15);
    expect(oslo.per10000.V).toBeCloseTo((loopSum(bydeler).V / osloPop.age18plus) * 10000, 8);
    expect(osloSum(panel, reference, reportYear).arsverk.all).toBeCloseTo(oslo.arsverk.all, 8);
    // Every other fylke: a plain loop over its units.
    const fylkeOf = new Map(panel.units.map((u) => [u.code, u.fylke]));
    for (const f of fylker.filter((x) => x.key !== '03')) {
      const e = loopSum(panel.rows.filter((r) => r.year === reportYear && fylkeOf.get(r.code) === f.key));
      expect(f.arsverk.B).toBeCloseTo(e.B, 6);
      expect(f.per10000.B).toBeCloseTo((e.B / e.young) * 10000, 8);
    }
  });

  it('helseforetak sum to their RHF and the RHFs to the nation', () => {
    const { panel, reference, reportYear } = input;
    const regions = byHealthRegion(panel, reportYear);
    let all = 0;
    for (const r of regions) {
      let hf = 0;
      for (const h of r.helseforetak) hf += h.arsverk.all;
      expect(hf).toBeCloseTo(r.arsverk.all, 6);
      all += r.arsverk.all;
    }
    expect(all).toBeCloseTo(nationalSum(panel, reference, reportYear).arsverk.all, 6);
  });

  it('the largest kommuner are the most populous, Oslo as a whole first', () => {
    const { panel, reference, reportYear } = input;
    const top = largestKommuner(panel, reference, reportYear, 10);
    expect(top[0]!.name).toBe('Oslo');
    expect(top).toHaveLength(10);
    const kommunePops = panel.rows.filter((r) => r.year === reportYear && r.code.length === 4).map((r) => r.population.total).sort((a, b) => b - a);
    expect(top[1]!.population.total).toBe(kommunePops[0]);
    expect(top[9]!.population.total).toBe(kommunePops[8]);
  });
});

describe('changes and scheme breaks', () => {
  it('never compares years of different schemes', () => {
    const { panel } = input;
    expect(comparable(panel, 2022, 2023)).toBe(true);
    expect(comparable(panel, 2023, 2024)).toBe(false);
    expect(changeFromLastYear(panel, 2024, 100, 120).arsverk).toBeUndefined();
    expect(changeFromLastYear(panel, 2023, 100, 120).arsverk).toBe(20);
    const breaks = seriesBreaks(panel, 2024);
    expect(breaks.map((b) => [b.year, b.joinAcross])).toEqual([[2020, true], [2024, false]]);
  });

  it('reell vekst leaves out exactly the units that answered "endret beregningsmåte"', () => {
    const { panel, reference } = input;
    // Answers are in 2023's own structure; the panel is on 2024 borders (the 2024 county reform renumbered kommuner).
    const cw = crosswalk(reference, 2023, panel.reportYear);
    const answered = panel.answers.filter((a) => a.year === 2023 && a.answers['ENDRING_REELL_V'] === 2).map((a) => a.code);
    const changed = new Set(answered.flatMap((c) => (cw.targets.get(c) ?? [{ code: c }]).map((p) => p.code)));
    expect(answered.filter((c) => !panel.units.some((u) => u.code === c)).length).toBeGreaterThan(0);
    let before = 0, after = 0;
    for (const r of panel.rows) {
      if (changed.has(r.code)) continue;
      if (r.year === 2022) before += r.total.V;
      if (r.year === 2023) after += r.total.V;
    }
    const s = changeSplit(panel, reference, 2023, 'V')!;
    expect(s.changedUnits).toBe(changed.size);
    expect(s.real.arsverk).toBeCloseTo(after - before, 6);
    expect(s.real.relative).toBeCloseTo((after - before) / before, 10);
    expect(changeSplit(panel, reference, 2022, 'V')).toBeUndefined();
  });

  it('sumRows treats an empty set as zero årsverk without rates', () => {
    const s = sumRows([]);
    expect(s.arsverk.all).toBe(0);
    expect(s.per10000.V).toBeUndefined();
  });
});
