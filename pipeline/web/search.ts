// "Finn din kommune": the units as a small script (assets/search-index.js) that sets a global, so the search
// works from disk (file:// cannot fetch JSON) and from any host, with no server. Pure.
import type { FactsheetUnit } from '../factsheets/types.ts';
import { SITE } from './paths.ts';

export interface SearchEntry {
  /** Code ("4601"). */
  c: string;
  /** Name ("Bergen"). */
  n: string;
  /** What it is, in words ("Kommune i Vestland"). */
  k: string;
  /** Site path of its page. */
  p: string;
}

const KIND: Record<FactsheetUnit['kind'], string> = { land: 'Landet', fylke: 'Fylke', kommune: 'Kommune', bydel: 'Bydel i Oslo' };

export function searchEntries(units: readonly FactsheetUnit[]): SearchEntry[] {
  const names = new Map(units.map((u) => [u.code, u.name]));
  return units.map((u) => ({
    c: u.code,
    n: u.name,
    k: u.kind === 'kommune' && u.fylke ? `${KIND.kommune} i ${names.get(u.fylke) ?? u.fylke}` : KIND[u.kind],
    p: SITE.unit(u.code, u.slug),
  }));
}

export function searchIndexScript(entries: readonly SearchEntry[]): string {
  return `globalThis.IS248_UNITS = ${JSON.stringify(entries).replace(/</g, '\\u003c')};\n`;
}
