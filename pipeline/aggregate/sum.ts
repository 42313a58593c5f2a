// Sums of panel rows: årsverk per target group (and both together), population, and rates per 10 000 in the
// target group (voksne: 18+, barn og unge: 0–17; both groups together: per 10 000 inhabitants). The one place
// that turns a set of rows into the numbers every grouping (size group, fylke, helseforetak, nation) shows.
import { targetPopulation } from '../population/index.ts';
import { KahanSum, per1000, per10000, sum } from '../stats/index.ts';
import type { Group, PanelRow, PopulationCount } from '../types.ts';

export type GroupOrAll = Group | 'all';

export interface RowSum {
  /** Number of units summed. */
  units: number;
  arsverk: Record<GroupOrAll, number>;
  population: PopulationCount;
  /** Årsverk per 10 000 in the target group; `all`: per 10 000 inhabitants. Undefined without population. */
  per10000: Record<GroupOrAll, number | undefined>;
  /** All årsverk per 1 000 inhabitants. */
  per1000: number | undefined;
  /** Summed årsverk per variable (tiltak and utdanning codes). */
  values: Record<string, number>;
}

/** Population of a set of rows: the sum of their own populations. */
export function sumPopulation(rows: readonly PanelRow[]): PopulationCount {
  return {
    total: sum(rows.map((r) => r.population.total)) ?? 0,
    age0_17: sum(rows.map((r) => r.population.age0_17)) ?? 0,
    age18plus: sum(rows.map((r) => r.population.age18plus)) ?? 0,
  };
}

/**
 * Sums rows. `population` overrides the rows' own sum (e.g. Oslo kommune's population for its bydeler, or the
 * national figure, which also counts Oslo residents with no bydel).
 */
export function sumRows(rows: readonly PanelRow[], population: PopulationCount = sumPopulation(rows)): RowSum {
  // One pass over the rows (this runs for every grouping of every table): a running sum per column, each
  // adding its rows in row order, so the result equals summing each column on its own.
  const totalV = new KahanSum();
  const totalB = new KahanSum();
  const columns = new Map<string, KahanSum>();
  for (const r of rows) {
    totalV.add(r.total.V);
    totalB.add(r.total.B);
    for (const k in r.values) {
      let acc = columns.get(k);
      if (!acc) columns.set(k, (acc = new KahanSum()));
      acc.add(r.values[k]);
    }
  }
  const V = totalV.value() ?? 0;
  const B = totalB.value() ?? 0;
  const values: Record<string, number> = {};
  for (const k of [...columns.keys()].sort()) values[k] = columns.get(k)!.value() ?? 0;
  return {
    units: rows.length,
    arsverk: { V, B, all: V + B },
    population,
    per10000: {
      V: per10000(V, targetPopulation(population, 'V')),
      B: per10000(B, targetPopulation(population, 'B')),
      all: per10000(V + B, population.total),
    },
    per1000: per1000(V + B, population.total),
    values,
  };
}
