// SSB's change list as a sequence of yearly steps. All changes dated 1 January of a year happen at once: an
// old code (valid the year before) goes to one new code (merge, renumber, rename) or to several (split).
import type { Reference } from '../reference/index.ts';
import type { PopulationCount, UnitCode, Year } from '../types.ts';

/** A population key; a split divides each variable by the share of the population it concerns. */
export type PopKey = keyof PopulationCount;
export const POP_KEYS: readonly PopKey[] = ['total', 'age0_17', 'age18plus'];

/** A share per population key. Weights of one source code sum to 1 per key. */
export type Weight = Record<PopKey, number>;
export const WHOLE: Readonly<Weight> = { total: 1, age0_17: 1, age18plus: 1 };

export interface ChangeStep {
  /** The changes apply from 1 January of this year. */
  year: Year;
  /** Old code → its new codes, distinct, in the change list's order. */
  targets: Map<UnitCode, UnitCode[]>;
}

/** The change list grouped into steps, in ascending year (file order within a step). */
export function changeSteps(ref: Reference): ChangeStep[] {
  const byYear = new Map<Year, Map<UnitCode, UnitCode[]>>();
  for (const c of ref.changes) {
    let step = byYear.get(c.year);
    if (!step) byYear.set(c.year, (step = new Map<UnitCode, UnitCode[]>()));
    const list = step.get(c.oldCode) ?? [];
    if (!list.includes(c.newCode)) list.push(c.newCode);
    step.set(c.oldCode, list);
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, targets]) => ({ year, targets }));
}

export function scaled(w: Weight, s: Weight): Weight {
  return { total: w.total * s.total, age0_17: w.age0_17 * s.age0_17, age18plus: w.age18plus * s.age18plus };
}

export function addInto(map: Map<UnitCode, Weight>, code: UnitCode, w: Weight): void {
  const prev = map.get(code);
  map.set(code, prev ? { total: prev.total + w.total, age0_17: prev.age0_17 + w.age0_17, age18plus: prev.age18plus + w.age18plus } : { ...w });
}

/**
 * Follows one source code through the steps with `fromYear < step.year <= toYear`. Codes not named in a step
 * keep their code; a code with one new code moves whole; a split asks `divide` how to share it.
 */
export function walk(
  origin: UnitCode,
  fromYear: Year,
  toYear: Year,
  steps: readonly ChangeStep[],
  divide: (code: UnitCode, step: ChangeStep) => Map<UnitCode, Weight>,
): Map<UnitCode, Weight> {
  let state = new Map<UnitCode, Weight>([[origin, { ...WHOLE }]]);
  for (const step of steps) {
    if (step.year <= fromYear || step.year > toYear) continue;
    const next = new Map<UnitCode, Weight>();
    for (const [code, w] of state) {
      const targets = step.targets.get(code);
      if (!targets) addInto(next, code, w);
      else if (targets.length === 1) addInto(next, targets[0]!, w);
      else for (const [t, share] of divide(code, step)) addInto(next, t, scaled(w, share));
    }
    state = next;
  }
  return state;
}
