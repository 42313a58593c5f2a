// How a unit is named in messages: `Bydel 030105 Frogner`, `Kommune 4601 Bergen`, `Enhet 4699`.
import type { Reference } from '../reference/index.ts';
import type { UnitCode, Year } from '../types.ts';

export function isBydelCode(code: UnitCode): boolean {
  return /^0301\d{2}$/.test(code);
}

/** The name a unit had in `year` (reference data first, then the name in the file). */
export function unitName(ref: Reference, year: Year, code: UnitCode, nameInFile?: string): string | undefined {
  if (isBydelCode(code)) return ref.bydeler.get(code)?.name ?? nameInFile;
  return ref.names.get(year)?.get(code) ?? nameInFile;
}

export function unitLabel(ref: Reference, year: Year, code: UnitCode, nameInFile?: string): string {
  const name = unitName(ref, year, code, nameInFile || undefined);
  const kind = isBydelCode(code) ? 'Bydel' : /^\d{4}$/.test(code) && ref.names.get(year)?.has(code) ? 'Kommune' : 'Enhet';
  return name ? `${kind} ${code} ${name}` : `${kind} ${code}`;
}
