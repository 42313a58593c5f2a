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

/** An author's description of a helper (docs/reference.md is generated from these; a test fails on a helper without one). */
export interface HelperDoc {
  /** How it is written: `{{int x}}`. */
  usage: string;
  description: string;
  /** An example and what it gives: `{{int 17436}} → 17 436`. */
  example?: string;
}

/** The helpers of every template (report and fact sheets). */
export const HELPER_DOCS: Readonly<Record<string, HelperDoc>> = {
  int: { usage: '{{int x}}', description: 'An integer with a no-break space between thousands; a missing value is "–".', example: '{{int 17436}} → 17 436' },
  dec: { usage: '{{dec x digits}}', description: 'A decimal number with a decimal comma (default 1 digit).', example: '{{dec 2.05 1}} → 2,1' },
  pct: { usage: '{{pct share digits}}', description: 'A share (0–1) as per cent with the % sign, for tables and parentheses (default 1 digit).', example: '{{pct 0.021}} → 2,1 %; {{pct 0.021 0}} → 2 %' },
  pctWord: { usage: '{{pctWord share digits}}', description: 'A share as per cent with the word «prosent», for running text.', example: '{{pctWord 0.021}} → 2,1 prosent' },
  signed: { usage: '{{signed x digits}}', description: 'A number with its sign (+ or a true minus), default 0 digits.', example: '{{signed -8}} → −8; {{signed 2.14 1}} → +2,1' },
  signedPct: { usage: '{{signedPct share digits}}', description: 'A relative change as signed per cent.', example: '{{signedPct 0.021}} → +2,1 %' },
  pp: { usage: '{{pp x digits}}', description: 'A difference of shares in percentage points.', example: '{{pp 0.021}} → +2,1 prosentpoeng' },
  per10k: { usage: '{{per10k x}}', description: 'A rate per 10 000 with one decimal.', example: '{{per10k 35.88}} → 35,9' },
  cell: { usage: '{{cell value "format"}}', description: 'A value in a registry column format (integer, decimal1, percent1, signedPercent1, text …).', example: '{{cell 0.5 "percent1"}} → 50,0 %' },
  plural: { usage: '{{plural n "singular" "plural"}}', description: 'A count with the right form of the word.', example: '{{plural 2 "kommune" "kommuner"}} → 2 kommuner' },
  change: {
    usage: '{{change delta relative unit="årsverk" digits=0}}',
    description: 'A change as a phrase, in the template\'s written standard (bokmål or nynorsk); "ingen endring" when it rounds to 0.',
    example: '{{change 362 0.021 unit="årsverk"}} → en økning på 362 årsverk, eller 2,1 prosent',
  },
  eq: { usage: '{{#if (eq a b)}}', description: 'Whether a and b are the same value.' },
  ne: { usage: '{{#if (ne a b)}}', description: 'Whether a and b differ.' },
  gt: { usage: '{{#if (gt a b)}}', description: 'Whether the number a is greater than b.', example: '{{#if (gt estimated 0)}}…{{/if}}' },
  lt: { usage: '{{#if (lt a b)}}', description: 'Whether the number a is less than b.' },
  and: { usage: '{{#if (and a b …)}}', description: 'Whether every argument is true.' },
  or: { usage: '{{#if (or a b …)}}', description: 'Whether any argument is true.' },
  not: { usage: '{{#if (not a)}}', description: 'The opposite of a.' },
  'lookup-or': { usage: '{{lookup-or object key "fallback"}}', description: 'object[key], or the fallback when it has no such value.' },
};

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
