import { describe, expect, it } from 'vitest';
import { describeExtremes, describeTrend, endpoints, listNorwegian } from '../../pipeline/charts/alt-text.ts';
import { formatDecimal } from '../../pipeline/format/index.ts';

describe('describeTrend', () => {
  it('increase', () => {
    expect(describeTrend('årsverkene', { year: 2015, value: 13131 }, { year: 2023, value: 17436 })).toBe(
      'Årsverkene økte fra 13\u00a0131 i 2015 til 17\u00a0436 i 2023.',
    );
  });
  it('decrease', () => {
    expect(describeTrend('Årsverkene for barn og unge', { year: 2022, value: 4182.4 }, { year: 2023, value: 4120.2 })).toBe(
      'Årsverkene for barn og unge gikk ned fra 4\u00a0182 i 2022 til 4\u00a0120 i 2023.',
    );
  });
  it('unchanged as the reader sees it (equal after rounding)', () => {
    expect(describeTrend('Andelen', { year: 2020, value: 31.84 }, { year: 2024, value: 31.76 }, (x) => formatDecimal(x, 1))).toBe(
      'Andelen var uendret fra 2020 til 2024 (31,8).',
    );
  });
  it('negative values read with U+2212', () => {
    expect(describeTrend('Endringen', { year: 2022, value: -8 }, { year: 2023, value: 12 })).toBe('Endringen økte fra \u22128 i 2022 til 12 i 2023.');
  });
});

describe('endpoints', () => {
  it('skips missing values and needs two observed years', () => {
    expect(endpoints([{ year: 2016, value: null }, { year: 2017, value: 5 }, { year: 2015, value: 3 }, { year: 2018, value: NaN }])).toEqual([
      { year: 2015, value: 3 },
      { year: 2017, value: 5 },
    ]);
    expect(endpoints([{ year: 2015, value: 3 }, { year: 2016, value: null }])).toBeUndefined();
  });
});

describe('describeExtremes', () => {
  const fmt = (x: number) => formatDecimal(x, 1);
  it('names highest and lowest, skipping missing', () => {
    expect(
      describeExtremes(
        [
          { label: 'Oslo', value: 28.07 },
          { label: 'Finnmark', value: 61.2 },
          { label: 'Agder', value: null },
        ],
        fmt,
      ),
    ).toBe('Høyest var Finnmark (61,2), lavest Oslo (28,1).');
  });
  it('with a prefix, and when all are equal or missing', () => {
    expect(describeExtremes([{ label: 'A', value: 2 }, { label: 'B', value: 5 }], fmt, 'voksne')).toBe('Voksne: høyest var B (5,0), lavest A (2,0).');
    expect(describeExtremes([{ label: 'A', value: 2 }, { label: 'B', value: 2.01 }], fmt)).toBe('Alle hadde 2,0.');
    expect(describeExtremes([{ label: 'A', value: 2 }, { label: 'B', value: null }], fmt)).toBe('Bare A har tall (2,0).');
    expect(describeExtremes([{ label: 'A', value: null }], fmt, 'barn og unge')).toBe('Barn og unge: ingen tall (\u2013).');
  });
});

describe('listNorwegian', () => {
  it('joins with commas and «og»', () => {
    expect(listNorwegian([])).toBe('');
    expect(listNorwegian(['a'])).toBe('a');
    expect(listNorwegian(['a', 'b'])).toBe('a og b');
    expect(listNorwegian(['a', 'b', 'c'])).toBe('a, b og c');
  });
});
