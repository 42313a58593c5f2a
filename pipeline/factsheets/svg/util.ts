// Small helpers for the fact sheets' hand-drawn SVG: escaping, coordinates, nice axis ticks.
// Why hand-drawn: the sheets' three to four small charts must build in well under 20 ms per sheet (388 sheets
// printed in ≤ 40 s on two cores); a Vega render costs ~50 ms CPU per chart here. The charts share the
// report's palette, font and sizes (pipeline/charts) and are one accessible image each (role="img",
// aria-label, <title>), like renderChart's output.

import { escapeHtml as esc } from '../../util/escape.ts';

export { esc };

/** A coordinate with at most one decimal. */
export function px(x: number): string {
  const r = Math.round(x * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Tick values from 0 to at least `max`, about `count` of them, at 1, 2, 2,5 or 5 × 10^k. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks.length * step);
  return ticks.map((t) => Math.round(t * 1e6) / 1e6);
}

/** Ticks covering [min, max] (not from zero), for strips. */
export function niceRange(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [Math.floor(min), Math.floor(min) + 1];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const lo = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v < max + step; v += step) {
    ticks.push(Math.round(v * 1e6) / 1e6);
    if (v >= max) break;
  }
  return ticks;
}

export interface SvgFrame {
  id: string;
  width: number;
  height: number;
  altText: string;
  title: string;
}

/** The root element: one image for assistive technology; children hidden from it. */
export function svgRoot(frame: SvgFrame, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${esc(frame.id)}" width="${frame.width}" height="${frame.height}" ` +
    `viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-label="${esc(frame.altText)}"><title>${esc(frame.title)}</title>` +
    `<g aria-hidden="true">${body}</g></svg>`
  );
}
