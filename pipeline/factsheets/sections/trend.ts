// The trend: the unit's rate per 10 000 in the target group for every panel year, next to the places it is
// compared with, and where the series break: the 2020 kommune reform (and pandemic) and every year the
// årsverk categories changed (from the codebook's schemes).
import type { BuildData } from '../../types.ts';
import { schemeForYear } from '../../codebook/index.ts';
import { GROUPS, type Year } from '../../types.ts';
import type { Sum } from '../aggregate.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { Trend, TrendBreak, TrendSeries } from '../types.ts';

/** The kommune reform took effect on 1 January 2020, the year the pandemic began. */
export const REFORM_YEAR = 2020;

export function seriesBreaks(data: BuildData, years: readonly Year[]): TrendBreak[] {
  const out: TrendBreak[] = [];
  for (let i = 1; i < years.length; i++) {
    const y = years[i]!;
    if (y === REFORM_YEAR) out.push({ year: y, reason: 'reform', comparable: true });
    const a = schemeForYear(data.codebookOf(years[i - 1]!), years[i - 1]!);
    const b = schemeForYear(data.codebookOf(y), y);
    if (a !== b) out.push({ year: y, reason: 'scheme', comparable: false });
  }
  return out;
}

export function trend(s: Shared, subject: Subject, breaks: TrendBreak[]): Trend {
  const values = (series: Map<Year, Sum>, group: 'V' | 'B') => s.years.map((year) => ({ year, value: series.get(year)?.per10000[group] }));
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
