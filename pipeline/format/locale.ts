// Norwegian (bokmål) locale as plain data. The same objects drive our text formatters and Vega's axis labels
// (d3-format / d3-time-format locale definitions), so a number reads the same in a sentence and on an axis.

/** d3-format locale definition (https://d3js.org/d3-format#formatLocale). */
export interface NumberLocaleDefinition {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
  percent: string;
  nan: string;
}

/** d3-time-format locale definition (https://d3js.org/d3-time-format#timeFormatLocale). */
export interface TimeLocaleDefinition {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: [string, string, string, string, string, string, string];
  shortDays: [string, string, string, string, string, string, string];
  months: [string, string, string, string, string, string, string, string, string, string, string, string];
  shortMonths: [string, string, string, string, string, string, string, string, string, string, string, string];
}

/** No-break space: the thousands separator and the space before «%» (keeps `17 436` and `2,1 %` on one line). */
export const NBSP = '\u00a0';
/** Minus sign U+2212 (not the hyphen-minus). */
export const MINUS = '\u2212';
/**
 * The marker for a value that was not observed (null, undefined, NaN, ±Infinity): an en dash, as in SSB's
 * tables («–»: tall kan ikke forekomme / mangler). Never 0.
 */
export const MISSING = '\u2013';

export const NB_NUMBER_LOCALE: Readonly<NumberLocaleDefinition> = Object.freeze<NumberLocaleDefinition>({
  decimal: ',',
  thousands: NBSP,
  grouping: [3],
  currency: ['kr ', ''],
  minus: MINUS,
  percent: `${NBSP}%`,
  nan: MISSING,
});

export const NB_TIME_LOCALE: Readonly<TimeLocaleDefinition> = Object.freeze<TimeLocaleDefinition>({
  dateTime: '%A %e. %B %Y kl. %H.%M',
  date: '%d.%m.%Y',
  time: '%H.%M.%S',
  periods: ['AM', 'PM'],
  days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  shortDays: ['søn.', 'man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.'],
  months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  shortMonths: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
});

/** Words the formatters use. */
export const NB_WORDS = Object.freeze({
  percent: 'prosent',
  percentagePoints: 'prosentpoeng',
  per10000: `per 10${NBSP}000`,
  per1000: `per 1${NBSP}000`,
});
