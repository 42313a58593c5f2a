// The committed sample workbooks, read back from data/raw, against the published facts of spec §2.
import { beforeAll, describe, expect, it } from 'vitest';
import { kommunerInYear } from '../../pipeline/reference/index.ts';
import type { Group } from '../../pipeline/types.ts';
import { committed, type ReadYear } from './read-workbooks.ts';
import {
  codebook,
  groupTotal,
  GROUPS,
  nationalSum,
  nationalTotals,
  population,
  predecessor,
  ref,
  reported,
  reportValues,
  sizeGroup,
  targetPopulation,
  utdanningTotal,
} from './report-figures.ts';

let data: Map<number, ReadYear>;
beforeAll(async () => {
  data = await committed();
});

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

// Spec §2 (published national årsverk).
const PUBLISHED: Record<number, { total?: number; V?: number; B?: number }> = {
  2015: { total: 13131 },
  2016: { total: 13936, V: 11063, B: 2873 },
  2017: { total: 14633, V: 11534, B: 3099 },
  2018: { total: 15894, V: 12563, B: 3331 },
  2019: { total: 16399, V: 12872, B: 3527 },
  2020: { total: 16569, V: 12966, B: 3603 },
  2021: { total: 16791, V: 12966 * 1.01, B: 3603 * 1.027 },
  2022: { total: 17074, V: 13291, B: 3783 },
  2023: { total: 17436, V: 13445, B: 3991 },
};

const within = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected) / expected, `${actual} vs ${expected}`).toBeLessThanOrEqual(relative);

