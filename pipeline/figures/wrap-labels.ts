// Long category labels (the codebook's tiltak and utdanning names) on the y axis of a bar chart: wrapped at word
// boundaries into lines no wider than `maxWidth` (measured with the real font) instead of being cut off with
// "…"; the label column gets one width for every panel of a figure so stacked panels line up.
import type { TopLevelSpec } from 'vega-lite';
import type { BuiltChart } from '../charts/index.ts';
import { LABEL_SIZE } from '../look/index.ts';
import { measureText } from '../fonts/index.ts';

export const LABEL_MAX_WIDTH = 250;

/** Splits a label into lines of at most `maxWidth` px (a single long word stays whole). */
export function wrapLabel(label: string, maxWidth = LABEL_MAX_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measureText(next, { size: LABEL_SIZE }) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Width of the widest line of the wrapped labels. */
export function labelColumnWidth(categories: readonly string[], maxWidth = LABEL_MAX_WIDTH): number {
  return Math.max(0, ...categories.flatMap((c) => wrapLabel(c, maxWidth).map((l) => measureText(l, { size: LABEL_SIZE }))));
}

/**
 * Rewrites a bar chart's y axis to show wrapped labels (an array of lines per label) with a fixed label column
 * width; `rowHeight` px per category when a label wraps, so lines do not run into the next label.
 */
export function wrapBarLabels(chart: BuiltChart, categories: readonly string[], opts: { columnWidth: number; rowHeight: number; maxWidth?: number }): BuiltChart {
  const wrapped = categories.map((c) => wrapLabel(c, opts.maxWidth));
  const spec = structuredClone(chart.spec) as unknown as { height: number; encoding: { y: { axis?: Record<string, unknown> } } };
  spec.encoding.y.axis = {
    ...spec.encoding.y.axis,
    labelExpr: `${JSON.stringify(wrapped)}[indexof(${JSON.stringify(categories)}, datum.label)]`,
    labelLineHeight: LABEL_SIZE + 3,
    labelLimit: 0,
    minExtent: Math.ceil(opts.columnWidth) + 6,
    maxExtent: Math.ceil(opts.columnWidth) + 6,
  };
  if (wrapped.some((w) => w.length > 1)) spec.height = Math.max(spec.height, categories.length * opts.rowHeight + 40);
  return { ...chart, spec: spec as unknown as TopLevelSpec };
}
