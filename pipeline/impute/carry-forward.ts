// The published rule: a unit that did not report keeps its last reported values. Walk back y−1, y−2, …; in
// each earlier year take the unit's predecessors (the codes of that year that make up the unit's area, via
// the crosswalk to year y); the first year in which ALL of them reported gives the values, harmonised to
// year y's structure (merges sum, a split part takes its population share). Only reported values are
// carried, never values that were themselves carried or estimated.
//
// Across a scheme change (scheme A up to 2023, B from 2024) only the total per target group can be carried;
// the caller spreads it over the new categories (see impute-year.ts).
import { applyCrosswalk, type Crosswalk, type UnitValues } from '../harmonise/index.ts';
import type { UnitCode, Year } from '../types.ts';
import { groupTotals, type Totals } from './categories.ts';
import type { ReportedYear } from './types.ts';

export type Carried =
  | { fromYear: Year; sameScheme: true; values: Record<string, number> }
  | { fromYear: Year; sameScheme: false; fromScheme: string; totals: Totals };

export function carryForward(
  code: UnitCode,
  target: ReportedYear,
  earlier: readonly ReportedYear[],
  crosswalks: (from: Year, to: Year) => Crosswalk,
): Carried | undefined {
  const back = earlier.filter((e) => e.year < target.year).sort((a, b) => b.year - a.year);
  for (const prev of back) {
    const parts = crosswalks(prev.year, target.year).sources.get(code) ?? [];
    if (parts.length === 0 || !parts.every((p) => prev.reported.has(p.code))) continue;
    const subset: UnitValues = new Map(parts.map((p) => [p.code, prev.reported.get(p.code)!]));
    const moved = applyCrosswalk(crosswalks(prev.year, target.year), subset).get(code) ?? {};
    if (prev.scheme === target.scheme) {
      return { fromYear: prev.year, sameScheme: true, values: Object.fromEntries(target.variables.map((v) => [v.code, moved[v.code] ?? 0])) };
    }
    return { fromYear: prev.year, sameScheme: false, fromScheme: prev.scheme, totals: groupTotals(moved, prev.variables) };
  }
  return undefined;
}
