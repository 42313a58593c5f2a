// One place that maps a value format to the text formatter (labels, alt text) and the d3 format string
// Vega uses for axis ticks (rendered with the same nb-NO locale).
import { formatDecimal, formatInteger, formatPercent } from '../format/index.ts';
import type { NumberFormatter } from './alt-text.ts';
import type { ValueFormat } from './types.ts';

export const TEXT_FORMAT: Record<ValueFormat, NumberFormatter> = {
  integer: (x) => formatInteger(x),
  decimal1: (x) => formatDecimal(x, 1),
  decimal2: (x) => formatDecimal(x, 2),
  percent1: (x) => formatPercent(x, { digits: 1 }),
};

/** Axis tick formats: ticks are round numbers, so fewer decimals than the labels. */
export const AXIS_FORMAT: Record<ValueFormat, string> = {
  integer: ',d',
  decimal1: ',~f',
  decimal2: ',~f',
  percent1: '.0%',
};
