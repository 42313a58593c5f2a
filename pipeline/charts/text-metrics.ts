// Vega measures text to lay out axes, legends and labels. In Node it has no canvas and estimates
// 0,8 × font size per character (about 1,5× too wide for Open Sans), which shifts and hides labels. We point
// Vega's text metrics at the real font. Vega keeps these in a process-wide object; we set it the same way
// before every render, so the result never depends on what ran before.
import * as vega from 'vega';
import { defaultTextMeasurer } from '../fonts/index.ts';
import type { TextMeasurer } from '../fonts/index.ts';

interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
  fontStyle?: string | null;
}

interface VegaTextMetrics {
  width: (item: TextItem, text: unknown) => number;
  estimateWidth?: (item: TextItem, text: unknown) => number;
}

const installed = new WeakMap<TextMeasurer, (item: TextItem, text: unknown) => number>();

/** A Vega `textMetrics.width` function backed by the real font. */
export function vegaWidth(measurer: TextMeasurer): (item: TextItem, text: unknown) => number {
  let fn = installed.get(measurer);
  if (!fn) {
    fn = (item, text) => {
      const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
      const str = typeof text === 'string' || typeof text === 'number' ? String(text).trim() : '';
      return str && size > 0 ? measurer.measure(str, { size, weight: item.fontWeight ?? undefined, style: item.fontStyle ?? undefined }) : 0;
    };
    installed.set(measurer, fn);
  }
  return fn;
}

/** Makes Vega measure text with the real Open Sans metrics (idempotent). */
export function useFontMetrics(measurer: TextMeasurer = defaultTextMeasurer()): void {
  // Exported by vega at runtime, missing from its typings.
  const metrics = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
  const fn = vegaWidth(measurer);
  metrics.width = fn;
  if ('estimateWidth' in metrics) metrics.estimateWidth = fn;
}
