// Totals per target group, and spreading a total over a scheme's categories by observed shares.
//
// Shares rule: within a target group, each tiltak variable's share of the summed tiltak and each utdanning
// variable's share of the summed utdanning, over a set of units (the unit's size group among the units that
// reported that year). When that set has no årsverk in a group, the shares of all reporting units are used;
// when they have none either, the total is spread evenly. Tiltak and utdanning then both sum to the total.
import type { ArsverkVariable } from '../codebook/index.ts';
import { GROUPS, type Group } from '../types.ts';

export type Totals = Record<Group, number>;

/** Sum of tiltak per target group (the published total årsverk). */
export function groupTotals(values: Record<string, number>, variables: readonly ArsverkVariable[]): Totals {
  const t: Totals = { V: 0, B: 0 };
  for (const v of variables) if (v.kind === 'tiltak') t[v.group] += values[v.code] ?? 0;
  return t;
}

/** Summed values per variable over some units: the basis of category shares. */
export function aggregate(records: Iterable<Record<string, number>>, variables: readonly ArsverkVariable[]): Record<string, number> {
  const sums: Record<string, number> = Object.fromEntries(variables.map((v) => [v.code, 0]));
  for (const r of records) for (const v of variables) sums[v.code]! += r[v.code] ?? 0;
  return sums;
}

function spread(total: number, vars: readonly ArsverkVariable[], bases: readonly Record<string, number>[]): Record<string, number> {
  for (const base of bases) {
    const sum = vars.reduce((s, v) => s + (base[v.code] ?? 0), 0);
    if (sum > 0) return Object.fromEntries(vars.map((v) => [v.code, (total * (base[v.code] ?? 0)) / sum]));
  }
  return Object.fromEntries(vars.map((v) => [v.code, vars.length ? total / vars.length : 0]));
}

/**
 * Values for every variable that add up to `totals` per group, in tiltak and in utdanning alike. `bases`
 * are aggregates (see `aggregate`) tried in order: the first with årsverk in a group/kind gives its shares.
 */
export function distribute(totals: Totals, variables: readonly ArsverkVariable[], bases: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const group of GROUPS) {
    for (const kind of ['tiltak', 'utdanning'] as const) {
      Object.assign(out, spread(totals[group], variables.filter((v) => v.group === group && v.kind === kind), bases));
    }
  }
  return out;
}
