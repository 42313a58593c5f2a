// One year's numbers per unit: årsverk, rates per 10 000 in the target group, change from the year before; and
// the kommuner as readers know them (Oslo as a whole instead of its bydeler), e.g. the ten largest.
import { isBydel } from '../harmonise/index.ts';
import { targetPopulation } from '../population/index.ts';
import type { Reference } from '../reference/index.ts';
import { per10000 } from '../stats/index.ts';
import type { Group, ImputationFlag, Panel, PanelRow, PopulationCount, UnitInfo, Year } from '../types.ts';
import { changeFromLastYear, type Change } from './change.ts';
import { osloSum } from './groups.ts';
import { previousYear } from './years.ts';

export interface UnitYear {
  code: string;
  name: string;
  kind: 'kommune' | 'bydel' | 'oslo';
  fylke: string;
  fylkeName: string;
  population: PopulationCount;
  arsverk: Record<Group, number>;
  per10000: Record<Group, number | undefined>;
  /** Change from the year before per group and for both together (`all`). */
  change: Record<Group | 'all', Change>;
  imputation: ImputationFlag | undefined;
}

/** Every unit of the panel in `year`, in code order. */
export function unitYears(panel: Panel, year: Year): UnitYear[] {
  const prev = previousYear(panel, year);
  const rowsNow = new Map(panel.rows.filter((r) => r.year === year).map((r) => [r.code, r]));
  const rowsBefore = new Map(panel.rows.filter((r) => r.year === prev).map((r) => [r.code, r]));
  return [...panel.units]
    .sort((a, b) => a.code.localeCompare(b.code))
    .flatMap((u) => {
      const row = rowsNow.get(u.code);
      return row ? [unitYear(panel, u, row, rowsBefore.get(u.code))] : [];
    });
}

function unitYear(panel: Panel, u: UnitInfo, row: PanelRow, before: PanelRow | undefined): UnitYear {
  return {
    code: u.code,
    name: u.name,
    kind: u.kind,
    fylke: u.fylke,
    fylkeName: u.fylkeName,
    population: row.population,
    arsverk: { V: row.total.V, B: row.total.B },
    per10000: {
      V: per10000(row.total.V, targetPopulation(row.population, 'V')),
      B: per10000(row.total.B, targetPopulation(row.population, 'B')),
    },
    change: {
      V: changeFromLastYear(panel, row.year, before?.total.V, row.total.V),
      B: changeFromLastYear(panel, row.year, before?.total.B, row.total.B),
      all: changeFromLastYear(panel, row.year, before ? before.total.V + before.total.B : undefined, row.total.V + row.total.B),
    },
    imputation: row.imputation,
  };
}

/** Oslo as a whole in `year` as a UnitYear (no imputation flag of its own). */
export function osloYear(panel: Panel, ref: Reference, year: Year): UnitYear {
  const now = osloSum(panel, ref, year);
  const prev = previousYear(panel, year);
  const before = prev === undefined ? undefined : osloSum(panel, ref, prev);
  return {
    code: '0301',
    name: 'Oslo',
    kind: 'oslo',
    fylke: '03',
    fylkeName: 'Oslo',
    population: now.population,
    arsverk: { V: now.arsverk.V, B: now.arsverk.B },
    per10000: { V: now.per10000.V, B: now.per10000.B },
    change: {
      V: changeFromLastYear(panel, year, before?.arsverk.V, now.arsverk.V),
      B: changeFromLastYear(panel, year, before?.arsverk.B, now.arsverk.B),
      all: changeFromLastYear(panel, year, before?.arsverk.all, now.arsverk.all),
    },
    imputation: undefined,
  };
}

/** The kommuner of `year` with Oslo as a whole in place of its bydeler, in code order. */
export function kommuneYears(panel: Panel, ref: Reference, year: Year): UnitYear[] {
  const units = unitYears(panel, year);
  const kommuner = units.filter((u) => !isBydel(u.code));
  return units.some((u) => isBydel(u.code)) ? [...kommuner, osloYear(panel, ref, year)].sort((a, b) => a.code.localeCompare(b.code)) : kommuner;
}

/** The `n` kommuner with most inhabitants in `year` (Oslo as a whole), largest first. */
export function largestKommuner(panel: Panel, ref: Reference, year: Year, n = 10): UnitYear[] {
  return kommuneYears(panel, ref, year)
    .sort((a, b) => b.population.total - a.population.total || a.code.localeCompare(b.code))
    .slice(0, n);
}
