// The figures of the registry rendered to SVG, in Node with real font metrics.
import { hashParts } from '../cache/hash.ts';
import type { FigureModel } from '../registry/types.ts';
import { renderChart } from './render.ts';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface RenderedFigure {
  id: string;
  /** Inline SVG with role="img" and aria-label (the alt text). */
  svg: string;
  width: number;
  height: number;
}

/**
 * Renders every figure's Vega-Lite spec to SVG (in Node, no browser). A figure whose model is the same as in
 * the previous call is not rendered again: after a change to one unit's data most figures are unchanged (the
 * preview renders the registry again after each data change; a chart takes tens of milliseconds).
 */
export async function renderFigures(figures: Record<string, FigureModel>): Promise<Record<string, RenderedFigure>> {
  const out: Record<string, RenderedFigure> = {};
  const kept = new Map<string, RenderedFigure>();
  for (const [id, fig] of Object.entries(figures).sort(([a], [b]) => a.localeCompare(b))) {
    const key = hashParts([{ value: { id, spec: fig.spec, altText: fig.altText } }]);
    let figure = lastRendered.get(key);
    if (figure === undefined) {
      const r = await renderChart(fig.spec, { id, altText: fig.altText });
      figure = { id, svg: r.svg, width: r.width, height: r.height };
      await yieldToEventLoop(); // a chart takes tens of milliseconds: let a server answer between them
    }
    kept.set(key, figure);
    out[id] = figure;
  }
  lastRendered = kept;
  return out;
}

/** The figures of the last renderFigures call, by a hash of their model. */
let lastRendered = new Map<string, RenderedFigure>();
