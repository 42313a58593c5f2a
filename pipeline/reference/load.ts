// Loads data/reference into typed, indexed structures. Pure reads; no network.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Malform, PopulationCount, UnitCode, Year } from '../types.ts';
import { eachRow, int, type CsvRow } from './csv.ts';

export interface KommuneRef {
  code: UnitCode;
  name: string;
  nameSsb: string;
  parallelNames: string[];
  fylke: string;
  fylkeName: string;
}

export interface BydelRef {
  code: UnitCode;
  name: string;
}

export interface FylkeRef {
  code: string;
  name: string;
  nameOfficial: string;
}

export interface KommuneChange {
  oldCode: UnitCode;
  oldName: string;
  newCode: UnitCode;
  newName: string;
  /** The year from whose 1 January the change applies. */
  year: Year;
  type: string;
}

export interface HealthTrust {
  helseforetak: string;
  rhf: string;
}

export interface Reference {
  dir: string;
  /** Kommuner of 2024 (the latest structure in the reference data). */
  kommuner: Map<UnitCode, KommuneRef>;
  bydeler: Map<UnitCode, BydelRef>;
  fylker: Map<string, FylkeRef>;
  /** Population at 1 January on 2024 borders: year → code (00, fylke, kommune, bydel) → count. */
  population: Map<Year, Map<string, PopulationCount>>;
  /** Population at 1 January on each year's own borders: year → kommune code → count. */
  populationHistorical: Map<Year, Map<UnitCode, PopulationCount>>;
  /** SSB's list of kommune code changes, 2017–2024, in file order. */
  changes: KommuneChange[];
  malform: Map<UnitCode, Malform>;
  /** The fylkeskommuner's målform where a decision is recorded (fylke-malform.csv; a fylke not in it has none). */
  fylkeMalform: Map<string, Malform>;
  healthTrusts: Map<UnitCode, HealthTrust>;
  /** Kommune names by year and code, for every code valid in some year. */
  names: Map<Year, Map<UnitCode, string>>;
}

function pop(row: CsvRow, total: string, young: string, adult: string): PopulationCount {
  return { total: int(row, total), age0_17: int(row, young), age18plus: int(row, adult) };
}

function mapOf<K, V>(m: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let inner = m.get(key);
  if (!inner) {
    inner = new Map();
    m.set(key, inner);
  }
  return inner;
}

const MALFORMS: ReadonlySet<string> = new Set<Malform>(['bokmal', 'nynorsk', 'noytral']);

