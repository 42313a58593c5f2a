// Where the unit sits among comparable units in the report year: a kommune among the kommuner of its size
// group (Oslo as a whole counts as a kommune of its own size), a bydel among the bydeler, a fylke among the
// fylker. Rank 1 = the highest rate per 10 000; ties share a rank. The country has no position.
import { isBydel, OSLO } from '../../harmonise/index.ts';
import { median, quantile } from '../../stats/index.ts';
import { GROUPS } from '../../types.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { Position } from '../types.ts';

function comparedWith(s: Shared, subject: Subject): { among: Position['among']; codes: string[] } | undefined {
  const { unit } = subject;
  if (unit.kind === 'land') return undefined;
  if (unit.kind === 'fylke') return { among: { kind: 'fylker' }, codes: s.fylker.map((f) => f.code) };
  if (unit.kind === 'bydel') return { among: { kind: 'bydeler' }, codes: [...s.infos.keys()].filter(isBydel) };
  const g = subject.sizeGroup!;
  const codes = [...s.infos.values()].filter((u) => u.kind === 'kommune' && u.sizeGroup === g).map((u) => u.code);
  if (s.osloSizeGroup === g && s.rates.has(OSLO)) codes.push(OSLO);
  return { among: { kind: 'sizeGroup', sizeGroup: g }, codes: codes.sort() };
}

export function position(s: Shared, subject: Subject): Position | undefined {
  const c = comparedWith(s, subject);
  if (!c) return undefined;
  const land = s.land.get(s.reportYear);
  return {
    among: c.among,
    groups: GROUPS.map((group) => {
      const values = c.codes.flatMap((code) => {
        const v = s.rates.get(code)?.[group];
        return v === undefined ? [] : [{ code, value: v }];
      });
      const own = s.rates.get(subject.unit.code)?.[group];
      const xs = values.map((v) => v.value);
      return {
        group,
        rank: own === undefined ? undefined : 1 + xs.filter((x) => x > own).length,
        n: values.length,
        value: own,
        median: median(xs),
        q1: quantile(xs, 0.25),
        q3: quantile(xs, 0.75),
        land: land?.per10000[group],
        values,
      };
    }),
  };
}
