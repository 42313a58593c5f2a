// Where one value sits among others: every compared unit as a small dot (spread vertically by a hash of its
// code, the same picture on every run), a box from the first to the third quartile with the median, a dashed
// rule at the country's value, and the unit itself as a large dot.
import { jitter } from '../../charts/builders/spread.ts';
import { AXIS, GRID, LABEL_SIZE, PRIMARY, TEXT, TEXT_MUTED } from './style.ts';
import { esc, niceRange, px, svgRoot, type SvgFrame } from './util.ts';

export interface StripSpec extends SvgFrame {
  values: { code: string; value: number }[];
  own: number | undefined;
  q1: number | undefined;
  median: number | undefined;
  q3: number | undefined;
  land: number | undefined;
  formatTick: (v: number) => string;
}

export function stripChart(spec: StripSpec): string {
  const { width, height } = spec;
  const m = { left: 8, right: 12, top: 6, bottom: 18 };
  const all = [...spec.values.map((v) => v.value), ...(spec.land !== undefined ? [spec.land] : [])];
  const lo = Math.min(...all, 0);
  const hi = Math.max(...all, 1);
  const ticks = niceRange(lo, hi, 5);
  const t0 = ticks[0]!;
  const t1 = ticks[ticks.length - 1]!;
  const x = (v: number) => m.left + ((v - t0) / (t1 - t0 || 1)) * (width - m.left - m.right);
  const axisY = height - m.bottom;
  const mid = m.top + (axisY - m.top) / 2;
  const half = (axisY - m.top) / 2 - 2;
  const parts: string[] = [];
  for (const t of ticks) {
    parts.push(`<line x1="${px(x(t))}" x2="${px(x(t))}" y1="${px(m.top)}" y2="${px(axisY)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(`<text x="${px(x(t))}" y="${px(height - 5)}" text-anchor="middle" font-size="${LABEL_SIZE - 1}" fill="${TEXT}">${esc(spec.formatTick(t))}</text>`);
  }
  parts.push(`<line x1="${px(m.left)}" x2="${px(width - m.right)}" y1="${px(axisY)}" y2="${px(axisY)}" stroke="${AXIS}" stroke-width="1"/>`);
  if (spec.q1 !== undefined && spec.q3 !== undefined) {
    parts.push(`<rect x="${px(x(spec.q1))}" y="${px(mid - half)}" width="${px(Math.max(1, x(spec.q3) - x(spec.q1)))}" height="${px(2 * half)}" fill="#EEF3F8" stroke="${TEXT_MUTED}" stroke-width="0.75"/>`);
  }
  for (const v of spec.values) {
    parts.push(`<circle cx="${px(x(v.value))}" cy="${px(mid + jitter(v.code) * (half - 3))}" r="2.2" fill="${TEXT_MUTED}" fill-opacity="0.45"/>`);
  }
  if (spec.median !== undefined) {
    parts.push(`<line x1="${px(x(spec.median))}" x2="${px(x(spec.median))}" y1="${px(mid - half)}" y2="${px(mid + half)}" stroke="${TEXT}" stroke-width="2.5"/>`);
  }
  if (spec.land !== undefined) {
    parts.push(`<line x1="${px(x(spec.land))}" x2="${px(x(spec.land))}" y1="${px(m.top - 2)}" y2="${px(axisY)}" stroke="${TEXT}" stroke-width="1.25" stroke-dasharray="4 2"/>`);
  }
  if (spec.own !== undefined) {
    parts.push(`<circle cx="${px(x(spec.own))}" cy="${px(mid)}" r="5.5" fill="${PRIMARY}" stroke="#FFFFFF" stroke-width="1.5"/>`);
  }
  return svgRoot(spec, parts.join(''));
}
