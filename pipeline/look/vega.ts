// The charts' look as a Vega-Lite config, made from the tokens: Open Sans everywhere, sizes for print, light
// grid, the colour-blind-safe palette, Norwegian locale.
import type { Config } from 'vega-lite';
import { FONT_STACK } from '../fonts/index.ts';
import { NB_NUMBER_LOCALE, NB_TIME_LOCALE } from '../format/index.ts';
import {
  ANNOTATION_SIZE, AXIS, BACKGROUND, CATEGORICAL, CHART_TITLE_SIZE, GRID, LABEL_SIZE, POINT, PRIMARY, STROKE, TEXT, TEXT_MUTED, TITLE_SIZE,
} from './tokens.ts';

/** Locale in the form Vega's View and config take ({ number, time } d3 definitions). */
export const VEGA_LOCALE = {
  number: { ...NB_NUMBER_LOCALE, grouping: [...NB_NUMBER_LOCALE.grouping], currency: [...NB_NUMBER_LOCALE.currency] },
  time: { ...NB_TIME_LOCALE },
};

export function chartTheme(): Config {
  return {
    font: FONT_STACK,
    background: BACKGROUND,
    padding: 4,
    autosize: { type: 'fit', contains: 'padding' },
    view: { stroke: null },
    locale: VEGA_LOCALE as Config['locale'],
    range: { category: [...CATEGORICAL] },
    axis: {
      labelFont: FONT_STACK,
      labelFontSize: LABEL_SIZE,
      labelColor: TEXT,
      labelLimit: 260,
      titleFont: FONT_STACK,
      titleFontSize: TITLE_SIZE,
      titleFontWeight: 600,
      titleColor: TEXT,
      titlePadding: 8,
      gridColor: GRID,
      gridWidth: STROKE.grid,
      domainColor: AXIS,
      tickColor: AXIS,
      tickSize: 4,
      labelPadding: 3,
    },
    axisX: { labelAngle: 0, grid: false, labelOverlap: true, labelFlush: true },
    axisY: { domain: false, ticks: false, grid: true, labelOverlap: true, titleAngle: 0, titleAlign: 'left', titleAnchor: 'end', titleY: -12, titleX: 0 },
    axisBand: { grid: false, domain: false, ticks: false },
    legend: {
      labelFont: FONT_STACK,
      labelFontSize: LABEL_SIZE,
      labelColor: TEXT,
      labelLimit: 320,
      titleFont: FONT_STACK,
      titleFontSize: TITLE_SIZE,
      titleFontWeight: 600,
      titleColor: TEXT,
      orient: 'bottom',
      direction: 'horizontal',
      symbolSize: 110,
      symbolStrokeWidth: 2,
      columnPadding: 14,
      rowPadding: 4,
      padding: 0,
      offset: 12,
    },
    header: { labelFont: FONT_STACK, titleFont: FONT_STACK, labelFontSize: LABEL_SIZE, titleFontSize: TITLE_SIZE },
    title: { font: FONT_STACK, fontSize: CHART_TITLE_SIZE, fontWeight: 600, color: TEXT, anchor: 'start' },
    text: { font: FONT_STACK, fontSize: ANNOTATION_SIZE, color: TEXT },
    mark: { color: PRIMARY },
    line: { strokeWidth: STROKE.line },
    point: { size: POINT.lineArea, filled: true },
    bar: { discreteBandSize: { band: 0.75 } },
    rule: { color: TEXT_MUTED },
  };
}
