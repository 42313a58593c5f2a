// A small line chart of rates over the years: one line per series (the unit emphasised), a light grid from
// zero, every third year labelled (ending at the last), and dashed rules where the series break. Across a
// break where the categories changed the lines are not joined. Missing years leave a gap.
import { ANNOTATION_SIZE, AXIS, GRID, LABEL_SIZE, TEXT, TEXT_MUTED } from './style.ts';
import { esc, niceTicks, px, svgRoot, type SvgFrame } from './util.ts';

export interface LineSeriesSpec {
  color: string;
  /** stroke-dasharray, e.g. '5 3'; none for a solid line. */
  dash?: string;
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

export function lineChart(spec: LineChartSpec): string {
  const { width, height, years, series, breaks } = spec;
  const m = { left: 30, right: 10, top: breaks.length ? 24 : 10, bottom: 20 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== undefined && Number.isFinite(v))));
  const ticks = niceTicks(max * 1.05, 4);
  const top = ticks[ticks.length - 1]!;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const span = Math.max(1, last - first);
  const x = (year: number) => m.left + 8 + ((year - first) / span) * (plotW - 16);
  const y = (v: number) => m.top + plotH - (v / top) * plotH;
  const parts: string[] = [];

  for (const t of ticks) {
    parts.push(`<line x1="${px(m.left)}" x2="${px(width - m.right)}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="${t === 0 ? AXIS : GRID}" stroke-width="1"/>`);
    parts.push(`<text x="${px(m.left - 4)}" y="${px(y(t) + 3.5)}" text-anchor="end" font-size="${LABEL_SIZE - 1}" fill="${TEXT}">${esc(spec.formatTick(t))}</text>`);
  }
  for (const year of years) {
    if ((last - year) % 3 !== 0) continue;
    parts.push(`<text x="${px(x(year))}" y="${px(height - 5)}" text-anchor="middle" font-size="${LABEL_SIZE - 1}" fill="${TEXT}">${year}</text>`);
  }
  for (const b of breaks) {
    const bx = x(b.year - 0.5);
    parts.push(`<line x1="${px(bx)}" x2="${px(bx)}" y1="${px(m.top - 6)}" y2="${px(m.top + plotH)}" stroke="${TEXT_MUTED}" stroke-width="1" stroke-dasharray="3 3"/>`);
    const anchor = bx > width - 70 ? 'end' : 'start';
    parts.push(
      `<text x="${px(anchor === 'end' ? bx - 3 : bx + 3)}" y="${px(m.top - 10)}" text-anchor="${anchor}" font-size="${ANNOTATION_SIZE - 1.5}" fill="${TEXT_MUTED}">${esc(b.label)}</text>`,
    );
  }
  const hard = new Set(breaks.filter((b) => !b.comparable).map((b) => b.year));
  // Draw the emphasised (first) series last, on top.
  for (const s of [...series].reverse()) {
    let d = '';
    let open = false;
    years.forEach((year, i) => {
      const v = s.values[i];
      if (v === undefined || !Number.isFinite(v)) {
        open = false;
        return;
      }
      d += `${open && !hard.has(year) ? 'L' : 'M'}${px(x(year))} ${px(y(v))}`;
      open = true;
    });
    if (d) parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.strokeWidth}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} stroke-linejoin="round"/>`);
    // Dots on every value of a dotted series; on the others only where a value stands alone (no line).
    years.forEach((year, i) => {
      const v = s.values[i];
      if (v === undefined || !Number.isFinite(v)) return;
      const joinedBefore = i > 0 && !hard.has(year) && isValue(s.values[i - 1]);
      const joinedAfter = i < years.length - 1 && !hard.has(years[i + 1]!) && isValue(s.values[i + 1]);
      if (s.dots || (!joinedBefore && !joinedAfter)) parts.push(`<circle cx="${px(x(year))}" cy="${px(y(v))}" r="${s.dots ? 2.6 : 2}" fill="${s.color}"/>`);
    });
  }
  return svgRoot(spec, parts.join(''));
}
