// The size group of the unit that gave an answer, in the year it answered. Answers stay in each year's own
// unit structure, so a kommune that was later merged still answered as itself:
//   - a code that is a report-year unit: its PanelRow of that year (population of that year on report-year
//     borders — the same grouping the årsverk tables use);
//   - a code of an earlier structure that no longer exists: its own population on that year's borders
//     (folketall-historiske-grenser.csv), grouped by the same limits.
import { ownPopulation, sizeGroupFor } from '../population/index.ts';
import type { Reference } from '../reference/index.ts';
import type { Panel, PopulationCount, SizeGroupId, UnitCode, Year } from '../types.ts';
import { SurveyError } from './questions.ts';

export type SizeGroupOf = (year: Year, code: UnitCode) => SizeGroupId;

export function answerSizeGroups(panel: Panel, reference: Reference): SizeGroupOf {
  const fromPanel = new Map<string, SizeGroupId>();
  for (const r of panel.rows) fromPanel.set(`${r.year}:${r.code}`, r.sizeGroup);
  const own = new Map<Year, Map<UnitCode, PopulationCount>>();
  return (year, code) => {
    const hit = fromPanel.get(`${year}:${code}`);
    if (hit) return hit;
    let pop = own.get(year);
    if (!pop) own.set(year, (pop = ownPopulation(reference, year)));
    const p = pop.get(code);
    if (!p) throw new SurveyError('survey.no-population', `no population for ${code} in ${year}, so its answers have no size group`);
    return sizeGroupFor(code, p.total);
  };
}
