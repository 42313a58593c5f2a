// Validation rules on hand-made extracts: the cases the fixture corpus does not cover, and the edges
// of every threshold.
import { describe, expect, it } from 'vitest';
import { codebookForYear } from '../../pipeline/codebook/index.ts';
import type { UnitReport, YearExtract } from '../../pipeline/types.ts';
import { validateExtract } from '../../pipeline/validate/index.ts';
import { isLargeChange } from '../../pipeline/validate/rules/change.ts';
import { judgeRate, TYPICAL_RATE } from '../../pipeline/validate/rules/rates.ts';
import { codebook, reference } from '../fixtures/check.ts';

const YEAR = 2024;
const yc = codebookForYear(codebook, YEAR);
const letters: Record<string, string> = {};
['enhetsnr', 'enhetsnavn', ...yc.arsverk.map((v) => v.code)].forEach((k, i) => (letters[k] = String.fromCharCode(65 + (i % 26)).padStart(i >= 26 ? 2 : 1, 'A')));
const qLetters: Record<string, string> = {};
['enhetsnr', 'enhetsnavn', ...yc.questions.map((q) => q.code)].forEach((k, i) => (qLetters[k] = String.fromCharCode(65 + i)));

/** A reported unit with `v` årsverk in every tiltak and `u` in every utdanning of each group (equal sums). */
function unit(code: string, row: number, over: Partial<UnitReport> = {}): UnitReport {
  const arsverk: Record<string, number | null> = {};
  for (const g of ['V', 'B'] as const) {
    const t = yc.arsverk.filter((v) => v.group === g && v.kind === 'tiltak');
    const u = yc.arsverk.filter((v) => v.group === g && v.kind === 'utdanning');
    // 36 årsverk per group for a mid-sized kommune, split evenly both ways.
    t.forEach((v) => (arsverk[v.code] = 36 / t.length));
    u.forEach((v) => (arsverk[v.code] = 36 / u.length));
  }
  return {
    code,
    name: '',
    status: 'levert',
    arsverk,
    answers: Object.fromEntries(yc.questions.map((q) => [q.code, null])),
    source: { file: 't.xlsx', rows: { Innsending: row, Årsverk: row, Spørsmål: row } },
    ...over,
  };
}

function extract(units: UnitReport[], columns?: YearExtract['columns']): YearExtract {
  return {
    year: YEAR,
    file: '/somewhere/is248_2024.xlsx',
    scheme: 'B',
    units,
    findings: [],
    columns: columns ?? { Innsending: { enhetsnr: 'A', enhetsnavn: 'B', status: 'C', dato: 'D' }, Årsverk: letters, Spørsmål: qLetters },
  };
}

