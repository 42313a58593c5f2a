// Key figures: årsverk and per 10 000 in the target group for voksne and barn og unge, the change from last
// year, and the same rate for the places the unit is compared with.
import { targetPopulation } from '../../population/index.ts';
import { change, per1000, relativeChange } from '../../stats/index.ts';
import { GROUPS, type AnswerValue } from '../../types.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { GroupFigures, KeyFigures } from '../types.ts';

export function keyFigures(s: Shared, subject: Subject): KeyFigures {
  const now = subject.series.get(s.reportYear);
  const before = s.previousYear !== undefined ? subject.series.get(s.previousYear) : undefined;
  const answers: Record<string, AnswerValue> | undefined = subject.info ? s.answers.get(subject.info.code) : undefined;
  const groups = GROUPS.map((group): GroupFigures => {
    const arsverk = now?.total[group] ?? 0;
    const arsverkPrevious = before?.total[group];
    const explained = answers?.[`ENDRING_REELL_${group}`];
    return {
      group,
      arsverk,
      arsverkPrevious,
      change: change(arsverkPrevious, now ? arsverk : undefined),
      changeRelative: relativeChange(arsverkPrevious, now ? arsverk : undefined),
      per10000: now?.per10000[group],
      per10000Previous: before?.per10000[group],
      targetPopulation: now ? targetPopulation(now.population, group) : 0,
      comparisons: subject.comparisons.map((p) => ({ kind: p.kind, key: p.key, name: p.name, per10000: p.series.get(s.reportYear)?.per10000[group] })),
      changeExplained: typeof explained === 'number' ? explained : undefined,
    };
  });
  const landNow = s.land.get(s.reportYear);
  const all = (now?.total.V ?? 0) + (now?.total.B ?? 0);
  return {
    groups,
    total: {
      arsverk: all,
      arsverkPrevious: before ? before.total.V + before.total.B : undefined,
      per1000: now ? per1000(all, now.population.total) : undefined,
      per1000Land: landNow?.per1000,
    },
  };
}
