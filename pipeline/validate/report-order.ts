// The order findings are listed in the quality report: by severity, file, sheet, row, column.
import { parseA1 } from '../ingest/a1.ts';
import type { Finding, Severity } from '../types.ts';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const SHEET_ORDER = ['Innsending', 'Årsverk', 'Spørsmål'];

function sheetRank(sheet: string | undefined): number {
  if (sheet === undefined) return -1;
  const i = SHEET_ORDER.indexOf(sheet);
  return i === -1 ? SHEET_ORDER.length : i;
}

export function compareFindings(a: Finding, b: Finding): number {
  const ca = a.cell ? parseA1(a.cell) : undefined;
  const cb = b.cell ? parseA1(b.cell) : undefined;
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    a.file.localeCompare(b.file) ||
    sheetRank(a.sheet) - sheetRank(b.sheet) ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (ca?.row ?? 0) - (cb?.row ?? 0) ||
    (ca?.col ?? 0) - (cb?.col ?? 0) ||
    a.rule.localeCompare(b.rule)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
