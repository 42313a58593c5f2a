// Which codes make up a year's kommune structure. Oslo (0301) is a kommune in SSB's lists but never reports:
// its 15 bydeler (030101–030115) report instead and are units in every year (their codes never changed).
import { kommunerInYear, type Reference } from '../reference/index.ts';
import type { UnitCode, Year } from '../types.ts';

export const OSLO: UnitCode = '0301';

export function isBydel(code: UnitCode): boolean {
  return /^0301\d{2}$/.test(code);
}

/** Every code of `year`'s structure: the kommuner valid on 1 January (Oslo included) and Oslo's bydeler. */
export function structureCodes(ref: Reference, year: Year): UnitCode[] {
  return [...kommunerInYear(ref, year).map((k) => k.code), ...ref.bydeler.keys()].sort();
}

/** The units the form went to in `year`: every kommune except Oslo, plus Oslo's bydeler. Sorted by code. */
export function reportingUnits(ref: Reference, year: Year): UnitCode[] {
  return structureCodes(ref, year).filter((c) => c !== OSLO);
}