function run(x: YearExtract, previous?: YearExtract) {
  return validateExtract(x, { yearCodebook: yc, reference, codebook, ...(previous ? { previous } : {}) });
}
const rules = (x: YearExtract, previous?: YearExtract) => run(x, previous).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.unit ?? ''}`.trim());

// 1106 Haugesund (38 000 inhabitants), 1119 Hå and 1120 Klepp (about 20 000): 36 årsverk per group is plausible.
const HAUGESUND = '1106';

describe('a plausible unit passes', () => {
  it('gives no findings', () => {
    expect(run(extract([unit(HAUGESUND, 2)]))).toEqual([]);
  });
});

describe('units', () => {
  it('0301 never reports; bydeler always do; 030116 Sentrum is not a reporting unit', () => {
    const x = extract([unit('0301', 2), unit('030110', 3), unit('030116', 4)]);
    expect(rules(x).filter((r) => r.startsWith('unit.'))).toEqual(['unit.oslo-total Innsending!A2 0301', 'unit.unknown Innsending!A4 030116']);
  });

  it('status against årsverk, and units missing from Innsending', () => {
    const empty = Object.fromEntries(yc.arsverk.map((v) => [v.code, null]));
    const x = extract([
      unit(HAUGESUND, 2, { arsverk: empty }),
      unit('1119', 3, { status: 'ikke levert' }),
      unit('1120', 4, { source: { file: 't.xlsx', rows: { Årsverk: 9 } } }),
    ]);
    expect(rules(x)).toEqual([
      'unit.levert-without-arsverk Innsending!C2 1106',
      'unit.arsverk-not-levert Innsending!C3 1119',
      'unit.not-in-innsending Årsverk!A9 1120',
    ]);
  });

  it('skips sheet-dependent checks when a sheet could not be read', () => {
    const empty = Object.fromEntries(yc.arsverk.map((v) => [v.code, null]));
    const x = extract([unit(HAUGESUND, 2, { arsverk: empty })], { Innsending: { enhetsnr: 'A', status: 'C' } });
    expect(rules(x)).toEqual([]);
  });

  it('a year without reference data is noted, not an error', () => {
    const x = { ...extract([unit(HAUGESUND, 2)]), year: 2031 };
    expect(run(x).map((f) => [f.severity, f.rule])).toEqual([['info', 'reference.year-missing']]);
  });
});

describe('årsverk', () => {
  it('tiltak and utdanning may differ by 0,05 but not by 0,06', () => {
    const ok = unit(HAUGESUND, 2);
    ok.arsverk.V_T21 = (ok.arsverk.V_T21 ?? 0) + 0.05;
    const bad = unit('1119', 3);
    bad.arsverk.B_U29 = (bad.arsverk.B_U29 ?? 0) - 0.06;
    expect(rules(extract([ok, bad]))).toEqual([`sum.tiltak-utdanning Årsverk!${letters.B_T21}3 1119`]);
  });

  it('negative values, and columns of the other scheme', () => {
    const u = unit(HAUGESUND, 2);
    u.arsverk.V_T21 = -1;
    u.arsverk.V_T22 = (u.arsverk.V_T22 ?? 0) + (36 / 8 + 1);
    const x = extract([u], { Innsending: { enhetsnr: 'A', status: 'C' }, Årsverk: { ...letters, V_T01: 'AH' }, Spørsmål: qLetters });
    expect(rules(x)).toEqual(['arsverk.not-in-year Årsverk!AH1', `arsverk.negative Årsverk!${letters.V_T21}2 1106`]);
  });
});

describe('answers', () => {
  it('choices, numbers, text length and asked_if', () => {
    const a = unit(HAUGESUND, 2);
    a.answers = { ...a.answers, RPH: 3, RPH_ARSVERK: 2, FACT: 'Ja', KOMMENTAR: 'x'.repeat(2001) };
    const b = unit('1119', 3);
    b.answers = { ...b.answers, RPH: 1, RPH_ARSVERK: -1, BOLIG: 2.5 };
    const c = unit('1120', 4);
    c.answers = { ...c.answers, RPH: 2, RPH_ARSVERK: 'to' };
    const found = run(extract([a, b, c])).map((f) => `${f.severity} ${f.rule} ${f.cell} ${f.unit}`);
    expect(found).toEqual([
      `warning answer.asked-if ${qLetters.RPH_ARSVERK}2 1106`,
      `error answer.invalid-choice ${qLetters.FACT}2 1106`,
      `warning answer.too-long ${qLetters.KOMMENTAR}2 1106`,
      `error answer.out-of-range ${qLetters.RPH_ARSVERK}3 1119`,
      `error answer.invalid-choice ${qLetters.BOLIG}3 1119`,
      `error answer.not-a-number ${qLetters.RPH_ARSVERK}4 1120`,
    ]);
  });
});

describe('rates per 10 000 in the target group', () => {
  it('judges against the typical rate of the size group', () => {
    // 2 000 inhabitants (about 1 600 adults) and 300 årsverk: absurd.
    expect(judgeRate(300, 1600, TYPICAL_RATE['lt2000'].V)).toBe('absurd');
    // A tiny kommune: 2 årsverk for 170 adults is 118 per 10 000, 3,5 × typical, but only 1,4 årsverk off.
    expect(judgeRate(2, 170, 34)).toBe('ok');
    // Four times typical and 30 årsverk too many: a warning.
    expect(judgeRate(40, 10_000, 10)).toBe('outlier');
    // Far too few: under a quarter of typical, 20 årsverk short.
    expect(judgeRate(5, 10_000, 25)).toBe('outlier');
    expect(judgeRate(25, 10_000, 25)).toBe('ok');
  });

  it('uses the unit’s own population: a big total for a small kommune is flagged', () => {
    // Sømna, about 2 000 inhabitants: 36 årsverk per group. Voksne (1 611 adults): 223 per 10 000,
    // 6,6 × typical → warning; barn og unge (365 children): 986 per 10 000, 16 × typical → error.
    const small = unit('1812', 2);
    const found = run(extract([small])).map((f) => `${f.severity} ${f.rule} ${f.cell}`);
    expect(found).toEqual([`warning rate.outlier ${letters.V_T21}2`, `error rate.absurd ${letters.B_T21}2`]);
  });
});

describe('change from last year', () => {
  it('over 50 % and over 2 årsverk', () => {
    expect(isLargeChange(10, 16)).toBe(true);
    expect(isLargeChange(10, 15)).toBe(false); // exactly 50 %
    expect(isLargeChange(2, 3.9)).toBe(false); // +95 %, but under 2 årsverk
    expect(isLargeChange(0, 2.5)).toBe(true);
    expect(isLargeChange(100, 40)).toBe(true);
  });

  it('compares group totals by unit code, across the 2023 → 2024 scheme change', () => {
    const yc23 = codebookForYear(codebook, 2023);
    const before: UnitReport = {
      ...unit(HAUGESUND, 2),
      arsverk: Object.fromEntries(yc23.arsverk.map((v) => [v.code, v.group === 'B' && v.kind === 'tiltak' ? 2 : 0])),
    };
    const prev: YearExtract = { ...extract([before]), year: 2023, scheme: 'A' };
    // B tiltak: 7 × 2 = 14 årsverk in 2023, 36 in 2024 → large; V: 0 → 36 → large.
    expect(rules(extract([unit(HAUGESUND, 2)]), prev)).toEqual([
      `change.large Årsverk!${letters.V_T21}2 1106`,
      `change.large Årsverk!${letters.B_T21}2 1106`,
    ]);
  });
});
