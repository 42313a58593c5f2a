// Finds the yearly workbooks in a data folder.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const WORKBOOK = /^is248_(\d{4})\.xlsx$/;

export interface YearFile {
  year: number;
  file: string;
}

export function findWorkbooks(dataDir: string): YearFile[] {
  if (!existsSync(dataDir)) throw new Error(`Data folder not found: ${dataDir}`);
  return readdirSync(dataDir)
    .map((name) => ({ name, m: WORKBOOK.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => ({ year: Number(m[1]), file: join(dataDir, name) }))
    .sort((a, b) => a.year - b.year);
}

/** The report year: the one asked for, or the latest workbook in the folder. */
export function resolveReportYear(files: YearFile[], asked?: number): number {
  if (files.length === 0) throw new Error('No workbooks named is248_<year>.xlsx in the data folder');
  if (asked === undefined) return files[files.length - 1]!.year;
  if (!files.some((f) => f.year === asked)) {
    throw new Error(`No workbook for ${asked}; found ${files.map((f) => f.year).join(', ')}`);
  }
  return asked;
}
