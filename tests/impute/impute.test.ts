import { describe, expect, it } from 'vitest';
import { codebookForYear } from '../../pipeline/codebook/index.ts';
import { crosswalkCache } from '../../pipeline/harmonise/index.ts';
import { combineFlags, imputeYear, reportedYear, type ImputedYear, type ReportedYear } from '../../pipeline/impute/index.ts';
import { loadReference } from '../../pipeline/reference/index.ts';
import { codebook, makeExtract, schemeA, schemeB, type UnitSpec } from '../panel/extracts.ts';

const ref = loadReference('data/reference');
const crosswalks = crosswalkCache(ref);

function year(y: number, units: UnitSpec[]): ReportedYear {
  return reportedYear(makeExtract(y, units), codebookForYear(codebook, y), ref).year;
}
function impute(target: ReportedYear, ...earlier: ReportedYear[]): ImputedYear {
  return imputeYear(target, [target, ...earlier], ref, crosswalks);
}
function expectValues(actual: Record<string, number> | undefined, expected: Record<string, number>) {
  expect(actual).toBeDefined();
  for (const [k, v] of Object.entries(actual!)) expect([k, v]).toEqual([k, expect.closeTo(expected[k] ?? 0, 9)]);
}

describe('who reported', () => {
  it('treats “ikke levert” and an all-blank row as not reported, and blanks of a reporting unit as 0', () => {
    const y = year(2019, [
      { code: '0101', status: 'ikke levert', values: schemeA(5, 1) },
      { code: '0104', status: 'levert', values: { V_T01: null } },
      { code: '0105', status: 'delvis', values: { V_T01: 2.5, V_U05: null } },
      { code: '0106', status: 'levert', values: schemeA(1, 1) },
    ]);
    expect([...y.reported.keys()]).toEqual(['0105', '0106']);
    const partial = y.reported.get('0105')!;
    expect(partial.V_T01).toBe(2.5);
    expect(partial.V_U05).toBe(0);
    expect(Object.keys(partial)).toHaveLength(codebookForYear(codebook, 2019).arsverk.length);
  });

  it('lists codes that are not units of the year instead of using them', () => {
    const sel = reportedYear(makeExtract(2024, [{ code: '1507', values: schemeB(1, 1) }, { code: '0301', values: schemeB(1, 1) }, { code: '1508', values: schemeB(1, 1) }]), codebookForYear(codebook, 2024), ref);
    expect(sel.notUnits).toEqual(['0301', '1507']);
    expect([...sel.year.reported.keys()]).toEqual(['1508']);
  });
});

describe('carry forward (the published rule)', () => {
  it('carries across the 2020 renumbering: 3001 Halden keeps 0101’s 2019 values', () => {
    const values2019 = { V_T01: 4, V_T03: 6.5, V_U05: 10.5, B_T01: 2, B_U06: 2 };
    const y2019 = year(2019, [{ code: '0101', values: values2019 }]);
    const y2020 = year(2020, [{ code: '3003', values: schemeA(10, 2) }]);
    const out = impute(y2020, y2019);
    expect(out.flags.get('3001')).toEqual({ kind: 'carried-forward', fromYear: 2019 });
    expectValues(out.values.get('3001'), values2019);
  });

  it('walks back to the first year in which all predecessors reported (1507 in 2020 ← 2018)', () => {
    const parts2018 = { '1504': 40, '1523': 2, '1529': 4, '1534': 8, '1546': 1 };
    const y2018 = year(2018, Object.entries(parts2018).map(([code, v]) => ({ code, values: schemeA(v, v / 4) })));
    const y2019 = year(2019, ['1504', '1523', '1529', '1546'].map((code) => ({ code, values: schemeA(100, 100) }))); // 1534 missing
    const y2020 = year(2020, [{ code: '3003', values: schemeA(10, 2) }]);
    const out = impute(y2020, y2019, y2018);
    expect(out.flags.get('1507')).toEqual({ kind: 'carried-forward', fromYear: 2018 });
    expectValues(out.values.get('1507'), schemeA(55, 55 / 4));
  });

  it('carries a split part’s population share and, across the 2024 scheme change, only the totals', () => {
    // 1507 reported in 2023 (scheme A); 1580 Haram did not report in 2024 (scheme B).
    const y2023 = year(2023, [{ code: '1507', values: { V_T01: 300, V_T03: 236.11, V_U05: 536.11, B_T01: 139.09, B_U06: 139.09 } }]);
    const y2024 = year(2024, [
      // size group 5 000–9 999 in 2024 (1160: 8 938, 1515: 8 968 inhabitants)
      { code: '1160', values: { V_T21: 10, V_T23: 30, V_U23: 40, B_T21: 6, B_T22: 2, B_U23: 8 } },
      { code: '1515', values: { V_T21: 10, V_T23: 10, V_U23: 10, V_U24: 10, B_T21: 2, B_U23: 2 } },
      // another size group, with other shares that must not be used
      { code: '1103', values: { V_T25: 100, V_U21: 100, B_T24: 50, B_U21: 50 } },
    ]);
    const out = impute(y2024, y2023);
    // Totals: 1580's share of 1507 in 2023 is 7 422 / 53 611 (18+) and 1 956 / 13 909 (0–17) → V 74.22, B 19.56.
    // Categories by the 5 000–9 999 group's 2024 shares: V tiltak T21 20/60, T23 40/60; V utdanning U23 50/60, U24 10/60;
    // B tiltak T21 8/10, T22 2/10; B utdanning U23 10/10.
    expectValues(out.values.get('1580'), {
      V_T21: 74.22 / 3,
      V_T23: (74.22 * 2) / 3,
      V_U23: (74.22 * 5) / 6,
      V_U24: 74.22 / 6,
      B_T21: 19.56 * 0.8,
      B_T22: 19.56 * 0.2,
      B_U23: 19.56,
    });
    const flag = out.flags.get('1580');
    expect(flag).toMatchObject({ kind: 'carried-forward', fromYear: 2023 });
    expect(flag && 'method' in flag ? flag.method : '').toMatch(/totals per target group carried from 2023 \(scheme A\).*5 000–9 999 in 2024/);
  });

  it('does not carry values that were themselves imputed', () => {
    const y2021 = year(2021, [{ code: '3003', values: schemeA(10, 2) }]); // 3001 not reported in 2021
    const y2022 = year(2022, [{ code: '3003', values: schemeA(10, 2) }]); // nor in 2022
    const y2020 = year(2020, [{ code: '3001', values: schemeA(7, 3) }]);
    const out = impute(y2022, y2021, y2020);
    expect(out.flags.get('3001')).toEqual({ kind: 'carried-forward', fromYear: 2020 });
    expectValues(out.values.get('3001'), schemeA(7, 3));
  });
});

