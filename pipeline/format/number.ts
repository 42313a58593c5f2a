// Norwegian number formatting as small pure functions. Missing-data rule for every formatter: null,
// undefined, NaN and ±Infinity give MISSING ('–'), never 0. Rounding is decimal, half away from zero.
import { roundDecimal } from './decimal.ts';
import { MISSING, NB_NUMBER_LOCALE, NB_WORDS, NBSP } from './locale.ts';
import type { NumberLocaleDefinition } from './locale.ts';

export type Num = number | null | undefined;

export function isObserved(x: Num): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Thousands grouping of an integer digit string, by the locale's grouping sizes (d3-format semantics). */
function group(int: string, locale: NumberLocaleDefinition): string {
  const parts: string[] = [];
  let end = int.length;
  let gi = 0;
  while (end > 0) {
    const size = locale.grouping[Math.min(gi, locale.grouping.length - 1)] ?? end;
    const start = Math.max(0, end - (size > 0 ? size : end));
    parts.unshift(int.slice(start, end));
    end = start;
    gi++;
  }
  return parts.join(locale.thousands);
}

interface SignOptions {
  /** Show '+' on positive values (changes). */
  plus?: boolean;
}

function render(x: number, digits: number, shift: number, opts: SignOptions, locale: NumberLocaleDefinition): string {
  const r = roundDecimal(x, digits, shift);
  const body = group(r.int, locale) + (digits > 0 ? locale.decimal + r.frac : '');
  const sign = r.negative ? locale.minus : opts.plus && !r.zero ? '+' : '';
  return sign + body;
}

/** `17 436`; `−8`. */
export function formatInteger(x: Num, locale: NumberLocaleDefinition = NB_NUMBER_LOCALE): string {
  return isObserved(x) ? render(x, 0, 0, {}, locale) : MISSING;
}

/** `2,1` (digits = 1); `17 436,0`; `−0,4`. */
export function formatDecimal(x: Num, digits = 1, locale: NumberLocaleDefinition = NB_NUMBER_LOCALE): string {
  return isObserved(x) ? render(x, digits, 0, {}, locale) : MISSING;
}

/** A change with its sign: `+362`, `−8`, `0`; with digits `+2,1`. A change that rounds to zero has no sign. */
export function formatSigned(x: Num, digits = 0, locale: NumberLocaleDefinition = NB_NUMBER_LOCALE): string {
  return isObserved(x) ? render(x, digits, 0, { plus: true }, locale) : MISSING;
}

export interface PercentOptions {
  digits?: number;
  /** 'symbol': `2,1 %` (tables, charts); 'word': `2,1 prosent` (running text). Default 'symbol'. */
  style?: 'symbol' | 'word';
  /** Show '+' on positive values. */
  signed?: boolean;
}

/** A share (0.021) as per cent: `2,1 %` or `2,1 prosent`. */
export function formatPercent(share: Num, opts: PercentOptions = {}, locale: NumberLocaleDefinition = NB_NUMBER_LOCALE): string {
  if (!isObserved(share)) return MISSING;
  const body = render(share, opts.digits ?? 1, 2, { plus: opts.signed ?? false }, locale);
  return opts.style === 'word' ? `${body} ${NB_WORDS.percent}` : body + locale.percent;
}

/** A change in a share (0.021) in percentage points: `+2,1 prosentpoeng`. */
export function formatPercentagePoints(deltaShare: Num, digits = 1, locale: NumberLocaleDefinition = NB_NUMBER_LOCALE): string {
  if (!isObserved(deltaShare)) return MISSING;
  return `${render(deltaShare, digits, 2, { plus: true }, locale)} ${NB_WORDS.percentagePoints}`;
}

/** A rate per 10 000 inhabitants: `41,3`, or with `unit: true` `41,3 per 10 000 innbyggere`. */
export function formatPer10000(
  rate: Num,
  opts: { digits?: number; unit?: boolean; population?: string } = {},
  locale: NumberLocaleDefinition = NB_NUMBER_LOCALE,
): string {
  if (!isObserved(rate)) return MISSING;
  const body = render(rate, opts.digits ?? 1, 0, {}, locale);
  return opts.unit ? `${body} ${NB_WORDS.per10000} ${opts.population ?? 'innbyggere'}` : body;
}

/** Digit-group separator check for tests and callers: the no-break space. */
export const THOUSANDS_SEPARATOR = NBSP;
