// Norwegian plurals: singular for exactly one, plural otherwise (0 kommuner, 2 kommuner, 1,5 årsverk).
import { formatInteger, formatDecimal, isObserved } from './number.ts';
import type { Num } from './number.ts';
import { MISSING } from './locale.ts';

/** The word for a count: `kommune` for 1 (and −1), `kommuner` otherwise. */
export function pluralWord(n: number, singular: string, plural: string): string {
  return Math.abs(n) === 1 ? singular : plural;
}

/**
 * A count with its noun: `1 kommune`, `2 kommuner`, `17 436 kommuner`. Non-integers are shown with `digits`
 * decimals (default 1) and take the plural. A missing count gives `– kommuner`.
 */
export function plural(n: Num, singular: string, pluralForm: string, digits = 1): string {
  if (!isObserved(n)) return `${MISSING} ${pluralForm}`;
  const number = Number.isInteger(n) ? formatInteger(n) : formatDecimal(n, digits);
  return `${number} ${pluralWord(n, singular, pluralForm)}`;
}
