// Where things live. Project-relative defaults; every one can be overridden on the command line.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_PATHS = {
  data: join(PROJECT_ROOT, 'data', 'raw'),
  out: join(PROJECT_ROOT, 'output'),
  reference: join(PROJECT_ROOT, 'data', 'reference'),
  codebooks: join(PROJECT_ROOT, 'data', 'codebooks'),
  templates: join(PROJECT_ROOT, 'templates'),
  /** Review state (approvals): kept with the project and committed, not in the generated output. */
  review: join(PROJECT_ROOT, 'review'),
} as const;

/** Workbook file name for a reporting year. */
export function workbookName(year: number): string {
  return `is248_${year}.xlsx`;
}
