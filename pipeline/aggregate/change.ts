// Change from one year to the next, and "reell vekst": the change without the units that said their årsverk
// changed because they changed how they estimate them (ENDRING_REELL_V/B = 2, "Nei, endret beregningsmåte").
// Changes are only computed between years with the same årsverk scheme; otherwise every value is undefined.
import { crosswalk, isBydel } from '../harmonise/index.ts';
import type { Reference } from '../reference/index.ts';
import { change, relativeChange, sum } from '../stats/index.ts';
import type { Group, Panel, PanelRow, UnitCode, Year } from '../types.ts';
import { comparable, previousYear } from './years.ts';

export interface Change {
  from: Year | undefined;
  to: Year;
  /** Årsverk after − before; undefined when not comparable. */
  arsverk: number | undefined;
  /** Relative change as a share; undefined when not comparable. */
  relative: number | undefined;
}

/** Change of two totals between `year − 1` and `year`, or undefined values when the years differ in scheme. */
export function changeFromLastYear(panel: Panel, year: Year, before: number | undefined, after: number | undefined): Change {
  const from = previousYear(panel, year);
  if (!comparable(panel, from, year)) return { from, to: year, arsverk: undefined, relative: undefined };
  return { from, to: year, arsverk: change(before, after), relative: relativeChange(before, after) };
}

export const ENDRING_REELL: Record<Group, string> = { V: 'ENDRING_REELL_V', B: 'ENDRING_REELL_B' };
/** Answer code "Nei, endret beregningsmåte". */
export const CHANGED_METHOD = 2;

/** True when any unit answered the ENDRING_REELL question of `group` in `year`. */
export function hasMethodAnswers(panel: Panel, year: Year, group: Group): boolean {
  const q = ENDRING_REELL[group];
  return panel.answers.some((a) => a.year === year && a.answers[q] !== null && a.answers[q] !== undefined);
}

/**
 * Report-year units that said in `year` (answers in that year's own structure) that their change in `group`
 * came from a new way of estimating årsverk. A code of an older structure maps to every unit it went to.
 */
export function changedMethodUnits(panel: Panel, ref: Reference, year: Year, group: Group): Set<UnitCode> {
  const q = ENDRING_REELL[group];
  const codes = panel.answers.filter((a) => a.year === year && a.answers[q] === CHANGED_METHOD).map((a) => a.code);
  const known = new Set(panel.units.map((u) => u.code));
  const out = new Set<UnitCode>();
  const missing = codes.filter((c) => !known.has(c) && !isBydel(c));
  const cw = missing.length > 0 && year < panel.reportYear ? crosswalk(ref, year, panel.reportYear) : undefined;
  for (const c of codes) {
    if (known.has(c)) out.add(c);
    else for (const p of cw?.targets.get(c) ?? []) out.add(p.code);
  }
  return out;
}

export interface GroupChangeSplit {
  year: Year;
  group: Group;
  /** Units (report-year structure) that changed how they estimate årsverk. */
  changedUnits: number;
  changedBefore: number | undefined;
  changedAfter: number | undefined;
  /** Change among the units that changed method. */
  changedChange: Change;
  /** Change among all other units: the "reell vekst". */
  real: Change;
  realBefore: number | undefined;
  realAfter: number | undefined;
}

function byCode(rows: readonly PanelRow[]): Map<UnitCode, PanelRow> {
  return new Map(rows.map((r) => [r.code, r]));
}

/**
 * Splits the change of `group` from `year − 1` to `year` into the units that changed estimation method and the
 * rest. Undefined when the year has no ENDRING_REELL answers.
 */
export function changeSplit(panel: Panel, ref: Reference, year: Year, group: Group): GroupChangeSplit | undefined {
  if (!hasMethodAnswers(panel, year, group)) return undefined;
  const changed = changedMethodUnits(panel, ref, year, group);
  const from = previousYear(panel, year);
  const now = byCode(panel.rows.filter((r) => r.year === year));
  const before = byCode(panel.rows.filter((r) => r.year === from));
  const side = (inChanged: boolean) => {
    const codes = [...now.keys()].filter((c) => changed.has(c) === inChanged);
    const b = from === undefined ? undefined : sum(codes.map((c) => before.get(c)?.total[group]));
    const a = sum(codes.map((c) => now.get(c)?.total[group]));
    return { n: codes.length, b, a, change: changeFromLastYear(panel, year, b, a) };
  };
  const c = side(true);
  const r = side(false);
  return { year, group, changedUnits: c.n, changedBefore: c.b, changedAfter: c.a, changedChange: c.change, real: r.change, realBefore: r.b, realAfter: r.a };
}