describe('estimate for a unit with no earlier report', () => {
  // 2015 (the first year), size group under 2 000 on 2015 borders (18+ / 0–17):
  // 0118: 1 116 / 290, 0121: 542 / 130, 0432: 1 571 / 314; the unit to estimate, 0434: 1 112 / 247.
  const withRate = (v: number, b: number, pop: [number, number]) => {
    const V = (v * pop[0]) / 10_000;
    const B = (b * pop[1]) / 10_000;
    return { V_T01: 0.75 * V, V_T03: 0.25 * V, V_U05: V, B_T01: B, B_U06: B };
  };
  const y2015 = year(2015, [
    { code: '0118', values: withRate(20, 40, [1116, 290]) },
    { code: '0121', values: withRate(30, 10, [542, 130]) },
    { code: '0432', values: withRate(50, 25, [1571, 314]) },
    { code: '1103', values: { V_T09: 500, V_U01: 500, B_T02: 300, B_U01: 300 } }, // Stavanger: another size group
  ]);
  const out = impute(y2015);

  it('uses the size group’s median rate per 10 000 in the target group × the unit’s target population', () => {
    // medians: voksne 30, barn og unge 25 → V = 30 × 1 112 / 10 000 = 3.336, B = 25 × 247 / 10 000 = 0.6175,
    // spread by the group's shares (V tiltak 3/4 T01 + 1/4 T03; utdanning all U05; B all T01 / U06)
    expectValues(out.values.get('0434'), { V_T01: 2.502, V_T03: 0.834, V_U05: 3.336, B_T01: 0.6175, B_U06: 0.6175 });
    const flag = out.flags.get('0434');
    expect(flag?.kind).toBe('estimated');
    expect(flag && 'method' in flag ? flag.method : '').toMatch(/median rate per 10 000.*Under 2 000 \(3 reporting units\)/);
  });

  it('falls back to all reporting units when none of the size group reported', () => {
    const flag = out.flags.get('0101'); // Halden, 20 000–49 999 in 2015: no unit of that group reported
    expect(flag && 'method' in flag ? flag.method : '').toMatch(/all 4 reporting units/);
  });

  it('counts reported, carried forward and estimated units in the year’s own structure', () => {
    expect(out.counts).toEqual({ year: 2015, reported: 4, carriedForward: 0, estimated: 442 - 4, units: 442 });
  });
});

describe('flags of a unit made from several source units', () => {
  it('is reported only if every part reported; else estimated before carried; carried from the earliest year', () => {
    const r = { kind: 'reported' } as const;
    expect(combineFlags([{ code: 'a', flag: r }, { code: 'b', flag: r }])).toEqual(r);
    expect(combineFlags([{ code: 'a', flag: r }, { code: 'b', flag: { kind: 'carried-forward', fromYear: 2015 } }])).toEqual({
      kind: 'carried-forward',
      fromYear: 2015,
      method: 'for part of the unit: b',
    });
    expect(
      combineFlags([
        { code: 'a', flag: { kind: 'carried-forward', fromYear: 2017 } },
        { code: 'b', flag: { kind: 'carried-forward', fromYear: 2016 } },
      ]),
    ).toEqual({ kind: 'carried-forward', fromYear: 2016 });
    expect(
      combineFlags([
        { code: 'a', flag: { kind: 'carried-forward', fromYear: 2017 } },
        { code: 'b', flag: { kind: 'estimated', method: 'm' } },
        { code: 'c', flag: r },
      ]),
    ).toEqual({ kind: 'estimated', method: 'm; for part of the unit: a, b' });
  });
});
