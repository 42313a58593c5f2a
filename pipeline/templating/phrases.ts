// Norwegian phrases for changes, in bokmål and nynorsk: "en økning på 362 årsverk, eller 2,1 prosent".
import { formatDecimal, formatInteger, formatPercent, isObserved, round } from '../format/index.ts';

export type Lang = 'nb' | 'nn';

const WORDS = {
  nb: { up: 'en økning på', down: 'en nedgang på', none: 'ingen endring', or: 'eller', percent: 'prosent' },
  nn: { up: 'ein auke på', down: 'ein nedgang på', none: 'inga endring', or: 'eller', percent: 'prosent' },
} as const;

export interface ChangeOptions {
  /** Unit after the number, e.g. "årsverk". */
  unit?: string;
  /** Decimals of the absolute change (default 0). */
  digits?: number;
  lang?: Lang;
}

/**
 * The change from `before` to `after` as a phrase. Direction follows the rounded number shown, so a change
 * that rounds to 0 reads "ingen endring"; the relative change is added when `before` is positive.
 */
export function changePhrase(delta: number | null | undefined, relative: number | null | undefined, opts: ChangeOptions = {}): string {
  const w = WORDS[opts.lang ?? 'nb'];
  if (!isObserved(delta ?? undefined)) return '–';
  const digits = opts.digits ?? 0;
  const shown = round(Math.abs(delta!), digits);
  if (shown === 0) return w.none;
  const amount = digits === 0 ? formatInteger(shown) : formatDecimal(shown, digits);
  const unit = opts.unit ? ` ${opts.unit}` : '';
  const rel = isObserved(relative ?? undefined) ? `, ${w.or} ${formatPercent(Math.abs(relative!), { style: 'word' })}` : '';
  return `${delta! > 0 ? w.up : w.down} ${amount}${unit}${rel}`;
}
