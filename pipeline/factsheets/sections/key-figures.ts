// Key figures: årsverk and per 10 000 in the target group for voksne and barn og unge, the change from last
// year, and the same rate for the places the unit is compared with. The change follows the report's rule
// (pipeline/aggregate/change.ts): none across new årsverk categories.
import { changeFromLastYear } from '../../aggregate/index.ts';
import { targetPopulation } from '../../population/index.ts';
import { GROUPS, type AnswerValue } from '../../types.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { GroupFigures, KeyFigures } from '../types.ts';

export function keyFigures(s: Shared, subject: Subject): KeyFigures {
  const now = subject.series.get(s.reportYear);
  const before = s.previousYear !== undefined ? subject.series.get(s.previousYear) : undefined;
  const answers: Record<string, AnswerValue> | undefined = subject.info ? s.answers.get(subject.info.code) : undefined;
  const groups = GROUPS.map((group): GroupFigures => {
    const arsverk = now?.arsverk[group] ?? 0;
    const arsverkPrevious = before?.arsverk[group];
    const explained = answers?.[`ENDRING_REELL_${group}`];
    const ch = changeFromLastYear(s.data.panel, s.reportYear, arsverkPrevious, now ? arsverk : undefined);
    return {
      group,
      arsverk,
      arsverkPrevious,
      change: ch.arsverk,
      changeRelative: ch.relative,
      per10000: now?.per10000[group],
      per10000Previous: before?.per10000[group],
      targetPopulation: now ? targetPopulation(now.population, group) : 0,
      comparisons: subject.comparisons.map((p) => ({ kind: p.kind, key: p.key, name: p.name, per10000: p.series.get(s.reportYear)?.per10000[group] })),
      changeExplained: typeof explained === 'number' ? explained : undefined,
    };
  });
  const landNow = s.land.get(s.reportYear);
  return {
    groups,
    total: {
      arsverk: now?.arsverk.all ?? 0,
      arsverkPrevious: before?.arsverk.all,
      per1000: now?.per1000,
      per1000Land: landNow?.per1000,
    },
  };
}
