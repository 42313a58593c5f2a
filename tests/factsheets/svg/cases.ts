// The fact sheets' golden chart cases: tests/factsheets/svg/cases/<name>/input/chart.json names a chart kind
// (line, strip) and its input (a line's series by their role on the sheet: unit, sizeGroup, fylke, land); expected/chart.svg is the SVG drawn from it. Tick labels are formatted as on
// the sheets (whole numbers).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineChart, type LineChartSpec } from '../../../pipeline/factsheets/svg/line.ts';
import { stripChart, type StripSpec } from '../../../pipeline/factsheets/svg/strip.ts';
import type { TrendSeries } from '../../../pipeline/factsheets/types.ts';
import { fmt } from '../../../pipeline/factsheets/view/context.ts';
import { TREND_LOOK } from '../../../pipeline/factsheets/view/trend.ts';

export const SVG_CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');

export type SheetChartCase =
  | { kind: 'line'; input: Omit<LineChartSpec, 'formatTick' | 'series'> & { series: { look: TrendSeries['key']; values: (number | null)[] }[] } }
  | { kind: 'strip'; input: Omit<StripSpec, 'formatTick'> };

/** Every chart kind the fact sheets draw; a kind without a case fails the golden test. */
export const SHEET_CHART_KINDS = ['line', 'strip'] as const;

export function draw(c: SheetChartCase): string {
  const formatTick = (v: number) => fmt.int(v);
  switch (c.kind) {
    case 'line':
      // Series drawn as on the sheets (view/trend.ts); null in JSON is a missing year.
      return lineChart({
        ...c.input,
        series: c.input.series.map((s) => ({ ...TREND_LOOK[s.look], values: s.values.map((v) => v ?? undefined) })),
        formatTick,
      });
    case 'strip':
      return stripChart({ ...c.input, formatTick });
  }
}

export function sheetCaseNames(): string[] {
  return readdirSync(SVG_CASES_DIR).sort();
}

export function loadSheetCase(name: string): SheetChartCase {
  return JSON.parse(readFileSync(join(SVG_CASES_DIR, name, 'input', 'chart.json'), 'utf8')) as SheetChartCase;
}
