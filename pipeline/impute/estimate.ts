// A unit with no earlier report gets an estimate from comparable units: for each target group, the median
// per-10 000 rate (total årsverk per 10 000 in the target population: voksne 18+, barn og unge 0–17) of the
// units in its size group that reported that year, times the unit's own target population / 10 000. When
// no unit of its size group reported (with a target population > 0), the median of all reporting units is used.
import { median, per10000 } from '../stats/index.ts';
import { targetPopulation } from '../population/index.ts';
import { sizeGroupLabel } from '../reference/index.ts';
import { GROUPS, type PopulationCount, type SizeGroupId, type UnitCode } from '../types.ts';
import { groupTotals, type Totals } from './categories.ts';
import { ImputeError, type ReportedYear } from './types.ts';

export interface MedianRate {
  /** Median per-10 000 rate per target group; undefined when nothing was observed. */
  rate: Record<'V' | 'B', number | undefined>;
  /** Reporting units the median rests on. */
  n: number;
}

export function medianRates(
  year: ReportedYear,
  units: Iterable<UnitCode>,
  population: Map<UnitCode, PopulationCount>,
): MedianRate {
  const rates = { V: [] as number[], B: [] as number[] };
  let n = 0;
  for (const code of units) {
    const values = year.reported.get(code);
    const pop = population.get(code);
    if (!values || !pop) continue;
    n++;
    const totals = groupTotals(values, year.variables);
    for (const g of GROUPS) {
      const r = per10000(totals[g], targetPopulation(pop, g));
      if (r !== undefined) rates[g].push(r);
    }
  }
  return { rate: { V: median(rates.V), B: median(rates.B) }, n };
}

export interface Estimate {
  totals: Totals;
  method: string;
}

export function estimateTotals(
  code: UnitCode,
  sizeGroup: SizeGroupId,
  pop: PopulationCount,
  bySizeGroup: MedianRate,
  overall: MedianRate,
  year: ReportedYear,
): Estimate {
  const totals: Totals = { V: 0, B: 0 };
  let usedOverall = false;
  for (const g of GROUPS) {
    let rate = bySizeGroup.rate[g];
    if (rate === undefined) {
      rate = overall.rate[g];
      usedOverall = true;
    }
    if (rate === undefined) throw new ImputeError('impute.no-reports', `cannot estimate ${code} in ${year.year}: no unit reported årsverk that year`);
    totals[g] = (rate * targetPopulation(pop, g)) / 10_000;
  }
  const basis = usedOverall
    ? `all ${overall.n} reporting units (none in size group ${sizeGroupLabel(sizeGroup)})`
    : `size group ${sizeGroupLabel(sizeGroup)} (${bySizeGroup.n} reporting units)`;
  return { totals, method: `median rate per 10 000 in the target group of ${basis} in ${year.year} × the unit's target population; categories by the size group's shares` };
}
