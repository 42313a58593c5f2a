// Sums of panel rows for a set of units in one year: årsverk per variable and target group, population, and
// rates per 10 000 in the target group. Missing-data rule: a rate without population is undefined (never 0);
// a set without rows sums to 0 årsverk but has no rate.
import { targetPopulation } from '../population/index.ts';
import { per1000, per10000 } from '../stats/index.ts';
import type { Group, PanelRow, PopulationCount, Year } from '../types.ts';

export interface Sum {
  year: Year;
  values: Record<string, number>;
  total: Record<Group, number>;
  population: PopulationCount;
  per10000: Record<Group, number | undefined>;
  /** Both groups together per 1 000 inhabitants. */
  per1000: number | undefined;
  /** Rows summed. */
  rows: number;
}

export function addPopulation(a: PopulationCount, b: PopulationCount): PopulationCount {
  return { total: a.total + b.total, age0_17: a.age0_17 + b.age0_17, age18plus: a.age18plus + b.age18plus };
}

export const NO_POPULATION: PopulationCount = { total: 0, age0_17: 0, age18plus: 0 };

/**
 * Sums `rows` (one year's rows of the units in the set). `population` overrides the summed row populations,
 * e.g. Oslo kommune's own figure (which counts Sentrum, Marka and people with no bydel) or the national one.
 */
export function sumRows(year: Year, rows: readonly PanelRow[], population?: PopulationCount): Sum {
  const values: Record<string, number> = {};
  let V = 0;
  let B = 0;
  let pop = NO_POPULATION;
  for (const r of rows) {
    for (const [k, v] of Object.entries(r.values)) values[k] = (values[k] ?? 0) + v;
    V += r.total.V;
    B += r.total.B;
    if (!population) pop = addPopulation(pop, r.population);
  }
  const p = population ?? pop;
  const hasPop = rows.length > 0 || population !== undefined;
  return {
    year,
    values,
    total: { V, B },
    population: p,
    per10000: {
      V: hasPop ? per10000(V, targetPopulation(p, 'V')) : undefined,
      B: hasPop ? per10000(B, targetPopulation(p, 'B')) : undefined,
    },
    per1000: hasPop ? per1000(V + B, p.total) : undefined,
    rows: rows.length,
  };
}

/** A single unit's row as a Sum (its own population). */
export function rowSum(row: PanelRow): Sum {
  return sumRows(row.year, [row]);
}
