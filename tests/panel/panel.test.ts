import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kommunerInYear, loadReference } from '../../pipeline/reference/index.ts';
import { buildPanel, nationalTotals, osloAsWhole, PanelError, rowsByUnit } from '../../pipeline/panel/index.ts';
import type { YearExtract } from '../../pipeline/types.ts';
import { codebook, makeExtract, type UnitSpec } from './extracts.ts';

const ref = loadReference('data/reference');
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

// ---- Constructed extracts: every unit reports, with a rate per 10 000 that depends on year and unit, except
// the non-reporters below. Population read straight from the CSV files (independent of the loaders).
const csvRows = (f: string) => readFileSync(`data/reference/${f}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const popOwn = new Map<string, { a: number; c: number }>(); // key `${year}:${code}` → adults (18+), children (0–17)
for (const r of csvRows('folketall-historiske-grenser.csv')) popOwn.set(`${r[0]}:${r[1]}`, { a: Number(r[5]), c: Number(r[4]) });
for (const r of csvRows('folketall.csv')) if (r[2] === 'bydel') popOwn.set(`${r[0]}:${r[1]}`, { a: Number(r[5]), c: Number(r[4]) });

const unitsOf = (year: number) => [...kommunerInYear(ref, year).map((k) => k.code).filter((c) => c !== '0301'), ...ref.bydeler.keys()].sort();
const rateV = (year: number, code: string) => (25 + (year - 2015)) * (1 + (Number(code) % 3) / 10);
const rateB = (year: number, code: string) => (30 + 2 * (year - 2015)) * (1 + (Number(code) % 4) / 10);
function totals(year: number, code: string): { V: number; B: number } {
  const p = popOwn.get(`${year}:${code}`)!;
  return { V: (rateV(year, code) * p.a) / 10_000, B: (rateB(year, code) * p.c) / 10_000 };
}
function values(year: number, code: string): Record<string, number> {
  const { V, B } = totals(year, code);
  return year >= 2024
    ? { V_T21: 0.3 * V, V_T23: 0.7 * V, V_U23: V, B_T21: 0.5 * B, B_T22: 0.5 * B, B_U23: B }
    : { V_T01: 0.6 * V, V_T03: 0.4 * V, V_U05: V, B_T01: B, B_U06: B };
}
const NOT_REPORTING: Record<number, string[]> = { 2015: ['0434'], 2016: ['0719'], 2020: ['3001'], 2024: ['1580'] };
function extracts(): YearExtract[] {
  return YEARS.map((year) =>
    makeExtract(
      year,
      unitsOf(year).map((code): UnitSpec => {
        if (NOT_REPORTING[year]?.includes(code)) return { code, status: 'ikke levert' };
        return { code, values: values(year, code), ...(code === '1534' && year === 2019 ? { answers: { RPH: 1 } } : {}) };
      }),
    ),
  );
}

/** Independent national sums: reported + the carried or estimated values the rule gives, by hand. */
function expectedNational(year: number): { V: number; B: number } {
  let V = 0;
  let B = 0;
  for (const code of unitsOf(year)) {
    if (NOT_REPORTING[year]?.includes(code)) continue;
    const t = totals(year, code);
    V += t.V;
    B += t.B;
  }
  if (year === 2015) {
    // 0434 Engerdal: median rate of the reporting kommuner under 2 000 inhabitants in 2015 × its own population
    const small = unitsOf(2015).filter((c) => c.length === 4 && c !== '0434' && popOwn.get(`2015:${c}`)!.a + popOwn.get(`2015:${c}`)!.c < 2000);
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = s.length / 2;
      return s.length % 2 ? s[Math.floor(m)]! : (s[m - 1]! + s[m]!) / 2;
    };
    const p = popOwn.get('2015:0434')!;
    V += (median(small.map((c) => rateV(2015, c))) * p.a) / 10_000;
    B += (median(small.map((c) => rateB(2015, c))) * p.c) / 10_000;
  }
  if (year === 2016) ({ V, B } = add({ V, B }, totals(2015, '0719'))); // same code in 2015
  if (year === 2020) ({ V, B } = add({ V, B }, totals(2019, '0101'))); // 0101 Halden → 3001 in 2020
  if (year === 2024) {
    // 1580's share of 1507 in 2023: 7 422 / 53 611 (18+), 1 956 / 13 909 (0–17); totals only (scheme change)
    const t = totals(2023, '1507');
    V += (t.V * 7422) / 53611;
    B += (t.B * 1956) / 13909;
  }
  return { V, B };
}
const add = (a: { V: number; B: number }, b: { V: number; B: number }) => ({ V: a.V + b.V, B: a.B + b.B });

const panel = buildPanel(extracts(), { reportYear: 2024, reference: ref, codebook });

describe('buildPanel (report year 2024)', () => {
  it('has one row per report-year unit and year, ordered by year then code', () => {
    expect(panel.years).toEqual(YEARS);
    expect(panel.units).toHaveLength(371);
    expect(panel.rows).toHaveLength(371 * YEARS.length);
    const keys = panel.rows.map((r) => `${r.year}:${r.code}`);
    expect(keys).toEqual([...keys].sort());
  });

  it.each(YEARS)('national sums in %i equal the independent hand calculation', (year) => {
    const rows = panel.rows.filter((r) => r.year === year);
    const e = expectedNational(year);
    expect(rows.reduce((s, r) => s + r.total.V, 0)).toBeCloseTo(e.V, 6);
    expect(rows.reduce((s, r) => s + r.total.B, 0)).toBeCloseTo(e.B, 6);
  });

  it('sets total = sum of tiltak per group and keeps every variable of the year’s scheme', () => {
    for (const r of panel.rows) {
      const t = { V: 0, B: 0 };
      for (const [k, v] of Object.entries(r.values)) if (/^[VB]_T/.test(k)) t[k[0] as 'V' | 'B'] += v;
      expect(r.total.V).toBeCloseTo(t.V, 9);
      expect(r.total.B).toBeCloseTo(t.B, 9);
      expect(Object.keys(r.values)).toHaveLength(r.year >= 2024 ? 2 * (8 + 9) - 4 : 2 * 14 + 11 + 7);
    }
  });

  it('flags carried-forward and estimated rows in the report structure', () => {
    const byUnit = rowsByUnit(panel);
    const row = (code: string, year: number) => byUnit.get(code)!.find((r) => r.year === year)!;
    expect(row('3101', 2020).imputation).toEqual({ kind: 'carried-forward', fromYear: 2019 }); // 0101 → 3001 → 3101
    const halden = totals(2019, '0101');
    expect(row('3101', 2020).total.V).toBeCloseTo(halden.V, 9);
    expect(row('3907', 2016).imputation).toEqual({ kind: 'carried-forward', fromYear: 2015, method: 'for part of the unit: 0719' });
    expect(row('3907', 2017).imputation).toEqual({ kind: 'reported' });
    expect(row('1580', 2024).imputation).toMatchObject({ kind: 'carried-forward', fromYear: 2023 });
    expect(row('1580', 2023).imputation).toEqual({ kind: 'reported' }); // 1507 reported; 1580 is its share
    expect(row('3425', 2015).imputation.kind).toBe('estimated'); // 0434 Engerdal
    expect(row('1580', 2019).total.V).toBeCloseTo(totals(2019, '1534').V, 9); // pre-2020 Haram, whole
  });

  it('joins population on 2024 borders and the size group of that year', () => {
    const r = panel.rows.find((x) => x.year === 2016 && x.code === '3905')!;
    expect(r.population).toEqual({ total: 53_872, age0_17: 11_340, age18plus: 42_532 });
    expect(r.sizeGroup).toBe('ge50000');
    expect(panel.rows.find((x) => x.year === 2020 && x.code === '030101')!.sizeGroup).toBe('bydel');
  });

  it('counts reported, carried forward and estimated units in each year’s own structure', () => {
    expect(panel.imputationCounts.map((c) => [c.year, c.units, c.reported, c.carriedForward, c.estimated])).toEqual([
      [2015, 442, 441, 0, 1],
      [2016, 442, 441, 1, 0],
      [2017, 440, 440, 0, 0],
      [2018, 436, 436, 0, 0],
      [2019, 436, 436, 0, 0],
      [2020, 370, 369, 1, 0],
      [2021, 370, 370, 0, 0],
      [2022, 370, 370, 0, 0],
      [2023, 370, 370, 0, 0],
      [2024, 371, 370, 1, 0],
    ]);
  });

  it('keeps answers in each year’s own unit codes', () => {
    expect(panel.answers).toHaveLength(1);
    expect(panel.answers[0]).toMatchObject({ year: 2019, code: '1534', answers: { RPH: 1 } });
  });

  it('is deterministic whatever the order of the extracts', () => {
    const again = buildPanel(extracts().reverse(), { reportYear: 2024, reference: ref, codebook });
    expect(JSON.stringify(again)).toBe(JSON.stringify(panel));
  });
});

describe('helpers', () => {
  it('sums Oslo’s bydeler and rates them on Oslo kommune’s population', () => {
    const oslo = osloAsWhole(panel, ref).find((r) => r.year === 2024)!;
    let V = 0;
    for (const b of ref.bydeler.keys()) V += totals(2024, b).V;
    expect(oslo.total.V).toBeCloseTo(V, 9);
    expect(oslo.population.total).toBe(717_710);
    expect(oslo.per10000.V).toBeCloseTo((V / oslo.population.age18plus) * 10_000, 9);
  });

  it('gives national totals with rates on the national population', () => {
    const n = nationalTotals(panel, ref).find((r) => r.year === 2023)!;
    const e = expectedNational(2023);
    expect(n.total.all).toBeCloseTo(e.V + e.B, 6);
    expect(n.population.total).toBe(5_488_984);
    expect(n.per10000.B).toBeCloseTo((e.B / 1_112_191) * 10_000, 6);
  });
});

describe('buildPanel (report year 2023)', () => {
  const p2023 = buildPanel(extracts(), { reportYear: 2023, reference: ref, codebook });
  it('uses the 2023 structure and conserves the national sums', () => {
    expect(p2023.years).toEqual(YEARS.slice(0, -1));
    expect(p2023.units).toHaveLength(370);
    for (const year of p2023.years) {
      const rows = p2023.rows.filter((r) => r.year === year);
      expect(rows.reduce((s, r) => s + r.total.V + r.total.B, 0)).toBeCloseTo(expectedNational(year).V + expectedNational(year).B, 6);
    }
    const alesund = p2023.rows.find((r) => r.year === 2019 && r.code === '1507')!;
    const parts = ['1504', '1523', '1529', '1534', '1546'].reduce((s, c) => s + totals(2019, c).V, 0);
    expect(alesund.total.V).toBeCloseTo(parts, 9);
  });
});

describe('errors', () => {
  it('needs the report year’s extract and one extract per year', () => {
    const some = extracts().slice(0, 3);
    expect(() => buildPanel(some, { reportYear: 2024, reference: ref, codebook })).toThrow(PanelError);
    const twice = [...some, some[0]!];
    expect(() => buildPanel(twice, { reportYear: 2017, reference: ref, codebook })).toThrow(/two extracts for 2015/);
  });

  it('leaves out codes that are not units of their year, with a warning', () => {
    const warnings: string[] = [];
    const ex = [makeExtract(2024, [{ code: '1507', values: { V_T21: 5, V_U21: 5 } }, { code: '4601', values: { V_T21: 5, V_U21: 5 } }])];
    const p = buildPanel(ex, { reportYear: 2024, reference: ref, codebook, log: { warn: (m) => warnings.push(m) } });
    expect(warnings).toEqual(['2024: left out 1 code(s) that are not units that year: 1507']);
    expect(p.imputationCounts[0]).toMatchObject({ reported: 1, estimated: 370 });
  });
});
