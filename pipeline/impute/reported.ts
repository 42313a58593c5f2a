// Which units reported in a year, and their values. A unit did not report when its status is 'ikke levert'
// or it has no årsverk value at all (absent from the Årsverk sheet, or every cell blank). A unit that
// reported ('levert' or 'delvis') has its blank cells counted as 0 — the validate stage warns about them.
import type { YearCodebook } from '../codebook/index.ts';
import { reportingUnits } from '../harmonise/index.ts';
import type { Reference } from '../reference/index.ts';
import type { UnitCode, UnitReport, YearExtract } from '../types.ts';
import type { ReportedYear } from './types.ts';

export function hasReported(unit: UnitReport, yc: YearCodebook): boolean {
  if (unit.status === 'ikke levert') return false;
  return yc.arsverk.some((v) => {
    const x = unit.arsverk[v.code];
    return typeof x === 'number' && Number.isFinite(x);
  });
}

export interface ReportedSelection {
  year: ReportedYear;
  /** Codes in the extract that are not units of the year (unknown, another year's code, or 0301 itself). */
  notUnits: UnitCode[];
}

export function reportedYear(extract: YearExtract, yc: YearCodebook, ref: Reference): ReportedSelection {
  const units = reportingUnits(ref, extract.year);
  const valid = new Set(units);
  const reported = new Map<UnitCode, Record<string, number>>();
  const notUnits: UnitCode[] = [];
  for (const unit of extract.units) {
    if (!valid.has(unit.code)) {
      notUnits.push(unit.code);
      continue;
    }
    if (!hasReported(unit, yc)) continue;
    const values: Record<string, number> = {};
    for (const v of yc.arsverk) {
      const x = unit.arsverk[v.code];
      values[v.code] = typeof x === 'number' && Number.isFinite(x) ? x : 0;
    }
    reported.set(unit.code, values);
  }
  return {
    year: { year: extract.year, scheme: yc.scheme, variables: yc.arsverk, units, reported: new Map([...reported].sort(([a], [b]) => (a < b ? -1 : 1))) },
    notUnits: [...new Set(notUnits)].sort(),
  };
}