function pearson(a: number[], b: number[]): number {
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i]! - mb);
    aa += (x - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

describe('sample data: units', () => {
  it('has a workbook for every year 2015–2024', () => {
    expect([...data.keys()]).toEqual(YEARS);
  });

  it("lists each year's real kommuner (Oslo replaced by its 15 bydeler) with their names", () => {
    for (const year of YEARS) {
      const expected = kommunerInYear(ref, year).filter((k) => k.code !== '0301');
      const expectedCodes = [...expected.map((k) => k.code), ...ref.bydeler.keys()].sort();
      const units = data.get(year)!.units;
      expect([...units.keys()].sort(), String(year)).toEqual(expectedCodes);
      for (const k of expected) expect(units.get(k.code)!.name).toBe(k.name);
    }
    expect(data.get(2015)!.units.size).toBe(428 - 1 + 15);
    expect(data.get(2024)!.units.size).toBe(357 - 1 + 15);
  });

  it('has the published (2016–2021) and chosen numbers of non-reporting units', () => {
    const counts = YEARS.map((y) => [...data.get(y)!.units.values()].filter((u) => u.status === 'ikke levert').length);
    expect(counts).toEqual([2, 1, 0, 0, 0, 66, 24, 9, 6, 5]);
  });

  it('gives non-reporters no values and no answers, absent from Årsverk or with empty rows (both kinds)', () => {
    let absent = 0;
    let empty = 0;
    for (const y of data.values()) {
      for (const u of y.units.values()) {
        if (u.status !== 'ikke levert') {
          expect(reported(u), `${y.year} ${u.code}`).toBe(true);
          continue;
        }
        expect(reported(u)).toBe(false);
        if (u.arsverk === undefined) absent++;
        else empty++;
        expect(Object.values(u.answers ?? {}).every((a) => a === null)).toBe(true);
      }
    }
    expect(empty).toBeGreaterThan(0);
    expect(absent).toBeGreaterThan(empty * 3);
  });

  it('picks non-reporters after 2015 among units that reported the year before under exactly one code', () => {
    for (const year of YEARS.slice(1)) {
      for (const u of data.get(year)!.units.values()) {
        if (u.status !== 'ikke levert') continue;
        const from = predecessor(year, u.code);
        expect(from, `${year} ${u.code}`).toBeDefined();
        expect(ref.changes.filter((c) => c.year === year && c.oldCode === from).length).toBeLessThanOrEqual(1);
        expect(reported(data.get(year - 1)!.units.get(from!)!)).toBe(true);
      }
    }
  });

  it('has a few delvis units each year', () => {
    for (const y of data.values()) {
      const n = [...y.units.values()].filter((u) => u.status === 'delvis').length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThan(15);
    }
  });
});

describe('sample data: national totals as the report computes them', () => {
  it('match the published figures within ±0,5 % for every year and target group given', () => {
    for (const [year, p] of Object.entries(PUBLISHED).map(([y, p]) => [Number(y), p] as const)) {
      const t = nationalTotals(data, year);
      if (p.total !== undefined) within(t.V + t.B, p.total, 0.005);
      if (p.V !== undefined) within(t.V, p.V, 0.005);
      if (p.B !== undefined) within(t.B, p.B, 0.005);
    }
  });

  it('uses carried-forward values and, in 2015, size-group estimates', () => {
    const hows = (year: number) => reportValues(data, year).filter((u) => u.how !== 'reported').map((u) => u.how);
    expect(hows(2015)).toEqual(['estimated', 'estimated']);
    expect(hows(2020)).toHaveLength(66);
    expect(new Set(hows(2020))).toEqual(new Set(['carried-forward']));
  });

  it('puts barn og unge at about 21 % of the 2015 total', () => {
    const t = nationalTotals(data, 2015);
    expect(t.B / (t.V + t.B)).toBeGreaterThan(0.19);
    expect(t.B / (t.V + t.B)).toBeLessThan(0.23);
  });

  it('lands 2024 (new categories) at about 2,8 årsverk per 1 000 inhabitants, barn og unge about 23 %', () => {
    const t = nationalTotals(data, 2024);
    const per1000 = ((t.V + t.B) / ref.population.get(2024)!.get('00')!.total) * 1000;
    expect(per1000).toBeGreaterThanOrEqual(2.7);
    expect(per1000).toBeLessThanOrEqual(2.9);
    expect(t.B / (t.V + t.B)).toBeGreaterThan(0.21);
    expect(t.B / (t.V + t.B)).toBeLessThan(0.25);
  });
});

describe('sample data: unit-level realism', () => {
  it('has 2023 per-10 000 rates by size group within the published ranges, highest in the smallest kommuner', () => {
    const rates: Record<Group, Map<string, number>> = { V: new Map(), B: new Map() };
    const values = reportValues(data, 2023);
    for (const g of GROUPS) {
      const sums = new Map<string, { a: number; p: number }>();
      for (const u of values) {
        const s = sums.get(sizeGroup(2023, u.code)) ?? { a: 0, p: 0 };
        s.a += u.totals[g];
        s.p += targetPopulation(population(2023, u.code), g);
        sums.set(sizeGroup(2023, u.code), s);
      }
      for (const [k, s] of sums) rates[g].set(k, (s.a / s.p) * 10_000);
    }
    expect(rates.V.size).toBe(7);
    for (const r of rates.B.values()) {
      expect(r).toBeGreaterThanOrEqual(34);
      expect(r).toBeLessThanOrEqual(63);
    }
    for (const r of rates.V.values()) {
      expect(r).toBeGreaterThanOrEqual(27);
      expect(r).toBeLessThanOrEqual(34);
    }
    for (const g of GROUPS) expect(Math.max(...rates[g].values())).toBe(rates[g].get('lt2000'));
    // The spread is real: the smallest kommuner well above the largest.
    expect(rates.B.get('lt2000')! - rates.B.get('ge50000')!).toBeGreaterThan(15);
    expect(rates.V.get('lt2000')! - rates.V.get('ge50000')!).toBeGreaterThan(2);
  });

  it("keeps a unit's rate from year to year (lag-1 correlation > 0,8 for every pair of years)", () => {
    for (const year of YEARS.slice(1)) {
      const before = data.get(year - 1)!.units;
      for (const g of GROUPS) {
        const a: number[] = [];
        const b: number[] = [];
        for (const u of data.get(year)!.units.values()) {
          const p = before.get(u.code);
          if (!p || !reported(u) || !reported(p)) continue;
          a.push(groupTotal(year - 1, p, g) / targetPopulation(population(year - 1, u.code), g));
          b.push(groupTotal(year, u, g) / targetPopulation(population(year, u.code), g));
        }
        expect(a.length).toBeGreaterThan(50);
        expect(pearson(a, b), `${year} ${g}`).toBeGreaterThan(0.8);
      }
    }
  });

  it('has exactly one implausible jump (a group total changing > 50 % and > 2 årsverk)', () => {
    const jumps: string[] = [];
    for (const year of YEARS.slice(1)) {
      for (const u of data.get(year)!.units.values()) {
        const p = data.get(year - 1)!.units.get(u.code);
        if (!p || !reported(u) || !reported(p)) continue;
        for (const g of GROUPS) {
          const [x, y] = [groupTotal(year - 1, p, g), groupTotal(year, u, g)];
          if (Math.abs(y - x) > 2 && Math.abs(y - x) > 0.5 * x) jumps.push(`${year} ${u.code} ${g}`);
        }
      }
    }
    expect(jumps).toHaveLength(1);
  });

  it('has tiltak and utdanning summing to the same total per unit and group, in steps of 0,1, tiny kommuner ≥ 0,3', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const y of data.values()) {
      for (const u of y.units.values()) {
        if (!reported(u)) continue;
        for (const [k, v] of Object.entries(u.arsverk!)) {
          checked++;
          if (v === null || v < 0 || Math.abs(v * 10 - Math.round(v * 10)) > 1e-9) problems.push(`${y.year} ${u.code} ${k}=${v}`);
        }
        for (const g of GROUPS) {
          const t = groupTotal(y.year, u, g);
          if (Math.abs(t - utdanningTotal(y.year, u, g)) > 1e-6) problems.push(`${y.year} ${u.code} ${g}: tiltak ${t} ≠ utdanning`);
          if (t < 0.3 - 1e-9) problems.push(`${y.year} ${u.code} ${g}: total ${t} < 0,3`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(problems).toEqual([]);
  });
});

describe('sample data: tiltak and utdanning facts (±10 %)', () => {
  it('helsestasjons- og skolehelsetjenesten: ≈ 47 % of barn og unge in 2023, +6 % (+107) from 2022', () => {
    const t22 = nationalSum(data, 2022, ['B_T01']);
    const t23 = nationalSum(data, 2023, ['B_T01']);
    within(t23 / nationalTotals(data, 2023).B, 0.47, 0.1);
    within(t23 - t22, 107, 0.1);
    within(t23 / t22 - 1, 0.06, 0.1);
  });

  it('psychologists grew by 20 in barn og unge and fell by 8 in voksne, 2022 → 2023', () => {
    within(nationalSum(data, 2023, ['B_U01', 'B_U02']) - nationalSum(data, 2022, ['B_U01', 'B_U02']), 20, 0.1);
    within(nationalSum(data, 2023, ['V_U01', 'V_U02']) - nationalSum(data, 2022, ['V_U01', 'V_U02']), -8, 0.1);
  });

  it('lavterskel rus (V_T08) roughly doubled from 228 to 474 (2018 → 2019)', () => {
    within(nationalSum(data, 2018, ['V_T08']), 228, 0.1);
    within(nationalSum(data, 2019, ['V_T08']), 474, 0.1);
  });

  it('small kommuner have fewer psychologists', () => {
    const share = (groups: string[]) => {
      let psych = 0;
      let all = 0;
      for (const u of data.get(2023)!.units.values()) {
        if (!reported(u) || !groups.includes(sizeGroup(2023, u.code))) continue;
        psych += ['V_U01', 'V_U02', 'B_U01', 'B_U02'].reduce((s, c) => s + u.arsverk![c]!, 0);
        all += groupTotal(2023, u, 'V') + groupTotal(2023, u, 'B');
      }
      return psych / all;
    };
    expect(share(['lt2000', '2000-4999'])).toBeLessThan(share(['ge50000', 'bydel']) / 2);
  });

  it('gives every scheme B (2024) category a share', () => {
    for (const v of codebook(2024).arsverk) {
      expect(nationalSum(data, 2024, [v.code]), v.code).toBeGreaterThan(0);
    }
  });
});
