// Norwegian number formatting (nb-NO) as small pure functions; locale as plain data shared with Vega.
// Missing-data rule everywhere: null, undefined, NaN, ±Infinity → MISSING ('–'), never 0.
//   formatInteger(17436) → '17 436'   formatDecimal(2.05, 1) → '2,1'   formatSigned(-8) → '−8'
//   formatPercent(0.021) → '2,1 %'    formatPercent(0.021, { style: 'word' }) → '2,1 prosent'
//   formatPer10000(35.88) → '35,9'    plural(2, 'kommune', 'kommuner') → '2 kommuner'
//   formatCell(value, columnFormat)   (the registry's ColumnFormat)
// Spaces in numbers are no-break spaces (U+00A0); the minus is U+2212; rounding is decimal, half away from 0.
export { MINUS, MISSING, NB_NUMBER_LOCALE, NB_TIME_LOCALE, NB_WORDS, NBSP } from './locale.ts';
export type { NumberLocaleDefinition, TimeLocaleDefinition } from './locale.ts';
export { round, roundDecimal } from './decimal.ts';
export {
  formatDecimal,
  formatInteger,
  formatPer10000,
  formatPercent,
  formatPercentagePoints,
  formatSigned,
  isObserved,
  THOUSANDS_SEPARATOR,
} from './number.ts';
export type { Num, PercentOptions } from './number.ts';
export { plural, pluralWord } from './plural.ts';
export { formatCell } from './column.ts';
