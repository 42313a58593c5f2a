import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crosswalk, harmoniseValues, HarmoniseError, reportingUnits, structureCodes, type UnitValues } from '../../pipeline/harmonise/index.ts';
import { loadReference } from '../../pipeline/reference/index.ts';

const ref = loadReference('data/reference');
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

const one = (code: string, values: Record<string, number>): UnitValues => new Map([[code, values]]);
const many = (entries: Record<string, Record<string, number>>): UnitValues => new Map(Object.entries(entries));

function expectValues(actual: Record<string, number> | undefined, expected: Record<string, number>) {
  expect(actual).toBeDefined();
  expect(Object.keys(actual!).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(actual![k]).toBeCloseTo(v, 9);
}

describe('kommune structures', () => {
  it('has each year’s units: kommuner except Oslo, plus 15 bydeler (spec §1)', () => {
    const counts = YEARS.map((y) => reportingUnits(ref, y).length);
    expect(counts).toEqual([442, 442, 440, 436, 436, 370, 370, 370, 370, 371]);
    expect(structureCodes(ref, 2024)).toContain('0301');
    expect(reportingUnits(ref, 2024)).not.toContain('0301');
    expect(reportingUnits(ref, 2015)).toContain('030115');
  });
});

describe('merges, renames and renumbers', () => {
  it('sums Sandefjord’s parts in 2017 and keeps Tønsberg', () => {
    const out = harmoniseValues(2016, many({ '0706': { V_T01: 10 }, '0719': { V_T01: 2.5 }, '0704': { V_T01: 7 } }), 2017, ref);
    expectValues(out.get('0710'), { V_T01: 12.5 });
    expectValues(out.get('0704'), { V_T01: 7 });
  });

  it('follows Trøndelag’s renumbering and mergers in 2018 (1601 → 5001, Rissa + Leksvik → 5054)', () => {
    const out = harmoniseValues(2017, many({ '1601': { V_T01: 100, B_T01: 20 }, '1624': { V_T01: 4 }, '1718': { V_T01: 3.5 } }), 2018, ref);
    expectValues(out.get('5001'), { V_T01: 100, B_T01: 20 });
    expectValues(out.get('5054'), { V_T01: 7.5 });
    expect(out.has('1601')).toBe(false);
  });

  it('chains renumbers across reforms: 0101 Halden → 3001 (2020) → 3101 (2024)', () => {
    expectValues(harmoniseValues(2019, one('0101', { V_T01: 9 }), 2020, ref).get('3001'), { V_T01: 9 });
    expectValues(harmoniseValues(2017, one('0101', { V_T01: 9 }), 2024, ref).get('3101'), { V_T01: 9 });
    expectValues(harmoniseValues(2017, one('0101', { V_T01: 9 }), 2023, ref).get('3001'), { V_T01: 9 });
  });

  it('merges Ålesund’s five parts in 2020 and keeps them together until 2023', () => {
    const parts = many({ '1504': { V_T01: 40 }, '1523': { V_T01: 2 }, '1529': { V_T01: 4 }, '1534': { V_T01: 8 }, '1546': { V_T01: 1 } });
    expectValues(harmoniseValues(2019, parts, 2020, ref).get('1507'), { V_T01: 55 });
    expectValues(harmoniseValues(2019, parts, 2023, ref).get('1507'), { V_T01: 55 });
  });

  it('sends pre-2020 Haram (1534) whole to the re-established 1580 and the rest to 1508 (SOURCES.md)', () => {
    const parts = many({ '1504': { V_T01: 40 }, '1523': { V_T01: 2 }, '1529': { V_T01: 4 }, '1534': { V_T01: 8, B_T01: 3 }, '1546': { V_T01: 1 } });
    const out = harmoniseValues(2019, parts, 2024, ref);
    expectValues(out.get('1580'), { V_T01: 8, B_T01: 3 });
    expectValues(out.get('1508'), { V_T01: 47 });
  });

  it('keeps Oslo’s bydeler as units', () => {
    const out = harmoniseValues(2015, one('030105', { V_T01: 30 }), 2024, ref);
    expectValues(out.get('030105'), { V_T01: 30 });
  });
});

describe('splits by population share (hand calculations from the reference CSV rows)', () => {
  it('divides Stokke (0720) in 2017 between Tønsberg and Sandefjord', () => {
    // 2016, 2024 borders: 3905 Tønsberg 53 872 (0–17: 11 340, 18+: 42 532); own borders: 0704 42 276 (8 690 / 33 586),
    // 0716 Re 9 361 (2 158 / 7 203), 0720 Stokke 11 657 (2 566 / 9 091). Stokke's part in Tønsberg: 18+ 42 532 − 33 586 −
    // 7 203 = 1 743 of 9 091; 0–17 11 340 − 8 690 − 2 158 = 492 of 2 566; total 2 235 of 11 657 (19.2 %).
    const out = harmoniseValues(2016, one('0720', { V_T01: 90.91, B_T01: 25.66, OTHER: 116.57 }), 2017, ref);
    expectValues(out.get('0704'), { V_T01: 17.43, B_T01: 4.92, OTHER: 22.35 });
    expectValues(out.get('0710'), { V_T01: 90.91 - 17.43, B_T01: 25.66 - 4.92, OTHER: 116.57 - 22.35 });
  });

  it('divides Tysfjord (1850) in 2020 between Narvik and Hamarøy', () => {
    // 2019: 1806 Narvik (2024 borders) 18+ 17 719 − 1805 Narvik 15 031 − 1854 Ballangen 2 003 = 685 of Tysfjord's 1 597;
    // 0–17: 4 207 − 3 599 − 467 = 141 of 328. 1875 Hamarøy: 18+ 2 367 − 1849 Hamarøy 1 455 = 912; 0–17 479 − 292 = 187.
    const out = harmoniseValues(2019, one('1850', { V_T01: 15.97, B_T01: 3.28 }), 2020, ref);
    expectValues(out.get('1806'), { V_T01: 6.85, B_T01: 1.41 });
    expectValues(out.get('1875'), { V_T01: 9.12, B_T01: 1.87 });
  });

  it('divides Snillfjord (5012) in 2020 between Heim, Hitra and Orkland', () => {
    // 2019, 18+: 5055 Heim 4 823 − 5011 Hemne 3 382 − 1571 Halsa 1 293 = 148; 5056 Hitra 4 099 − 5013 3 804 = 295;
    // 5059 Orkland 14 360 − 5024 9 461 − 5016 1 382 − 5023 3 140 = 377; together Snillfjord's 820.
    const out = harmoniseValues(2019, one('5012', { V_T01: 8.2 }), 2020, ref);
    expectValues(out.get('5055'), { V_T01: 1.48 });
    expectValues(out.get('5056'), { V_T01: 2.95 });
    expectValues(out.get('5059'), { V_T01: 3.77 });
  });

  it('divides Snillfjord from 2015 (code 1613, renumbered 5012 in 2018) by about SSB’s 18 / 36 / 46 %', () => {
    const out = harmoniseValues(2015, one('1613', { OTHER: 100 }), 2024, ref);
    expect(out.get('5055')!.OTHER).toBeCloseTo(18, 0);
    expect(out.get('5056')!.OTHER).toBeCloseTo(36, 0);
    expect(out.get('5059')!.OTHER).toBeCloseTo(46, 0);
  });

  it('divides 1507 Ålesund’s 2023 values between 1508 and 1580 by the 2023 shares per age group', () => {
    // 2023: 1580 Haram on 2024 borders 18+ 7 422, 0–17 1 956; 1507 on its own borders 18+ 53 611, 0–17 13 909.
    const out = harmoniseValues(2023, one('1507', { V_T01: 536.11, B_T01: 139.09 }), 2024, ref);
    expectValues(out.get('1580'), { V_T01: 74.22, B_T01: 19.56 });
    expectValues(out.get('1508'), { V_T01: 536.11 - 74.22, B_T01: 139.09 - 19.56 });
  });

  it('does not divide 1507 when the target is still 2023', () => {
    expectValues(harmoniseValues(2021, one('1507', { V_T01: 10 }), 2023, ref).get('1507'), { V_T01: 10 });
  });
});

describe('agreement with independent reference files', () => {
  const rows = readFileSync('data/reference/kommune-crosswalk-to-2024.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  it.each([2017, 2018, 2019, 2020, 2021, 2022, 2023])('maps every %i code to the 2024 codes of kommune-crosswalk-to-2024.csv', (year) => {
    const expected = new Map<string, string[]>();
    for (const [y, code, , code2024] of rows) if (Number(y) === year) expected.set(code!, [...(expected.get(code!) ?? []), code2024!].sort());
    const cw = crosswalk(ref, year, 2024);
    const actual = new Map([...cw.targets].filter(([c]) => c.length === 4).map(([c, parts]) => [c, parts.map((p) => p.code).sort()]));
    expect(actual).toEqual(expected);
  });

  it.each([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023])('turns %i population on own borders into folketall.csv’s 2024-border figures', (year) => {
    const own: UnitValues = new Map([...ref.populationHistorical.get(year)!].map(([c, p]) => [c, { total: p.total, age0_17: p.age0_17, age18plus: p.age18plus }]));
    const out = harmoniseValues(year, own, 2024, ref);
    const expected = ref.population.get(year)!;
    for (const code of ref.kommuner.keys()) {
      const e = expected.get(code)!;
      const a = out.get(code)!;
      expect([code, a.total, a.age0_17, a.age18plus].map((x) => (typeof x === 'number' ? Math.round(x * 1e6) / 1e6 : x))).toEqual([code, e.total, e.age0_17, e.age18plus]);
    }
  });
});

