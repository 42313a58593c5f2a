// The locale objects drive Vega (d3-format / d3-time-format). Formatting through Vega's own formatter with
// them must read like our text formatters.
import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatInteger, NB_NUMBER_LOCALE, NB_TIME_LOCALE } from '../../pipeline/format/index.ts';

// vega.locale(number, time) builds formatters without touching Vega's defaults (untyped in vega's typings).
const vegaLocale = (vega as unknown as { locale: (n: object, t: object) => unknown }).locale;
const loc = vegaLocale(NB_NUMBER_LOCALE, NB_TIME_LOCALE) as {
  format: (spec: string) => (x: number) => string;
  utcFormat: (spec: string) => (d: Date) => string;
};

describe('nb-NO locale for Vega', () => {
  it('has the agreed separators', () => {
    expect(NB_NUMBER_LOCALE).toMatchObject({ decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['kr ', ''], minus: '\u2212' });
  });

  it('formats integers and decimals like our formatters', () => {
    for (let i = 0; i < 2000; i++) {
      const x = ((i * 104729) % 1_000_003) - 400_000;
      expect(loc.format(',d')(x)).toBe(formatInteger(x));
      const y = x / 8; // exact in binary: no half-way ambiguity between toFixed and decimal rounding
      expect(loc.format(',.1f')(y)).toBe(formatDecimal(y, 1));
    }
  });

  it('formats per cent with a space before %', () => {
    expect(loc.format('.1%')(0.021)).toBe('2,1\u00a0%');
    expect(loc.format('.0%')(0.25)).toBe('25\u00a0%');
  });

  it('names months and days in Norwegian', () => {
    const d = new Date(Date.UTC(2024, 2, 14));
    expect(loc.utcFormat('%B %Y')(d)).toBe('mars 2024');
    expect(loc.utcFormat('%A %e. %B')(d)).toBe('torsdag 14. mars');
    expect(loc.utcFormat('%b')(new Date(Date.UTC(2024, 0, 5)))).toBe('jan.');
    expect(loc.utcFormat('%x')(d)).toBe('14.03.2024');
  });
});
