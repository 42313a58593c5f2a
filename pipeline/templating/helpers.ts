// Handlebars helpers: Norwegian numbers, per cents, signed changes, plurals, change phrases, comparisons.
// Every number helper shows missing values (null, undefined, NaN) as "–", never 0.
import type Handlebars from 'handlebars';
import {
  formatCell,
  formatDecimal,
  formatInteger,
  formatPer10000,
  formatPercent,
  formatPercentagePoints,
  formatSigned,
  plural,
} from '../format/index.ts';
import type { ColumnFormat } from '../registry/types.ts';
import { changePhrase, type Lang } from './phrases.ts';

export type { Lang } from './phrases.ts';

type Options = Handlebars.HelperOptions;
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
/** Handlebars passes its options object last; a helper's optional arguments must not mistake it for a value. */
const arg = <T>(x: unknown, fallback: T): T => (x !== null && typeof x === 'object' && 'hash' in (x) ? fallback : ((x as T) ?? fallback));

export function registerHelpers(hb: typeof Handlebars, lang: Lang): void {
  hb.registerHelper({
    /** {{int 17436}} → 17 436 */
    int: (x: unknown) => formatInteger(num(x)),
    /** {{dec 2.05 1}} → 2,1 */
    dec: (x: unknown, digits: unknown) => formatDecimal(num(x), arg(digits, 1)),
    /** {{pct 0.021}} → 2,1 %   {{pct 0.021 0}} → 2 % */
    pct: (x: unknown, digits: unknown) => formatPercent(num(x), { digits: arg(digits, 1) }),
    /** {{pctWord 0.021}} → 2,1 prosent (running text) */
    pctWord: (x: unknown, digits: unknown) => formatPercent(num(x), { digits: arg(digits, 1), style: 'word' }),
    /** {{signed -8}} → −8   {{signed 2.14 1}} → +2,1 */
    signed: (x: unknown, digits: unknown) => formatSigned(num(x), arg(digits, 0)),
    /** {{signedPct 0.021}} → +2,1 % */
    signedPct: (x: unknown, digits: unknown) => formatPercent(num(x), { digits: arg(digits, 1), signed: true }),
    /** {{pp 0.021}} → +2,1 prosentpoeng */
    pp: (x: unknown, digits: unknown) => formatPercentagePoints(num(x), arg(digits, 1)),
    /** {{per10k 35.88}} → 35,9 */
    per10k: (x: unknown) => formatPer10000(num(x)),
    /** {{cell value "integer"}}: a value in a registry column format */
    cell: (x: unknown, format: unknown) => formatCell(x as number | string | null, format as ColumnFormat),
    /** {{plural 2 "kommune" "kommuner"}} → 2 kommuner */
    plural: (n: unknown, singular: unknown, pluralForm: unknown) => plural(num(n), String(singular), String(pluralForm)),
    /** {{change delta relative unit="årsverk"}} → en økning på 362 årsverk, eller 2,1 prosent */
    change: (delta: unknown, relative: unknown, options: Options) => {
      const hash = (options?.hash ?? {}) as { unit?: string; digits?: number };
      return changePhrase(num(delta), num(relative), { lang, ...(hash.unit ? { unit: hash.unit } : {}), ...(hash.digits !== undefined ? { digits: hash.digits } : {}) });
    },
    eq: (a: unknown, b: unknown) => a === b,
    ne: (a: unknown, b: unknown) => a !== b,
    gt: (a: unknown, b: unknown) => (num(a) ?? NaN) > (num(b) ?? NaN),
    lt: (a: unknown, b: unknown) => (num(a) ?? NaN) < (num(b) ?? NaN),
    and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    not: (a: unknown) => !a,
    /** {{lookup-or obj key "fallback"}} */
    'lookup-or': (obj: unknown, key: unknown, fallback: unknown) => {
      const v = obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[String(key)] : undefined;
      return v ?? fallback;
    },
  });
}
