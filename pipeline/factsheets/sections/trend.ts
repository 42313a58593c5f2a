// The trend: the unit's rate per 10 000 in the target group for every panel year, next to the places it is
// compared with, and where the series break: the 2020 kommune reform (and pandemic) and every year the
// årsverk categories changed (the report's breaks).
import { seriesBreaks, type RowSum } from '../../aggregate/index.ts';
import { GROUPS, type Panel, type Year } from '../../types.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { Trend, TrendBreak, TrendSeries } from '../types.ts';

/**
 * The report's series breaks (pipeline/aggregate/breaks.ts) as the sheet names them: the line continues across
 * the kommune reform (comparable), not across new årsverk categories — the same rule that decides whether a
 * change is computed.
 */
export function trendBreaks(panel: Panel, reportYear: Year): TrendBreak[] {
  return seriesBreaks(panel, reportYear).map((b) => ({ year: b.year, reason: b.joinAcross ? 'reform' : 'scheme', comparable: b.joinAcross }));
}

export function trend(s: Shared, subject: Subject, breaks: TrendBreak[]): Trend {
  const values = (series: Map<Year, RowSum>, group: 'V' | 'B') => s.years.map((year) => ({ year, value: series.get(year)?.per10000[group] }));
  return {
    years: s.years,
    breaks,
    groups: GROUPS.map((group) => ({
      group,
      series: [
        { key: 'unit', name: subject.unit.name, values: values(subject.series, group) } satisfies TrendSeries,
        ...subject.trendPlaces.map(
          (p): TrendSeries => ({
            key: p.kind === 'sizeGroup' ? 'sizeGroup' : p.kind === 'fylke' ? 'fylke' : 'land',
            name: p.name,
            ...(p.kind === 'sizeGroup' ? { sizeGroup: p.key as TrendSeries['sizeGroup'] } : {}),
            values: values(p.series, group),
          }),
        ),
      ],
    })),
  };
}
