// Completes one year in its OWN structure: reported units keep their values; the others are carried forward
// from their last report (carry-forward.ts) or, with no earlier report, estimated (estimate.ts).
//
// Scheme change: values carried from a scheme-A year into a scheme-B year (2024 onwards) keep only their
// total per target group; the total is spread over the new categories by the aggregate shares of the unit's
// size group among that year's reporting units (categories.ts). The flag says so in `method`.
import type { Crosswalk } from '../harmonise/index.ts';
import { ownPopulation, sizeGroupFor } from '../population/index.ts';
import { sizeGroupLabel, type Reference } from '../reference/index.ts';
import type { ImputationFlag, SizeGroupId, UnitCode, Year } from '../types.ts';
import { aggregate, distribute } from './categories.ts';
import { carryForward } from './carry-forward.ts';
import { estimateTotals, medianRates, type MedianRate } from './estimate.ts';
import { ImputeError, type ImputedYear, type ReportedYear } from './types.ts';

export function imputeYear(
  target: ReportedYear,
  earlier: readonly ReportedYear[],
  ref: Reference,
  crosswalks: (from: Year, to: Year) => Crosswalk,
): ImputedYear {
  const population = ownPopulation(ref, target.year);
  const sizeOf = new Map<UnitCode, SizeGroupId>();
  for (const code of target.units) {
    const p = population.get(code);
    if (!p) throw new ImputeError('impute.no-population', `no population for ${code} in ${target.year}`);
    sizeOf.set(code, sizeGroupFor(code, p.total));
  }
  const members = (g: SizeGroupId) => target.units.filter((c) => sizeOf.get(c) === g && target.reported.has(c));

  // Per size group, built when first needed: category shares and median rates among reporting units.
  const allBase = aggregate(target.reported.values(), target.variables);
  const bases = new Map<SizeGroupId, Record<string, number>[]>();
  const basesOf = (g: SizeGroupId) => {
    let b = bases.get(g);
    if (!b) bases.set(g, (b = [aggregate(members(g).map((c) => target.reported.get(c)!), target.variables), allBase]));
    return b;
  };
  const rates = new Map<SizeGroupId, MedianRate>();
  const ratesOf = (g: SizeGroupId) => {
    let r = rates.get(g);
    if (!r) rates.set(g, (r = medianRates(target, members(g), population)));
    return r;
  };
  let overall: MedianRate | undefined;

  const values = new Map<UnitCode, Record<string, number>>();
  const flags = new Map<UnitCode, ImputationFlag>();
  let carried = 0;
  let estimated = 0;
  for (const code of target.units) {
    const own = target.reported.get(code);
    if (own) {
      values.set(code, own);
      flags.set(code, { kind: 'reported' });
      continue;
    }
    const group = sizeOf.get(code)!;
    const c = carryForward(code, target, earlier, crosswalks);
    if (c?.sameScheme) {
      values.set(code, c.values);
      flags.set(code, { kind: 'carried-forward', fromYear: c.fromYear });
      carried++;
    } else if (c) {
      values.set(code, distribute(c.totals, target.variables, basesOf(group)));
      flags.set(code, {
        kind: 'carried-forward',
        fromYear: c.fromYear,
        method: `totals per target group carried from ${c.fromYear} (scheme ${c.fromScheme}); categories of scheme ${target.scheme} by the shares of size group ${sizeGroupLabel(group)} in ${target.year}`,
      });
      carried++;
    } else {
      overall ??= medianRates(target, target.units, population);
      const e = estimateTotals(code, group, population.get(code)!, ratesOf(group), overall, target);
      values.set(code, distribute(e.totals, target.variables, basesOf(group)));
      flags.set(code, { kind: 'estimated', method: e.method });
      estimated++;
    }
  }
  return {
    year: target.year,
    scheme: target.scheme,
    variables: target.variables,
    values,
    flags,
    counts: { year: target.year, reported: target.reported.size, carriedForward: carried, estimated, units: target.units.length },
  };
}
