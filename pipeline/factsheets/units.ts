// The units that get a fact sheet in the report year, in code order: the country ('00'), each fylke followed
// by its kommuner (Oslo '0301' as a whole, followed by its bydeler). Each with the sheet's written standard:
// nynorsk kommuner get nynorsk; bokmål and neutral get bokmål; a bydel follows Oslo; a fylke gets its own
// målform when the reference data records one (fylke-malform.csv), else bokmål; the country bokmål.
import type { BuildData } from '../types.ts';
import { OSLO } from '../harmonise/index.ts';
import type { Malform } from '../types.ts';
import { LAND, shared } from './shared.ts';
import { slug } from './slug.ts';
import type { FactsheetUnit, Lang } from './types.ts';

export const LAND_NAME = 'Hele landet';

export function langOf(malform: Malform | undefined): Lang {
  return malform === 'nynorsk' ? 'nn' : 'nb';
}

export function factsheetUnits(data: BuildData): FactsheetUnit[] {
  const s = shared(data);
  const ref = data.reference;
  const osloLang = langOf(ref.malform.get(OSLO));
  const out: FactsheetUnit[] = [{ code: LAND, name: LAND_NAME, kind: 'land', lang: 'nb', slug: slug(LAND_NAME) }];
  for (const f of s.fylker) {
    out.push({ code: f.code, name: f.name, kind: 'fylke', lang: langOf(ref.fylkeMalform.get(f.code)), slug: slug(f.name) });
  }
  for (const [f, codes] of s.kommunerByFylke) {
    for (const code of codes) {
      if (code === OSLO) {
        out.push({ code, name: 'Oslo', kind: 'kommune', fylke: f, lang: osloLang, slug: 'oslo' });
        continue;
      }
      const u = s.infos.get(code)!;
      out.push({ code, name: u.name, kind: 'kommune', fylke: f, lang: langOf(u.malform), slug: slug(u.name) });
    }
  }
  for (const u of s.infos.values()) {
    if (u.kind === 'bydel') out.push({ code: u.code, name: u.name, kind: 'bydel', fylke: u.fylke, lang: langOf(u.malform), slug: slug(u.name) });
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The sheet unit of a code; throws a FactsheetError for a code that has no sheet. */
export function factsheetUnit(data: BuildData, code: string): FactsheetUnit {
  const u = unitIndex(data).get(code);
  if (!u) throw new FactsheetError('factsheet.unknown-unit', `no fact sheet for unit "${code}" in ${data.reportYear}`);
  return u;
}

const index = new WeakMap<BuildData, Map<string, FactsheetUnit>>();
function unitIndex(data: BuildData): Map<string, FactsheetUnit> {
  let m = index.get(data);
  if (!m) index.set(data, (m = new Map(factsheetUnits(data).map((u) => [u.code, u]))));
  return m;
}

export class FactsheetError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'FactsheetError';
  }
}
