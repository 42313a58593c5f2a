// Column widths fitted to content, in Excel's unit (about one digit of the default font). Data cells get
// their full width up to a cap; longer cells wrap. Headers longer than the data wrap onto a few lines
// instead of making a column of small numbers very wide.

export const PADDING = 2;
export const MIN_WIDTH = 8;
export const MAX_WIDTH = 60;
/** A header wider than its data wraps beyond this width. */
export const HEADER_WIDTH = 22;
/** Bold header text is a little wider than regular text. */
const BOLD = 1.1;

export interface FittedColumn {
  width: number;
  /** Lines the header needs at that width. */
  headerLines: number;
  /** Some data cell is longer than the capped width and must wrap. */
  wrapCells: boolean;
}

/** Greedy word wrap: how many lines `text` needs at `chars` characters a line. */
export function lineCount(text: string, chars: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= chars) line += 1 + w;
      else {
        lines++;
        line = w;
      }
      while (line > chars) {
        lines++;
        line -= chars;
      }
    }
  }
  return lines;
}

export function fitColumn(header: string, cells: readonly string[]): FittedColumn {
  const longestCell = Math.max(0, ...cells.map((c) => c.length));
  const dataWidth = Math.min(MAX_WIDTH, longestCell + PADDING);
  const headerFull = Math.ceil(header.length * BOLD) + PADDING;
  const longestWord = Math.max(0, ...header.split(/[\s\n]/).map((w) => Math.ceil(w.length * BOLD) + PADDING));
  const width = Math.max(MIN_WIDTH, dataWidth, Math.min(headerFull, Math.max(HEADER_WIDTH, longestWord)));
  const headerLines = lineCount(header, Math.max(1, Math.floor((width - PADDING) / BOLD)));
  return { width, headerLines, wrapCells: longestCell + PADDING > MAX_WIDTH };
}
