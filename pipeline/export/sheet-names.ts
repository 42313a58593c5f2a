// Worksheet names derived from table ids, valid in Excel: at most 31 characters, none of : \ / ? * [ ],
// not starting or ending with an apostrophe, not the reserved "History", unique ignoring case. We also
// replace `!` so that a name never confuses a cell reference (`'name'!A1`) in the contents' links.

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\u0000-\u001f\u007f:\\/?*[\]!]/g;
const RESERVED = ['history'];

function truncate(s: string, max: number): string {
  // Count UTF-16 units as Excel does, without splitting a surrogate pair.
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** A valid sheet name for one id (not yet unique). */
export function sheetName(id: string): string {
  const cleaned = id.replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim();
  const name = truncate(cleaned, MAX_SHEET_NAME).replace(/^'+|'+$/g, '').trim();
  return name === '' ? 'Tabell' : name;
}

/**
 * Valid, unique sheet names for ids, in order. `taken` holds names already in the workbook (such as the
 * contents sheet); a clash gets a suffix ` (2)`, ` (3)` … with the base shortened to fit.
 */
export function sheetNames(ids: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set([...RESERVED, ...taken.map((t) => t.toLowerCase())]);
  return ids.map((id) => {
    const base = sheetName(id);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** A reference to cell A1 of a sheet, quoted as in a formula (`'tiltak-V'!A1`), for internal hyperlinks. */
export function sheetCellRef(name: string, cell = 'A1'): string {
  return `'${name.replace(/'/g, "''")}'!${cell}`;
}
