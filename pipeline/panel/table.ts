// Plain-text tables for the terminal: columns padded to width, numbers right-aligned, Norwegian number style.
export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
}

export function textTable(columns: readonly TextColumn[], rows: readonly string[][]): string[] {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (columns[i]?.align === 'left' ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}
