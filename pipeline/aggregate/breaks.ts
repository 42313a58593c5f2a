// The series breaks of the national series: the kommune reform of 1 January 2020 (with the pandemic the same
// year; the series is harmonised to today's kommuner, so the line continues) and each new årsverk scheme (new
// categories: the line is not drawn across, and changes across it are not computed).
import type { SeriesBreak } from '../charts/index.ts';
import type { Panel, Year } from '../types.ts';
import { schemeBreakYears, seriesYears } from './years.ts';

export const REFORM_YEAR: Year = 2020;

export function seriesBreaks(panel: Panel, reportYear: Year): SeriesBreak[] {
  const years = seriesYears(panel, reportYear);
  const out: SeriesBreak[] = [];
  if (years.some((y) => y < REFORM_YEAR) && years.includes(REFORM_YEAR)) {
    out.push({ year: REFORM_YEAR, label: 'Kommunereform\nog pandemi', joinAcross: true });
  }
  for (const y of schemeBreakYears(panel, reportYear)) out.push({ year: y, label: 'Nye kategorier', joinAcross: false });
  return out.sort((a, b) => a.year - b.year);
}

/** Norwegian note on a scheme break, for tables whose change columns stop at it. */
export function schemeBreakNote(year: Year): string {
  return `Fra ${year} rapporteres årsverk etter nye kategorier for tiltak og utdanning. Tallene fra ${year} er ikke sammenlignbare med årene før, og endring fra ${year - 1} er ikke beregnet.`;
}
