// Years of the panel as the tables use them: the series runs from the first panel year to the report year;
// a change between two years is only computed when both use the same årsverk scheme (categories).
import type { Panel, SchemeId, Year } from '../types.ts';

/** Panel years up to and including the report year, ascending. */
export function seriesYears(panel: Panel, reportYear: Year): Year[] {
  return panel.years.filter((y) => y <= reportYear).sort((a, b) => a - b);
}

/** The panel year before `year`, if the panel has it. */
export function previousYear(panel: Panel, year: Year): Year | undefined {
  return panel.years.includes(year - 1) ? year - 1 : undefined;
}

/** The årsverk scheme of a panel year (from its rows). */
export function schemeOf(panel: Panel, year: Year): SchemeId | undefined {
  let byYear = schemes.get(panel);
  if (!byYear) {
    // Asked for thousands of times while the registry is computed: one pass over the rows per panel.
    byYear = new Map();
    for (const r of panel.rows) if (!byYear.has(r.year)) byYear.set(r.year, r.scheme);
    schemes.set(panel, byYear);
  }
  return byYear.get(year);
}

/** Each panel's first scheme per year (a panel is never changed once built). */
const schemes = new WeakMap<Panel, Map<Year, SchemeId>>();

/** True when the two years' årsverk can be compared: both in the panel with the same scheme. */
export function comparable(panel: Panel, a: Year | undefined, b: Year | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const sa = schemeOf(panel, a);
  return sa !== undefined && sa === schemeOf(panel, b);
}

/** Years where a new scheme starts (first year excluded). */
export function schemeBreakYears(panel: Panel, reportYear: Year): Year[] {
  const years = seriesYears(panel, reportYear);
  return years.filter((y, i) => i > 0 && schemeOf(panel, y) !== schemeOf(panel, years[i - 1]!));
}
