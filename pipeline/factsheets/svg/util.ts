// Small helpers for the fact sheets' hand-drawn SVG: escaping, coordinates, dashes, the accessible root.
// Why hand-drawn: the sheets' three to four small charts must build in well under 20 ms per sheet (388 sheets
// printed in ≤ 40 s on two cores); a Vega render costs ~50 ms CPU per chart here. The charts share the
// report's look (pipeline/look), scales and break labels (pipeline/charts) and are one accessible image each
// (role="img", aria-label, <title>), like renderChart's output.

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

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
