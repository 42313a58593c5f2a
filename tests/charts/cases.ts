// The golden chart cases: tests/charts/cases/<name>/input/chart.json names a builder and its input;
// expected/ holds the Vega-Lite spec, the SVG, the alt text and the data table made from it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barChart } from '../../pipeline/charts/builders/bar.ts';
import type { BarInput } from '../../pipeline/charts/builders/bar.ts';
import { lineSeriesChart } from '../../pipeline/charts/builders/line-series.ts';
import type { LineSeriesInput } from '../../pipeline/charts/builders/line-series.ts';
import { oddsRatioChart } from '../../pipeline/charts/builders/odds-ratio.ts';
import type { OddsRatioInput } from '../../pipeline/charts/builders/odds-ratio.ts';
import { spreadChart } from '../../pipeline/charts/builders/spread.ts';
import type { SpreadInput } from '../../pipeline/charts/builders/spread.ts';
import { stackedBarChart } from '../../pipeline/charts/builders/stacked-bar.ts';
import type { StackedBarInput } from '../../pipeline/charts/builders/stacked-bar.ts';
import type { BuiltChart } from '../../pipeline/charts/types.ts';

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');

export type ChartCase =
  | { builder: 'lineSeries'; id: string; input: LineSeriesInput }
  | { builder: 'bar'; id: string; input: BarInput }
  | { builder: 'stackedBar'; id: string; input: StackedBarInput }
  | { builder: 'spread'; id: string; input: SpreadInput }
  | { builder: 'oddsRatio'; id: string; input: OddsRatioInput };

export function build(c: ChartCase): BuiltChart {
  switch (c.builder) {
    case 'lineSeries':
      return lineSeriesChart(c.input);
    case 'bar':
      return barChart(c.input);
    case 'stackedBar':
      return stackedBarChart(c.input);
    case 'spread':
      return spreadChart(c.input);
    case 'oddsRatio':
      return oddsRatioChart(c.input);
  }
}

export function caseNames(): string[] {
  return readdirSync(CASES_DIR).sort();
}

export function loadCase(name: string): ChartCase {
  return JSON.parse(readFileSync(join(CASES_DIR, name, 'input', 'chart.json'), 'utf8')) as ChartCase;
}
