// Placement of series-break labels above a plot. Each label sits right of its rule (left of it when it would
// run past the right edge); a label that would overlap another label, or be crossed by the rule of a break to
// its right, moves up a row. Rules reach up to their own label only. Pure: positions in px from measured text widths.
import { measureText } from '../../fonts/index.ts';

export interface BreakLabelInput {
  /** Position of the rule along the plot, 0–1. */
  at: number;
  lines: string[];
}

export interface PlacedBreakLabel {
  align: 'left' | 'right';
  /** Row above the plot, 0 = nearest the plot. */
  row: number;
  /** Horizontal extent of the text in px (for checks). */
  from: number;
  to: number;
}

/** Space between a break's rule and its label, px. */
export const BREAK_LABEL_GAP = 4;
const GAP = BREAK_LABEL_GAP;
const MIN_SPACE = 6;

export function placeBreakLabels(breaks: readonly BreakLabelInput[], plotWidth: number, fontSize: number): PlacedBreakLabel[] {
  const px = breaks.map((b) => b.at * plotWidth);
  const spans = breaks.map((b, i) => {
    const w = Math.max(0, ...b.lines.map((l) => measureText(l, { size: fontSize })));
    const p = px[i]!;
    const align: 'left' | 'right' = p + GAP + w > plotWidth + 8 ? 'right' : 'left';
    return align === 'left' ? { align, from: p + GAP, to: p + GAP + w } : { align, from: p - GAP - w, to: p - GAP };
  });
  const rows: (number | undefined)[] = breaks.map(() => undefined);
  // Right to left: a left-aligned label spans rules to its right, whose rows are then known.
  const order = breaks.map((_, i) => i).sort((a, b) => px[b]! - px[a]!);
  for (const i of order) {
    const s = spans[i]!;
    const crossedRows = order
      .filter((j) => j !== i && rows[j] !== undefined && px[j]! >= s.from - MIN_SPACE && px[j]! <= s.to + MIN_SPACE)
      .map((j) => rows[j]!);
    let row = crossedRows.length ? Math.max(...crossedRows) + 1 : 0;
    const overlaps = (r: number) =>
      order.some((j) => j !== i && rows[j] === r && spans[j]!.from < s.to + MIN_SPACE && s.from < spans[j]!.to + MIN_SPACE);
    while (overlaps(row)) row++;
    rows[i] = row;
  }
  return spans.map((s, i) => ({ ...s, row: rows[i]! }));
}

export interface BreakLabelLayout {
  labels: (PlacedBreakLabel & { lines: string[]; /** Top of the label and of its rule, in px from the top of the plot (negative: above it). */ top: number })[];
  /** Line height of a label's lines. */
  lineHeight: number;
  /** Height above the plot that the labels take (0 without breaks). */
  height: number;
}

/**
 * The labels of series breaks in rows above a plot (report and fact-sheet line charts alike): each row as high
 * as the longest label (in lines) plus 4 px, a label's top 2 px above its row's bottom.
 */
export function layoutBreakLabels(breaks: readonly BreakLabelInput[], plotWidth: number, fontSize: number): BreakLabelLayout {
  const placed = placeBreakLabels(breaks, plotWidth, fontSize);
  const lineHeight = fontSize + 2;
  const rowHeight = Math.max(1, ...breaks.map((b) => b.lines.length)) * lineHeight + 4;
  const height = (Math.max(-1, ...placed.map((p) => p.row)) + 1) * rowHeight;
  const labels = placed.map((p, i) => ({ ...p, lines: breaks[i]!.lines, top: -2 - (p.row + 1) * rowHeight }));
  return { labels, lineHeight, height };
}
