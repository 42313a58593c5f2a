// A small line chart of rates over the years: one line per series (the unit emphasised), a light grid from
// zero, every third year labelled (ending at the last), and dashed rules where the series break. Across a
// break where the categories changed the lines are not joined. Missing years leave a gap.
// Drawn by hand for speed (see util.ts), but with the report's rules: the value scale and its ticks
// (charts/scale.ts), the year domain, where a line runs (charts/line-runs.ts), the break labels' placement
// (charts/builders/break-labels.ts), and the look's colours, strokes and dashes (pipeline/look).
import { BREAK_LABEL_GAP, layoutBreakLabels } from '../../charts/builders/break-labels.ts';
import { lineRuns } from '../../charts/line-runs.ts';
import { linearScale, yearDomain } from '../../charts/scale.ts';
import { AXIS, DASH, GRID, POINT, SMALL, STROKE, TEXT, TEXT_MUTED } from '../../look/index.ts';
import { dash, esc, px, svgRoot, TEXT_TOP, type SvgFrame } from './util.ts';

export interface LineSeriesSpec {
  color: string;
  /** On and off lengths of the stroke in px; none for a solid line. */
  dash?: readonly [number, number];
  strokeWidth: number;
  /** Dots on every value (otherwise only on values that stand alone). */
  dots: boolean;
  values: (number | undefined)[];
}

export interface LineBreakSpec {
  year: number;
  label: string;
  /** False: the lines are not joined across the break. */
  comparable: boolean;
}

export interface LineChartSpec extends SvgFrame {
  years: number[];
  series: LineSeriesSpec[];
  breaks: LineBreakSpec[];
  formatTick: (v: number) => string;
}

const isValue = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/** Ticks on the value axis (about). */
const TICKS = 4;
/** Every how many years the year axis is labelled (counted back from the last). */
const YEAR_STEP = 3;

export function lineChart(spec: LineChartSpec): string {
  const { width, height, years, series, breaks } = spec;
  const m = SMALL.line;
  const plotW = width - m.left - m.right;
  const [x0, x1] = yearDomain(years);
  const x = (year: number) => m.left + ((year - x0) / (x1 - x0)) * plotW;
  const labels = layoutBreakLabels(
    breaks.map((b) => ({ at: (b.year - 0.5 - x0) / (x1 - x0), lines: [b.label] })),
    plotW,
    SMALL.annotationSize,
  );
  const plotTop = m.top + labels.height;
  const plotBottom = height - m.bottom;
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter(isValue)));
  const scale = max > 0 ? linearScale(0, max, [plotBottom, plotTop], TICKS) : linearScale(0, 1, [plotBottom, plotTop], 1);
  const y = scale.map;
  const last = years[years.length - 1]!;
  const parts: string[] = [];

  for (const t of scale.ticks) {
    parts.push(`<line x1="${px(m.left)}" x2="${px(width - m.right)}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="${t === 0 ? AXIS : GRID}" stroke-width="${STROKE.grid}"/>`);
    parts.push(`<text x="${px(m.left - 4)}" y="${px(y(t) + 3.5)}" text-anchor="end" font-size="${SMALL.labelSize}" fill="${TEXT}">${esc(spec.formatTick(t))}</text>`);
  }
  for (const year of years) {
    if ((last - year) % YEAR_STEP !== 0) continue;
    parts.push(`<text x="${px(x(year))}" y="${px(height - 5)}" text-anchor="middle" font-size="${SMALL.labelSize}" fill="${TEXT}">${year}</text>`);
  }
  breaks.forEach((b, i) => {
    const label = labels.labels[i]!;
    const bx = x(b.year - 0.5);
    const top = plotTop + label.top;
    parts.push(
      `<line x1="${px(bx)}" x2="${px(bx)}" y1="${px(top)}" y2="${px(plotBottom)}" stroke="${TEXT_MUTED}" stroke-width="${STROKE.reference}" stroke-dasharray="${dash(DASH.reference)}"/>`,
    );
    const left = label.align === 'left';
    label.lines.forEach((line, k) => {
      parts.push(
        `<text x="${px(left ? bx + BREAK_LABEL_GAP : bx - BREAK_LABEL_GAP)}" y="${px(top + TEXT_TOP * SMALL.annotationSize + k * labels.lineHeight)}" text-anchor="${left ? 'start' : 'end'}" font-size="${SMALL.annotationSize}" fill="${TEXT_MUTED}">${esc(line)}</text>`,
      );
    });
  });
  const hard = new Set(breaks.filter((b) => !b.comparable).map((b) => b.year));
  // Draw the emphasised (first) series last, on top.
  for (const s of [...series].reverse()) {
    const runs = lineRuns(years, (i) => isValue(s.values[i]), hard);
    const d = runs
      .filter((run) => run.length > 1)
      .map((run) => run.map((i, k) => `${k === 0 ? 'M' : 'L'}${px(x(years[i]!))} ${px(y(s.values[i]!))}`).join(''))
      .join('');
    if (d) parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.strokeWidth}"${s.dash ? ` stroke-dasharray="${dash(s.dash)}"` : ''} stroke-linejoin="round"/>`);
    // Dots on every value of a dotted series; on the others only where a value stands alone (no line).
    for (const run of runs) {
      if (!s.dots && run.length > 1) continue;
      for (const i of run) {
        parts.push(`<circle cx="${px(x(years[i]!))}" cy="${px(y(s.values[i]!))}" r="${s.dots ? POINT.dotRadius : POINT.loneRadius}" fill="${s.color}"/>`);
      }
    }
  }
  return svgRoot(spec, parts.join(''));
}
