// Reads the reference CSV files. They are UTF-8, comma-separated, with no quoted fields (SOURCES.md),
// so a strict split is enough. Anything wrong with a file — missing, a column missing, a row with the wrong
// number of fields, a value that is not a number — is a ReferenceFileError naming the file (and line).
import { existsSync, readFileSync } from 'node:fs';
import { PipelineError } from '../errors.ts';

export type CsvRow = Record<string, string>;

export class ReferenceFileError extends PipelineError {
  constructor(
    readonly file: string,
    problem: string,
    readonly line?: number,
  ) {
    super('reference.invalid', `${file}${line !== undefined ? `:${line}` : ''}: ${problem}`);
  }
}

/** Rows by header name. `columns`: the columns the caller reads; a file without one of them is refused. */
export function parseCsv(text: string, file: string, columns: readonly string[] = []): CsvRow[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n').filter((l) => l.length > 0);
  const header = (lines.shift() ?? '').split(',');
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new ReferenceFileError(file, `no column ${missing.join(', ')} (the header is "${header.join(',')}")`);
  return lines.map((line, i) => {
    const fields = line.split(',');
    if (fields.length !== header.length) {
      throw new ReferenceFileError(file, `expected ${header.length} fields, found ${fields.length}`, i + 2);
    }
    return Object.fromEntries(header.map((h, j) => [h, fields[j] ?? '']));
  });
}

export function readCsv(file: string, columns: readonly string[] = []): CsvRow[] {
  if (!existsSync(file)) throw new ReferenceFileError(file, 'the file is missing');
  return parseCsv(readFileSync(file, 'utf8'), file, columns);
}

/**
 * Reads `file` (which must have `columns`) and hands each row to `each` with its line number; an error that
 * `each` throws (a bad value) becomes a ReferenceFileError naming the file and line.
 */
export function eachRow(file: string, columns: readonly string[], each: (row: CsvRow, line: number) => void): void {
  readCsv(file, columns).forEach((row, i) => {
    try {
      each(row, i + 2);
    } catch (err) {
      if (err instanceof ReferenceFileError) throw err;
      throw new ReferenceFileError(file, err instanceof Error ? err.message : String(err), i + 2);
    }
  });
}

export function int(row: CsvRow, key: string): number {
  const v = Number(row[key]);
  if (row[key] === '' || !Number.isInteger(v)) throw new Error(`expected an integer in column ${key}, found "${row[key]}"`);
  return v;
}
