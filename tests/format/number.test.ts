import { describe, expect, it } from 'vitest';
import {
  formatCell,
  formatDecimal,
  formatInteger,
  formatPer10000,
  formatPercent,
  formatPercentagePoints,
  formatSigned,
  MINUS,
  MISSING,
  NBSP,
  plural,
  round,
} from '../../pipeline/format/index.ts';

const S = NBSP;
const M = MINUS;

// An independent reference: ICU's nb-NO formatting (no-break space grouping, U+2212 minus), rounding half
// away from zero on the decimal value; a rounded zero without sign, as our rule says.
const icuFormats = new Map<number, Intl.NumberFormat>();
function icu(x: number, digits: number): string {
  let f = icuFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('nb-NO', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      roundingMode: 'halfExpand',
      signDisplay: 'negative',
    });
    icuFormats.set(digits, f);
  }
  return f.format(x);
}

describe('formatInteger', () => {
  it.each([
    [17436, `17${S}436`],
    [1234, `1${S}234`],
    [999, '999'],
    [0, '0'],
    [-8, `${M}8`],
    [-17436, `${M}17${S}436`],
    [1234567, `1${S}234${S}567`],
    [17436.5, `17${S}437`],
    [-2.5, `${M}3`],
    [-0.4, '0'],
    [0.5, '1'],
  ])('%s → %s', (x, expected) => {
    expect(formatInteger(x)).toBe(expected);
  });

  it('uses the no-break space, not a normal or thin space, and U+2212, not a hyphen', () => {
    expect(formatInteger(-12345)).toBe('\u221212\u00a0345');
    expect(formatInteger(-12345)).not.toMatch(/[ \u2009\u202f-]/);
  });
});

describe('formatDecimal', () => {
  it.each([
    [2.1, 1, '2,1'],
    [2.05, 1, '2,1'], // 2.05 is 2.04999… in binary; toFixed would give 2,0
    [2.15, 1, '2,2'],
    [1.005, 2, '1,01'],
    [-2.05, 1, `${M}2,1`],
    [-0.04, 1, '0,0'],
    [17436.25, 1, `17${S}436,3`],
    [0.95, 0, '1'],
    [9.995, 2, '10,00'],
    [3, 2, '3,00'],
    [5e-7, 1, '0,0'],
    [1e21, 0, `1${S}000${S}000${S}000${S}000${S}000${S}000${S}000`],
  ])('%s with %s decimals → %s', (x, digits, expected) => {
    expect(formatDecimal(x, digits)).toBe(expected);
  });

  it('agrees with ICU nb-NO on many values', () => {
    // A deterministic sweep over magnitudes, signs and half-way cases.
    const xs: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const base = ((i * 7919) % 100_003) / 7;
      xs.push(base, -base, base * 1000, Math.round(base * 100) / 100 + 0.005, (i % 200) / 20 + 0.05);
    }
    for (const x of xs) {
      for (const d of [0, 1, 2]) expect(formatDecimal(x, d), `${x} (${d})`).toBe(icu(x, d));
    }
  });
});

describe('round', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(round(2.05, 1)).toBe(2.1);
    expect(round(-2.05, 1)).toBe(-2.1);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(2.5)).toBe(3);
    expect(round(-2.5)).toBe(-3);
    expect(round(1234.5678, 2)).toBe(1234.57);
    expect(Object.is(round(-0.04, 1), 0)).toBe(true);
  });
  it('refuses non-finite values', () => {
    expect(() => round(NaN)).toThrow(RangeError);
  });
});

describe('signed changes', () => {
  it.each([
    [362, 0, '+362'],
    [-8, 0, `${M}8`],
    [0, 0, '0'],
    [-0.4, 0, '0'],
    [0.04, 1, '0,0'],
    [2.05, 1, '+2,1'],
    [-1234.4, 0, `${M}1${S}234`],
    [1500, 0, `+1${S}500`],
  ])('%s (%s decimals) → %s', (x, d, expected) => {
    expect(formatSigned(x, d)).toBe(expected);
  });
});

