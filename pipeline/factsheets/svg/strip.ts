// Where one value sits among others: the compared units, a box from the first to the third quartile with the
// median, a dashed rule at the country's value, and the unit itself as a large dot. The compared units are
// drawn as small dots (spread vertically by a hash of their code, the same picture on every run, as in the
// report's spread chart) when there are few enough to tell apart; above SMALL.stripDensity.maxDots as their
// distribution (how many units fall in each narrow bin, mirrored round the middle), so a strip has a bounded
// number of marks however large the country is (the sheets' cost grows no faster than their number).
// The value scale and its ticks follow the report's rule (charts/scale.ts); colours, strokes and dashes are
// the look's (pipeline/look).
import { jitter } from '../../charts/builders/spread.ts';
import { linearScale } from '../../charts/scale.ts';
import { AXIS, DASH, GRID, POINT, PRIMARY, SEPARATOR, SMALL, SPREAD, STROKE, TEXT, TEXT_MUTED } from '../../look/index.ts';
import { dash, esc, px, svgRoot, type SvgFrame } from './util.ts';

/** How a strip shows the compared units. */
export type StripMarks = 'dots' | 'density';

/** Dots for up to SMALL.stripDensity.maxDots compared units, their distribution above. */
export function stripMarks(n: number): StripMarks {
  return n > SMALL.stripDensity.maxDots ? 'density' : 'dots';
}

export interface StripSpec extends SvgFrame {
  values: { code: string; value: number }[];
  own: number | undefined;
  q1: number | undefined;
  median: number | undefined;
  q3: number | undefined;
  land: number | undefined;
  formatTick: (v: number) => string;
  /** Default: stripMarks(values.length). A sheet with two strips passes one choice for both (one legend). */
  marks?: StripMarks;
}

/** Ticks on the value axis (about). */
const TICKS = 5;

/** Units per bin of width `binWidth` px from `left` to `right` (a value on the right edge goes to the last bin). */
export function binCounts(xs: readonly number[], left: number, right: number, binWidth: number): number[] {
  const counts = new Array<number>(Math.max(1, Math.ceil((right - left) / binWidth))).fill(0);
  for (const x of xs) {
    const i = Math.min(counts.length - 1, Math.max(0, Math.floor((x - left) / binWidth)));
    counts[i]!++;
  }
  return counts;
}

export function stripChart(spec: StripSpec): string {
  const { width, height } = spec;
  const m = SMALL.strip;
  const all = [...spec.values.map((v) => v.value), ...(spec.land !== undefined ? [spec.land] : [])];
  const scale = linearScale(Math.min(...all, 0), Math.max(...all, 1), [m.left, width - m.right], TICKS);
  const x = scale.map;
  const axisY = height - m.bottom;
  const mid = m.top + (axisY - m.top) / 2;
  const half = (axisY - m.top) / 2 - 2;
  const parts: string[] = [];
  for (const t of scale.ticks) {
    parts.push(`<line x1="${px(x(t))}" x2="${px(x(t))}" y1="${px(m.top)}" y2="${px(axisY)}" stroke="${GRID}" stroke-width="${STROKE.grid}"/>`);
    parts.push(`<text x="${px(x(t))}" y="${px(height - 5)}" text-anchor="middle" font-size="${SMALL.labelSize}" fill="${TEXT}">${esc(spec.formatTick(t))}</text>`);
  }
  parts.push(`<line x1="${px(m.left)}" x2="${px(width - m.right)}" y1="${px(axisY)}" y2="${px(axisY)}" stroke="${AXIS}" stroke-width="${STROKE.axis}"/>`);
  if (spec.q1 !== undefined && spec.q3 !== undefined) {
    parts.push(
      `<rect x="${px(x(spec.q1))}" y="${px(mid - half)}" width="${px(Math.max(1, x(spec.q3) - x(spec.q1)))}" height="${px(2 * half)}" fill="${SPREAD.boxFill}" stroke="${TEXT_MUTED}" stroke-width="${STROKE.smallBox}"/>`,
    );
  }
  if ((spec.marks ?? stripMarks(spec.values.length)) === 'dots') {
    for (const v of spec.values) {
      parts.push(`<circle cx="${px(x(v.value))}" cy="${px(mid + jitter(v.code) * (half - 3))}" r="${POINT.stripDotRadius}" fill="${SPREAD.dot}" fill-opacity="${SPREAD.dotOpacity}"/>`);
    }
  } else if (spec.values.length > 0) {
    // One path: a bar per non-empty bin, as tall as its count against the fullest bin's, centred on the middle.
    const { binWidth, minHeight } = SMALL.stripDensity;
    const counts = binCounts(spec.values.map((v) => x(v.value)), m.left, width - m.right, binWidth);
    const most = Math.max(...counts);
    const d = counts.flatMap((n, i) => {
      if (n === 0) return [];
      const h = Math.max(minHeight, (2 * half * n) / most);
      return [`M${px(m.left + i * binWidth)} ${px(mid - h / 2)}h${px(binWidth)}v${px(h)}h${px(-binWidth)}z`];
    });
    parts.push(`<path d="${d.join('')}" fill="${SPREAD.dot}" fill-opacity="${SPREAD.dotOpacity}"/>`);
  }
  if (spec.median !== undefined) {
    parts.push(`<line x1="${px(x(spec.median))}" x2="${px(x(spec.median))}" y1="${px(mid - half)}" y2="${px(mid + half)}" stroke="${TEXT}" stroke-width="${STROKE.median}"/>`);
  }
  if (spec.land !== undefined) {
    parts.push(
      `<line x1="${px(x(spec.land))}" x2="${px(x(spec.land))}" y1="${px(m.top - 2)}" y2="${px(axisY)}" stroke="${TEXT}" stroke-width="${STROKE.land}" stroke-dasharray="${dash(DASH.landRule)}"/>`,
    );
  }
  if (spec.own !== undefined) {
    parts.push(`<circle cx="${px(x(spec.own))}" cy="${px(mid)}" r="${POINT.unitRadius}" fill="${PRIMARY}" stroke="${SEPARATOR}" stroke-width="${STROKE.ring}"/>`);
  }
  return svgRoot(spec, parts.join(''));
}