export function loadReference(dir: string): Reference {
  const file = (name: string) => join(dir, name);
  const rows = (name: string, columns: readonly string[], each: (r: CsvRow, line: number) => void): void => eachRow(file(name), columns, each);
  const POP = ['year', 'code', 'total', 'age_0_17', 'age_18pluss'];

  const kommuner = new Map<UnitCode, KommuneRef>();
  rows('kommuner.csv', ['kommunenummer', 'kommunenavn', 'kommunenavn_ssb', 'parallelle_navn', 'fylkesnummer', 'fylkesnavn'], (r) => {
    kommuner.set(r.kommunenummer!, {
      code: r.kommunenummer!,
      name: r.kommunenavn!,
      nameSsb: r.kommunenavn_ssb!,
      parallelNames: r.parallelle_navn ? r.parallelle_navn.split(' | ') : [],
      fylke: r.fylkesnummer!,
      fylkeName: r.fylkesnavn!,
    });
  });

  const bydeler = new Map<UnitCode, BydelRef>();
  rows('oslo-bydeler.csv', ['bydelsnummer', 'bydelsnavn'], (r) => bydeler.set(r.bydelsnummer!, { code: r.bydelsnummer!, name: r.bydelsnavn! }));

  const fylker = new Map<string, FylkeRef>();
  rows('fylker.csv', ['fylkesnummer', 'fylkesnavn', 'fylkesnavn_offisielt'], (r) => {
    fylker.set(r.fylkesnummer!, { code: r.fylkesnummer!, name: r.fylkesnavn!, nameOfficial: r.fylkesnavn_offisielt! });
  });

  const population = new Map<Year, Map<string, PopulationCount>>();
  rows('folketall.csv', POP, (r) => mapOf(population, int(r, 'year')).set(r.code!, pop(r, 'total', 'age_0_17', 'age_18pluss')));

  const populationHistorical = new Map<Year, Map<UnitCode, PopulationCount>>();
  rows('folketall-historiske-grenser.csv', POP, (r) => mapOf(populationHistorical, int(r, 'year')).set(r.code!, pop(r, 'total', 'age_0_17', 'age_18pluss')));

  const changes: KommuneChange[] = [];
  rows('kommune-changes.csv', ['old_code', 'old_name', 'new_code', 'new_name', 'valid_from', 'change_type'], (r) => {
    const year = Number(r.valid_from!.slice(0, 4));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.valid_from!)) throw new Error(`valid_from "${r.valid_from}" is not a date (YYYY-MM-DD)`);
    changes.push({ oldCode: r.old_code!, oldName: r.old_name!, newCode: r.new_code!, newName: r.new_name!, year, type: r.change_type! });
  });

  const malform = new Map<UnitCode, Malform>();
  rows('malform.csv', ['kommunenummer', 'malform'], (r) => malform.set(r.kommunenummer!, r.malform as Malform));
  // Optional: a reference folder without it records no fylke's målform.
  const fylkeMalform = new Map<string, Malform>();
  if (existsSync(file('fylke-malform.csv'))) {
    rows('fylke-malform.csv', ['fylkesnummer', 'malform'], (r) => {
      if (!fylker.has(r.fylkesnummer!)) throw new Error(`fylkesnummer "${r.fylkesnummer}" is not in fylker.csv`);
      if (!MALFORMS.has(r.malform!)) throw new Error(`malform "${r.malform}" is not one of ${[...MALFORMS].join(', ')}`);
      fylkeMalform.set(r.fylkesnummer!, r.malform as Malform);
    });
  }

  const healthTrusts = new Map<UnitCode, HealthTrust>();
  rows('helseforetak.csv', ['code', 'helseforetak', 'rhf'], (r) => healthTrusts.set(r.code!, { helseforetak: r.helseforetak!, rhf: r.rhf! }));

  const crosswalk: CsvRow[] = [];
  rows('kommune-crosswalk-to-2024.csv', ['year', 'code', 'name'], (r) => {
    int(r, 'year');
    crosswalk.push(r);
  });
  const names = buildNames(crosswalk, changes, kommuner, populationHistorical);
  return { dir, kommuner, bydeler, fylker, population, populationHistorical, changes, malform, fylkeMalform, healthTrusts, names };
}

/**
 * Names per year: 2017–2023 from the crosswalk, 2024+ from kommuner.csv; before 2017, the 2017 names plus
 * the old names of codes that changed on 1 January 2017 (SSB's change list).
 */
function buildNames(
  crosswalk: CsvRow[],
  changes: KommuneChange[],
  kommuner: Map<UnitCode, KommuneRef>,
  historical: Map<Year, Map<UnitCode, PopulationCount>>,
): Map<Year, Map<UnitCode, string>> {
  const names = new Map<Year, Map<UnitCode, string>>();
  for (const r of crosswalk) mapOf(names, int(r, 'year')).set(r.code!, r.name!);
  const first = Math.min(...names.keys());
  for (const year of historical.keys()) {
    if (names.has(year)) continue;
    const m = mapOf(names, year);
    if (year > first) {
      for (const [code, k] of kommuner) m.set(code, k.name);
    } else {
      const base = names.get(first)!;
      for (const [code, name] of base) m.set(code, name);
      for (const c of changes) if (c.year === first) m.set(c.oldCode, c.oldName);
    }
  }
  return names;
}

/** The kommune codes valid on 1 January of `year` (their own borders), with names. */
export function kommunerInYear(ref: Reference, year: Year): { code: UnitCode; name: string }[] {
  const codes = ref.populationHistorical.get(year);
  if (!codes) throw new Error(`no reference population for ${year}`);
  const names = ref.names.get(year);
  return [...codes.keys()].sort().map((code) => {
    const name = names?.get(code);
    if (!name) throw new Error(`no name for kommune ${code} in ${year}`);
    return { code, name };
  });
}
