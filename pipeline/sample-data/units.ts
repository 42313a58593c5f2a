// The reporting units of a year: that year's real kommuner (own codes, names, population on that year's
// borders), with Oslo (0301) replaced by its 15 bydeler. Each unit knows which units of the year before it
// continues, from SSB's change list.
import { kommunerInYear, sizeGroupOf, type Reference } from '../reference/index.ts';
import type { UnitCode, Year } from '../types.ts';
import type { SampleUnit } from './model.ts';

export const OSLO = '0301';

export function unitsOfYear(ref: Reference, year: Year, firstYear: Year): SampleUnit[] {
  const historical = ref.populationHistorical.get(year);
  const bydelPopulation = ref.population.get(year);
  if (!historical || !bydelPopulation) throw new Error(`no reference population for ${year}`);
  const lineage = year > firstYear ? predecessorsIn(ref, year) : undefined;

  const units: SampleUnit[] = [];
  for (const k of kommunerInYear(ref, year)) {
    if (k.code === OSLO) continue;
    const population = historical.get(k.code)!;
    units.push({
      code: k.code,
      name: k.name,
      kind: 'kommune',
      population,
      sizeGroup: sizeGroupOf('kommune', population.total),
      ...(lineage ? lineage(k.code) : { predecessors: [], oneToOne: false }),
    });
  }
  for (const b of ref.bydeler.values()) {
    const population = bydelPopulation.get(b.code);
    if (!population) throw new Error(`no population for bydel ${b.code} in ${year}`);
    units.push({
      code: b.code,
      name: b.name,
      kind: 'bydel',
      population,
      sizeGroup: 'bydel',
      predecessors: year > firstYear ? [b.code] : [],
      oneToOne: year > firstYear,
    });
  }
  return units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * For a code valid on 1 January `year`: the codes of `year − 1` it continues. A code in none of that
 * day's changes continues itself. One-to-one: a single predecessor whose only successor is this code.
 */
function predecessorsIn(ref: Reference, year: Year): (code: UnitCode) => { predecessors: UnitCode[]; oneToOne: boolean } {
  const changes = ref.changes.filter((c) => c.year === year);
  const before = new Map<UnitCode, Set<UnitCode>>();
  const after = new Map<UnitCode, Set<UnitCode>>();
  for (const c of changes) {
    if (!before.has(c.newCode)) before.set(c.newCode, new Set());
    before.get(c.newCode)!.add(c.oldCode);
    if (!after.has(c.oldCode)) after.set(c.oldCode, new Set());
    after.get(c.oldCode)!.add(c.newCode);
  }
  const previous = ref.populationHistorical.get(year - 1);
  if (!previous) throw new Error(`no reference population for ${year - 1}`);
  return (code) => {
    const predecessors = [...(before.get(code) ?? [code])].sort();
    for (const p of predecessors) {
      if (!previous.has(p)) throw new Error(`kommune ${code} (${year}) continues ${p}, which is not a ${year - 1} code`);
    }
    const only = predecessors.length === 1 ? predecessors[0]! : undefined;
    const successors = only === undefined ? [] : [...(after.get(only) ?? [only])];
    return { predecessors, oneToOne: successors.length === 1 && successors[0] === code };
  };
}
