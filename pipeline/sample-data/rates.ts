// Unit årsverk per target group: a size curve (smaller kommuner have more årsverk per 10 000 in the target
// group), times each unit's persistent effect, scaled so that the national total — reported values plus
// carried-forward or estimated values for non-reporters, as the report computes it — hits the target.
import type { Group, PopulationCount, SizeGroupId, UnitCode } from '../types.ts';
import type { Imputed, SampleUnit } from './model.ts';
import type { States } from './state.ts';

/**
 * Per-10 000 rates by size group (2023 level; calibration rescales every year). Published 2023: barn og
 * unge 34–63, voksne 27–34 across size groups, highest in the smallest kommuner; Oslo's bydeler are like
 * large kommuner. Every year, the reporting units of each size group are scaled together so the groups keep
 * this profile (mergers and growth would otherwise blur it), and then all of them so the nation hits its
 * target.
 */
export const SIZE_PROFILE: Record<Group, Record<SizeGroupId, number>> = {
  V: { lt2000: 33.8, '2000-4999': 33.2, '5000-9999': 32.6, '10000-19999': 32.0, '20000-49999': 31.0, ge50000: 29.6, bydel: 29.6 },
  B: { lt2000: 62, '2000-4999': 45, '5000-9999': 38, '10000-19999': 35.5, '20000-49999': 34.8, ge50000: 34.5, bydel: 34.6 },
};

/**
 * Within a size group, the rate still falls with size: a curve interpolated on log(inhabitants) between
 * anchors at typical sizes of the groups, so a unit crossing a group boundary does not jump.
 */
const CURVE: Record<Group, { anchors: readonly (readonly [number, number])[]; bydel: number }> = {
  V: {
    anchors: [[900, 33.8], [3200, 33.1], [7000, 32.7], [14_000, 32.1], [30_000, 31.1], [90_000, 29.7]],
    bydel: 29.6,
  },
  B: {
    anchors: [[900, 61], [3200, 44.5], [7000, 38], [14_000, 35.5], [30_000, 34.8], [90_000, 34.5]],
    bydel: 34.5,
  },
};

/** The lowest value of a reporting unit's group total, in tenths (tiny kommuner still report a little). */
export const MIN_TENTHS = 3;

export function targetPopulation(population: PopulationCount, group: Group): number {
  return group === 'V' ? population.age18plus : population.age0_17;
}

export function sizeCurve(unit: SampleUnit, group: Group): number {
  const curve = CURVE[group];
  if (unit.kind === 'bydel') return curve.bydel;
  const x = Math.log(unit.population.total);
  const anchors = curve.anchors;
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  if (x <= Math.log(first[0])) return first[1];
  if (x >= Math.log(last[0])) return last[1];
  for (let i = 1; i < anchors.length; i++) {
    const [p1, r1] = anchors[i]!;
    const [p0, r0] = anchors[i - 1]!;
    if (x <= Math.log(p1)) return r0 + ((x - Math.log(p0)) / (Math.log(p1) - Math.log(p0))) * (r1 - r0);
  }
  return last[1];
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The report's estimate for a unit with no earlier report: the median per-10 000 rate of its size group
 * among reporting units that year, times its target-group population. In tenths (not rounded).
 */
export function estimateTenths(
  unit: SampleUnit,
  group: Group,
  reporters: readonly SampleUnit[],
  totals: ReadonlyMap<UnitCode, Record<Group, number>>,
): number {
  const rates = reporters
    .filter((r) => r.sizeGroup === unit.sizeGroup)
    .map((r) => totals.get(r.code)![group] / targetPopulation(r.population, group));
  const m = median(rates);
  if (m === undefined) throw new Error(`no reporting unit in size group ${unit.sizeGroup} to estimate ${unit.code}`);
  return m * targetPopulation(unit.population, group);
}

export interface TotalsInput {
  units: SampleUnit[];
  states: States;
  reporters: ReadonlySet<UnitCode>;
  /** Carried-forward values of this year's non-reporters. */
  carried: Imputed[];
  /** Non-reporters with no earlier report (first year): estimated from size-group medians. */
  toEstimate: SampleUnit[];
  /** National target per group, in årsverk. */
  target: Record<Group, number>;
}

export interface TotalsResult {
  totals: Map<UnitCode, Record<Group, number>>;
  estimated: Imputed[];
}

/** Rounds each reporting unit to tenths (at least MIN_TENTHS) so that the national total hits the target. */
export function calibrateTotals(input: TotalsInput): TotalsResult {
  const reporters = input.units.filter((u) => input.reporters.has(u.code));
  const totals = new Map<UnitCode, Record<Group, number>>(reporters.map((u) => [u.code, { V: 0, B: 0 }]));
  const estimates = new Map<UnitCode, Record<Group, number>>(input.toEstimate.map((u) => [u.code, { V: 0, B: 0 }]));

  for (const group of ['V', 'B'] as const) {
    const raw = profiled(reporters, group, (u) => {
      const s = input.states.get(u.code)!;
      return sizeCurve(u, group) * Math.exp(s.effect[group] + s.noise[group]) * targetPopulation(u.population, group);
    });
    const rawSum = raw.reduce((a, b) => a + b, 0);
    const carried = input.carried.reduce((sum, c) => sum + c.totals[group], 0);
    const targetTenths = Math.round(input.target[group] * 10);
    let estimated = 0;
    for (let iteration = 0; iteration < 20; iteration++) {
      const available = targetTenths - carried - estimated;
      const scale = available / rawSum;
      const tenths = raw.map((r) => Math.max(MIN_TENTHS, Math.round(r * scale)));
      fixResidual(tenths, Math.round(available) - tenths.reduce((a, b) => a + b, 0));
      reporters.forEach((u, i) => (totals.get(u.code)![group] = tenths[i]!));
      let next = 0;
      for (const u of input.toEstimate) {
        const e = estimateTenths(u, group, reporters, totals);
        estimates.get(u.code)![group] = e;
        next += e;
      }
      const settled = Math.abs(next - estimated) < 0.05;
      estimated = next;
      if (settled) break;
    }
  }
  const estimated: Imputed[] = input.toEstimate.map((u) => ({ code: u.code, method: 'estimated', totals: estimates.get(u.code)! }));
  return { totals, estimated };
}

/** Raw values scaled per size group so that each group's rate follows SIZE_PROFILE. */
function profiled(units: SampleUnit[], group: Group, raw: (u: SampleUnit) => number): number[] {
  const values = units.map(raw);
  const sums = new Map<SizeGroupId, { raw: number; population: number }>();
  units.forEach((u, i) => {
    const s = sums.get(u.sizeGroup) ?? { raw: 0, population: 0 };
    s.raw += values[i]!;
    s.population += targetPopulation(u.population, group);
    sums.set(u.sizeGroup, s);
  });
  return units.map((u, i) => {
    const s = sums.get(u.sizeGroup)!;
    return (values[i]! * SIZE_PROFILE[group][u.sizeGroup] * s.population) / s.raw;
  });
}

/** Adds or removes single tenths on the largest values until their sum has moved by `diff`. */
function fixResidual(tenths: number[], diff: number): void {
  const order = tenths.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, i]) => i);
  for (let k = 0; k < Math.abs(diff); k++) {
    const i = order[k % order.length]!;
    tenths[i]! += Math.sign(diff);
  }
}
