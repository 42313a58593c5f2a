// Small read-only views of a Panel that later stages need: rows by unit, national totals per year and group,
// and Oslo as a whole (the sum of its bydeler, with rates on Oslo kommune's population).
import { sumRows } from '../aggregate/sum.ts';
import { isBydel } from '../harmonise/index.ts';
import { osloPopulation } from '../population/index.ts';
import type { Reference } from '../reference/index.ts';
import { type Group, type Panel, type PanelRow, type PopulationCount, type SchemeId, type UnitCode, type Year } from '../types.ts';

/** Rows per unit code, each list in year order. */
export function rowsByUnit(panel: Panel): Map<UnitCode, PanelRow[]> {
  const out = new Map<UnitCode, PanelRow[]>();
  for (const row of panel.rows) {
    const list = out.get(row.code) ?? [];
    list.push(row);
    out.set(row.code, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

/** Rows of one year, in unit order. */
export function rowsOfYear(panel: Panel, year: Year): PanelRow[] {
  return panel.rows.filter((r) => r.year === year);
}

export interface AggregateRow {
  year: Year;
  scheme: SchemeId;
  /** Summed årsverk per variable. */
  values: Record<string, number>;
  /** Summed tiltak per target group, and both groups together. */
  total: Record<Group, number> & { all: number };
  population: PopulationCount;
  /** Årsverk per 10 000 in the target group (V: 18+, B: 0–17); `all` per 10 000 inhabitants. */
  per10000: Record<Group | 'all', number | undefined>;
  /** How many of the summed rows were reported, carried forward or estimated (report-year units). */
  flags: { reported: number; carriedForward: number; estimated: number };
}

function aggregateRows(year: Year, rows: PanelRow[], population: PopulationCount): AggregateRow {
  const sums = sumRows(rows, population);
  const count = (kind: string) => rows.filter((r) => r.imputation.kind === kind).length;
  return {
    year,
    scheme: rows[0]?.scheme ?? 'A',
    values: sums.values,
    total: sums.arsverk,
    population,
    per10000: sums.per10000,
    flags: { reported: count('reported'), carriedForward: count('carried-forward'), estimated: count('estimated') },
  };
}

/** The whole country per year: every unit's årsverk summed; rates on the national population ('00'). */
export function nationalTotals(panel: Panel, ref: Reference): AggregateRow[] {
  return panel.years.map((year) => {
    const pop = ref.population.get(year)?.get('00');
    if (!pop) throw new Error(`no national population for ${year}`);
    return aggregateRows(year, rowsOfYear(panel, year), pop);
  });
}

/**
 * Oslo as a whole per year: the sum of its bydeler; rates on Oslo kommune's population, which also counts
 * Sentrum, Marka and residents with no bydel (spec §1).
 */
export function osloAsWhole(panel: Panel, ref: Reference): AggregateRow[] {
  return panel.years.map((year) => aggregateRows(year, rowsOfYear(panel, year).filter((r) => isBydel(r.code)), osloPopulation(ref, year)));
}
