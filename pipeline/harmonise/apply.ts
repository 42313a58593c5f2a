// Moves values from one year's structure to a later one. Sums are conserved: every source's weights add up
// to 1, so for every variable the sum over all units is the same before and after.
import type { Reference } from '../reference/index.ts';
import type { UnitCode, Year } from '../types.ts';
import { crosswalk, type Crosswalk } from './crosswalk.ts';
import { HarmoniseError } from './errors.ts';
import type { PopKey } from './steps.ts';

/** Values per unit: variable code → number. */
export type UnitValues = Map<UnitCode, Record<string, number>>;

/**
 * Which population share divides a variable when its unit is split: voksne variables (V_…) by the 18+
 * population, barn og unge variables (B_…) by 0–17; population keys by themselves; anything else by the total.
 */
export function shareKeyOf(variable: string): PopKey {
  if (variable.startsWith('V_') || variable === 'age18plus') return 'age18plus';
  if (variable.startsWith('B_') || variable === 'age0_17') return 'age0_17';
  return 'total';
}

/** Applies a crosswalk. Throws HARMONISE_UNKNOWN_UNIT for a code that is not in the source year's structure. */
export function applyCrosswalk(cw: Crosswalk, values: UnitValues, shareKey: (variable: string) => PopKey = shareKeyOf): UnitValues {
  const out = new Map<UnitCode, Record<string, number>>();
  for (const [code, record] of values) {
    const parts = cw.targets.get(code);
    if (!parts) throw new HarmoniseError('harmonise.unknown-unit', `unit ${code} is not a kommune or Oslo bydel in ${cw.from}`);
    for (const part of parts) {
      let target = out.get(part.code);
      if (!target) out.set(part.code, (target = {}));
      for (const [variable, v] of Object.entries(record)) {
        target[variable] = (target[variable] ?? 0) + v * part.weight[shareKey(variable)];
      }
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Maps `year`'s unit values to the kommune structure of `targetYear` (≥ year). */
export function harmoniseValues(year: Year, values: UnitValues, targetYear: Year, ref: Reference): UnitValues {
  return applyCrosswalk(crosswalk(ref, year, targetYear), values);
}
