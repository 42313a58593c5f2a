// Reads a CSV file the way Norwegian Excel does, with an independent parser (fast-csv): checks the UTF-8
// byte-order mark and the CRLF line ends, splits on `;`, and reads a field that is a number in Norwegian
// notation (decimal comma, no thousands separator, ASCII minus) as a number, as Excel would.
import { parseString } from '@fast-csv/parse';

export interface ParsedCsv {
  /** Every line's fields as text. */
  rows: string[][];
}

export async function parseExcelCsv(text: string): Promise<ParsedCsv> {
  if (!text.startsWith('\ufeff')) throw new Error('no UTF-8 byte-order mark');
  const body = text.slice(1);
  if (/[^\r]\n/.test(body) || !body.endsWith('\r\n')) throw new Error('lines must end in CRLF');
  const rows: string[][] = [];
  await new Promise<void>((resolve, reject) => {
    parseString<string[], string[]>(body, { delimiter: ';', quote: '"', escape: '"', ignoreEmpty: false })
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve());
  });
  return { rows };
}

/** A field as Norwegian Excel reads it: a number when it is one in Norwegian notation, else the text. */
export function excelValue(field: string): number | string {
  return /^-?\d+(,\d+)?$/.test(field) ? Number(field.replace(',', '.')) : field;
}
