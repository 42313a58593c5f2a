// The tiltak and utdanning profile of the report year: each category's share of the unit's årsverk next to
// the country's share, and the share with higher education.
import { codebookForYear, tiltakVariables, utdanningVariables } from '../../codebook/index.ts';
import type { RowSum } from '../../aggregate/index.ts';
import { share, sum } from '../../stats/index.ts';
import { GROUPS } from '../../types.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { Profile, ProfileRow } from '../types.ts';

const sumOf = (s: RowSum, codes: string[]): number => sum(codes.map((c) => s.values[c])) ?? 0;

/** Each category's share of the categories' sum (tiltak and utdanning each sum to the group's årsverk). */
function rows(codes: string[], unit: RowSum | undefined, land: RowSum | undefined): ProfileRow[] {
  const unitAll = unit ? sumOf(unit, codes) : 0;
  const landAll = land ? sumOf(land, codes) : 0;
  return codes.map((code) => {
    const arsverk = unit?.values[code] ?? 0;
    return {
      code,
      arsverk,
      share: unit ? share(arsverk, unitAll).share : undefined,
      shareLand: land ? share(land.values[code] ?? 0, landAll).share : undefined,
    };
  });
}

export function profile(s: Shared, subject: Subject): Profile {
  const yc = codebookForYear(s.data.codebook, s.reportYear);
  const unit = subject.series.get(s.reportYear);
  const land = s.land.get(s.reportYear);
  return {
    scheme: yc.scheme,
    tiltak: GROUPS.map((group) => ({ group, rows: rows(tiltakVariables(yc, group).map((v) => v.code), unit, land) })),
    utdanning: GROUPS.map((group) => {
      const vars = utdanningVariables(yc, group);
      const codes = vars.map((v) => v.code);
      const higherCodes = vars.filter((v) => v.higherEducation).map((v) => v.code);
      return {
        group,
        rows: rows(codes, unit, land),
        higherEducation: higherShare(unit, codes, higherCodes),
        higherEducationLand: higherShare(land, codes, higherCodes),
      };
    }),
  };
}

/** Share of the group's årsverk (by utdanning) in categories with higher education. */
function higherShare(s: RowSum | undefined, codes: string[], higherCodes: string[]): number | undefined {
  return s ? share(sumOf(s, higherCodes), sumOf(s, codes)).share : undefined;
}