describe('per cent', () => {
  it('formats a share with symbol or word', () => {
    expect(formatPercent(0.021)).toBe(`2,1${S}%`);
    expect(formatPercent(0.021, { style: 'word' })).toBe('2,1 prosent');
    expect(formatPercent(0.5, { digits: 0 })).toBe(`50${S}%`);
    expect(formatPercent(1)).toBe(`100,0${S}%`);
    expect(formatPercent(-0.034)).toBe(`${M}3,4${S}%`);
    expect(formatPercent(0.034, { signed: true })).toBe(`+3,4${S}%`);
  });

  it('moves the decimal point instead of multiplying (0.0185 → 1,9 %, not 1,8 %)', () => {
    expect((0.0185 * 100).toFixed(1)).toBe('1.8'); // what multiplying and toFixed would show
    expect(formatPercent(0.0185)).toBe(`1,9${S}%`);
    expect(formatPercent(0.1135)).toBe(`11,4${S}%`);
    expect(formatPercent(0.00205, { digits: 1 })).toBe(`0,2${S}%`);
  });

  it('percentage points', () => {
    expect(formatPercentagePoints(0.021)).toBe('+2,1 prosentpoeng');
    expect(formatPercentagePoints(-0.004)).toBe(`${M}0,4 prosentpoeng`);
  });
});

describe('per 10 000', () => {
  it('formats rates with one decimal, optionally with the unit', () => {
    expect(formatPer10000(35.884)).toBe('35,9');
    expect(formatPer10000(35.884, { unit: true })).toBe(`35,9 per 10${S}000 innbyggere`);
    expect(formatPer10000(35.884, { unit: true, population: 'innbyggere 18 år og over' })).toBe(
      `35,9 per 10${S}000 innbyggere 18 år og over`,
    );
  });
});

describe('plurals', () => {
  it.each([
    [1, '1 kommune'],
    [2, '2 kommuner'],
    [0, '0 kommuner'],
    [-1, `${M}1 kommune`],
    [356, '356 kommuner'],
    [1234, `1${S}234 kommuner`],
  ])('%s', (n, expected) => {
    expect(plural(n, 'kommune', 'kommuner')).toBe(expected);
  });
  it('non-integers take the plural and show a decimal', () => {
    expect(plural(1.5, 'årsverk', 'årsverk')).toBe('1,5 årsverk');
    expect(plural(1.0, 'bydel', 'bydeler')).toBe('1 bydel');
  });
});

describe('missing-data rule: never 0', () => {
  const missing = [null, undefined, NaN, Infinity, -Infinity];
  it.each(missing)('%s gives the dash', (x) => {
    expect(formatInteger(x)).toBe(MISSING);
    expect(formatDecimal(x)).toBe(MISSING);
    expect(formatSigned(x)).toBe(MISSING);
    expect(formatPercent(x)).toBe(MISSING);
    expect(formatPercentagePoints(x)).toBe(MISSING);
    expect(formatPer10000(x)).toBe(MISSING);
    expect(formatCell(x ?? null, 'integer')).toBe(MISSING);
  });
  it('the dash is an en dash and a plural of nothing says so', () => {
    expect(MISSING).toBe('\u2013');
    expect(plural(null, 'kommune', 'kommuner')).toBe('\u2013 kommuner');
  });
});

describe('formatCell', () => {
  it('formats by column format and passes text through', () => {
    expect(formatCell(17436.3, 'integer')).toBe(`17${S}436`);
    expect(formatCell(2.05, 'decimal1')).toBe('2,1');
    expect(formatCell(2.155, 'decimal2')).toBe('2,16');
    expect(formatCell(0.021, 'percent1')).toBe(`2,1${S}%`);
    expect(formatCell(-8, 'signedInteger')).toBe(`${M}8`);
    expect(formatCell(0.4, 'signedDecimal1')).toBe('+0,4');
    expect(formatCell(0.021, 'signedPercent1')).toBe(`+2,1${S}%`);
    expect(formatCell('Bø (Nordland)', 'text')).toBe('Bø (Nordland)');
  });
});
