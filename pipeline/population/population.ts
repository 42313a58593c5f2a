// Population at 1 January by year, unit and age group, in a chosen kommune structure.
//   - kommuner on 2024 borders: ref.population (folketall.csv), used as is;
//   - kommuner in an earlier structure: each year's own-border figures (folketall-historiske-grenser.csv)
//     harmonised with the same crosswalk as the årsverk (splits by the age group's own share), then rounded;
//   - Oslo's bydeler: their own rows in ref.population (bydel borders do not change with kommune reforms);
//   - Oslo kommune (0301) keeps its own figure, which includes Sentrum, Marka and people with no bydel.
import { applyCrosswalk, crosswalk, isBydel, POPULATION_BORDERS, structureCodes, type Crosswalk } from '../harmonise/index.ts';
import { sizeGroupOf, type Reference } from '../reference/index.ts';
import type { Group, PopulationCount, SizeGroupId, UnitCode, Year } from '../types.ts';
import { PipelineError } from '../errors.ts';

export class PopulationError extends PipelineError {
  constructor(message: string) {
    super('population.missing', message);
  }
}

function yearTable(ref: Reference, year: Year): Map<string, PopulationCount> {
  const t = ref.population.get(year);
  if (!t) throw new PopulationError(`the reference data have no population for 1 January ${year}`);
  return t;
}

function bydelRow(ref: Reference, year: Year, code: UnitCode): PopulationCount {
  const p = yearTable(ref, year).get(code);
  if (!p) throw new PopulationError(`no population for bydel ${code} in ${year}`);
  return p;
}

/** Population of every code of `year`'s own structure (kommuner on that year's borders, Oslo included; bydeler). */
export function ownPopulation(ref: Reference, year: Year): Map<UnitCode, PopulationCount> {
  const hist = ref.populationHistorical.get(year);
  if (!hist) throw new PopulationError(`the reference data have no population on ${year} borders`);
  const out = new Map<UnitCode, PopulationCount>();
  for (const code of structureCodes(ref, year)) {
    const p = isBydel(code) ? bydelRow(ref, year, code) : hist.get(code);
    if (!p) throw new PopulationError(`no population for ${code} in ${year}`);
    out.set(code, p);
  }
  return out;
}

function hasChangesBetween(ref: Reference, after: Year, upTo: Year): boolean {
  return ref.changes.some((c) => c.year > after && c.year <= upTo);
}

/**
 * Population on 1 January of `year` for every code of `structureYear`'s structure (≥ year). `cw` may pass in a
 * crosswalk from `year` to `structureYear` the caller already has.
 */
export function populationOnBorders(ref: Reference, year: Year, structureYear: Year, cw?: Crosswalk): Map<UnitCode, PopulationCount> {
  if (structureYear < year) throw new PopulationError(`population of ${year} on the earlier borders of ${structureYear} is not available`);
  const codes = structureCodes(ref, structureYear);
  if (structureYear >= POPULATION_BORDERS && !hasChangesBetween(ref, POPULATION_BORDERS, structureYear)) {
    const table = yearTable(ref, year);
    return new Map(
      codes.map((code) => {
        const p = table.get(code);
        if (!p) throw new PopulationError(`no population for ${code} in ${year}`);
        return [code, p];
      }),
    );
  }
  const own = ownPopulation(ref, year);
  const kommuner = new Map<UnitCode, Record<string, number>>();
  for (const [code, p] of own) if (!isBydel(code)) kommuner.set(code, { ...p });
  const moved = applyCrosswalk(cw ?? crosswalk(ref, year, structureYear), kommuner);
  const out = new Map<UnitCode, PopulationCount>();
  for (const code of codes) {
    if (isBydel(code)) {
      out.set(code, bydelRow(ref, year, code));
      continue;
    }
    const v = moved.get(code);
    if (!v) throw new PopulationError(`no population for ${code} in ${year} on ${structureYear} borders`);
    const age0_17 = Math.round(v.age0_17 ?? 0);
    const age18plus = Math.round(v.age18plus ?? 0);
    out.set(code, { total: age0_17 + age18plus, age0_17, age18plus });
  }
  return out;
}

/** Oslo kommune's population (Sentrum, Marka and no-bydel residents included), for Oslo-as-a-whole rates. */
export function osloPopulation(ref: Reference, year: Year): PopulationCount {
  const p = yearTable(ref, year).get('0301');
  if (!p) throw new PopulationError(`no population for Oslo (0301) in ${year}`);
  return p;
}

/** The population a target group's rate is computed on: voksne 18+, barn og unge 0–17. */
export function targetPopulation(p: PopulationCount, group: Group): number {
  return group === 'V' ? p.age18plus : p.age0_17;
}

/** Size group by inhabitants; Oslo's bydeler form their own group. */
export function sizeGroupFor(code: UnitCode, inhabitants: number): SizeGroupId {
  return sizeGroupOf(isBydel(code) ? 'bydel' : 'kommune', inhabitants);
}
