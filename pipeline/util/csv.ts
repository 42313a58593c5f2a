// CSV as Norwegian Excel reads it when the file is double-clicked: `;` between fields (Excel's list separator
// in a Norwegian locale; `,` is the decimal mark there), numbers with a decimal comma and no thousands
// separator (so they arrive as numbers, not text), UTF-8 with a byte-order mark (without it Excel reads the
// file as Windows-1252 and breaks æøå), CRLF line ends, and fields quoted as RFC 4180 says, with `;` as the
// separator. Every CSV the project writes goes through here.
//
// Hand-written rather than a library: quoting is four lines, and the part that matters here (how a number is
// written for a Norwegian Excel) is ours in any case.

export type CsvValue = string | number | null | undefined;

export const CSV_SEPARATOR = ';';
const BOM = '\ufeff';
const EOL = '\r\n';

/**
 * A number as Norwegian Excel reads it: decimal comma, no thousands separator, ASCII minus (Excel does not
 * read the typographic minus U+2212 as a sign), all its digits (round before, e.g. with pipeline/format's
 * `round`). Not finite: an empty field.
 */
export function csvNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  return fullPrecision(x === 0 ? 0 : x).replace('.', ',');
}

/** Shortest round-tripping digits, written out where `String` would use an exponent (below 1e-6). */
function fullPrecision(x: number): string {
  const text = String(x);
  return /e-/i.test(text) ? x.toFixed(20).replace(/\.?0+$/, '') : text;
}

/**
 * Text that Excel would run as a formula when the file is opened (it starts with `=`, `+`, `-`, `@`, a tab or
 * CR) gets a leading apostrophe, as OWASP advises against CSV injection: text from a workbook is never a
 * formula in an output, here as in the xlsx (pipeline/export/cells.ts writes strings as strings).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers by `csvNumber`, null and undefined empty, text quoted when it holds `;`, `"`, CR or LF. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? csvNumber(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, one line per row, CRLF after every line. Rows are written as given (no padding). */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(CSV_SEPARATOR) + EOL).join('');
}
