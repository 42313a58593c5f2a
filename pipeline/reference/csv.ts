// Reads the reference CSV files. They are UTF-8, comma-separated, with no quoted fields (SOURCES.md),
// so a strict split is enough; a row with the wrong number of fields is an error naming file and line.
import { readFileSync } from 'node:fs';

export type CsvRow = Record<string, string>;

export function parseCsv(text: string, file: string): CsvRow[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n').filter((l) => l.length > 0);
  const header = (lines.shift() ?? '').split(',');
  return lines.map((line, i) => {
    const fields = line.split(',');
    if (fields.length !== header.length) {
      throw new Error(`${file}:${i + 2}: expected ${header.length} fields, found ${fields.length}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, fields[j] ?? '']));
  });
}

export function readCsv(file: string): CsvRow[] {
  return parseCsv(readFileSync(file, 'utf8'), file);
}

export function int(row: CsvRow, key: string): number {
  const v = Number(row[key]);
  if (!Number.isInteger(v)) throw new Error(`expected an integer in column ${key}, found "${row[key]}"`);
  return v;
}
