// Small helpers for the fact sheets' hand-drawn SVG: escaping, coordinates, dashes, the accessible root.
// Why hand-drawn: the sheets' four small charts must build in well under 20 ms per sheet (388 sheets printed in
// ≤ 40 s on two cores). Measured (2026-12, 2-core VM, CPU time of the building process, the golden cases'
// data): through Vega (lineSeriesChart / spreadChart + renderChart) a trend chart costs ~36 ms and a strip
// ~18 ms, ~108 ms a sheet, ~42 s CPU for 388 sheets — about the whole batch's time again; drawn here 0,22 and
// 0,08 ms, 0,6 ms a sheet, 0,23 s for all. The charts share the
// report's look (pipeline/look), scales and break labels (pipeline/charts) and are one accessible image each
// (role="img", aria-label, <title>), like renderChart's output.

import { escapeHtml as esc } from '../../util/escape.ts';

export { esc };

/** A coordinate with at most one decimal. */
export function px(x: number): string {
  const r = Math.round(x * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** A stroke-dasharray from the look's [on, off]. */
export function dash(d: readonly [number, number]): string {
  return `${d[0]} ${d[1]}`;
}

/** Offset of a line of text's baseline below its top, per px of font size (Vega's, for baseline 'top'). */
export const TEXT_TOP = 0.79;

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