describe('conservation: national sums before and after harmonisation', () => {
  // Values on every unit of each year's real code list, derived from population so that splits matter.
  function valuesFor(year: number): UnitValues {
    const pop = new Map([...ref.populationHistorical.get(year)!, ...[...ref.bydeler.keys()].map((b) => [b, ref.population.get(year)!.get(b)!] as const)]);
    return new Map(
      reportingUnits(ref, year).map((code, i) => {
        const p = pop.get(code)!;
        return [code, { V_T01: p.age18plus / 1000 + 0.1, B_T01: p.age0_17 / 300, V_U05: (i % 7) * 1.3, X: p.total / 7 }];
      }),
    );
  }
  const sums = (v: UnitValues) => {
    const s: Record<string, number> = {};
    for (const r of v.values()) for (const [k, x] of Object.entries(r)) s[k] = (s[k] ?? 0) + x;
    return s;
  };
  for (const year of YEARS) {
    for (const target of [2023, 2024].filter((t) => t >= year)) {
      it(`${year} → ${target}`, () => {
        const before = valuesFor(year);
        const after = harmoniseValues(year, before, target, ref);
        const a = sums(after);
        for (const [k, v] of Object.entries(sums(before))) expect(a[k]).toBeCloseTo(v, 6);
        // every unit of the target structure gets its share (Oslo 0301 itself never reports)
        expect([...after.keys()]).toEqual(reportingUnits(ref, target));
      });
    }
  }
});

describe('errors', () => {
  it('refuses a code that is not in the source year’s structure', () => {
    const err = (() => {
      try {
        harmoniseValues(2024, one('1507', { V_T01: 1 }), 2024, ref);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(HarmoniseError);
    expect((err as HarmoniseError).code).toBe('harmonise.unknown-unit');
  });

  it('refuses to harmonise backwards', () => {
    expect(() => crosswalk(ref, 2024, 2023)).toThrow(/earlier structure/);
  });
});
