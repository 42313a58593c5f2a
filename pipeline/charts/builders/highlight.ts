// Categories that stand apart (e.g. "Hele landet" below the fylker or size groups): their axis label is bold.
import { HIGHLIGHT_WEIGHT } from '../../look/index.ts';

/** Axis properties that make the labels in `labels` bold (none when the list is empty). */
export function highlightedLabels(labels: readonly string[]): { labelFontWeight?: object } {
  if (labels.length === 0) return {};
  return { labelFontWeight: { condition: { test: `indexof(${JSON.stringify(labels)}, datum.value) >= 0`, value: HIGHLIGHT_WEIGHT }, value: 400 } };
}
