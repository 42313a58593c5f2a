// A crosswalk maps every code of one year's structure to the codes of a later year's structure, with the
// share of the source that each target receives (per population key; see split-shares.ts for splits).
// Built by chaining SSB's change list (ref.changes) step by step: merges sum, renames and renumbers follow.
import type { Reference } from '../reference/index.ts';
import type { UnitCode, Year } from '../types.ts';
import { HarmoniseError } from './errors.ts';
import { splitDivider } from './split-shares.ts';
import { changeSteps, walk, type ChangeStep, type Weight } from './steps.ts';
import { structureCodes } from './units.ts';

export interface CrosswalkPart {
  code: UnitCode;
  weight: Weight;
}

export interface Crosswalk {
  from: Year;
  to: Year;
  /** Source code (valid in `from`) → the codes of `to` it goes to, sorted by code. Weights sum to 1 per key. */
  targets: Map<UnitCode, CrosswalkPart[]>;
  /** Target code (valid in `to`) → the source codes that make it up, with the share of each source it gets. */
  sources: Map<UnitCode, CrosswalkPart[]>;
}

const byCode = (a: CrosswalkPart, b: CrosswalkPart) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function crosswalk(ref: Reference, from: Year, to: Year, steps: readonly ChangeStep[] = changeSteps(ref)): Crosswalk {
  if (to < from) throw new HarmoniseError('harmonise.backwards', `cannot harmonise ${from} to the earlier structure of ${to}`);
  let codes: UnitCode[];
  try {
    codes = structureCodes(ref, from);
  } catch {
    throw new HarmoniseError('harmonise.no-structure', `the reference data have no kommune list for ${from}`);
  }
  const divider = splitDivider(ref, steps, from);
  const targets = new Map<UnitCode, CrosswalkPart[]>();
  const sources = new Map<UnitCode, CrosswalkPart[]>();
  for (const code of codes) {
    const reach = walk(code, from, to, steps, divider(code));
    const parts = [...reach.entries()]
      .filter(([, w]) => w.total > 0 || w.age0_17 > 0 || w.age18plus > 0)
      .map(([c, weight]) => ({ code: c, weight }))
      .sort(byCode);
    targets.set(code, parts);
    for (const p of parts) {
      const list = sources.get(p.code) ?? [];
      list.push({ code, weight: p.weight });
      sources.set(p.code, list);
    }
  }
  for (const list of sources.values()) list.sort(byCode);
  return { from, to, targets, sources: new Map([...sources.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/**
 * Crosswalks built on demand and kept for the caller's lifetime (one per buildPanel call, say): the same
 * pair of years is asked for many times by impute. No state is shared between callers.
 */
export function crosswalkCache(ref: Reference): (from: Year, to: Year) => Crosswalk {
  // One cache per reference object: a process that builds the panel again (the preview, after a data change)
  // reuses the crosswalks, which depend on the reference data only.
  let cache = caches.get(ref);
  if (!cache) caches.set(ref, (cache = newCache(ref)));
  return cache;
}

const caches = new WeakMap<Reference, (from: Year, to: Year) => Crosswalk>();

function newCache(ref: Reference): (from: Year, to: Year) => Crosswalk {
  const steps = changeSteps(ref);
  const built = new Map<string, Crosswalk>();
  return (from, to) => {
    const key = `${from}>${to}`;
    let cw = built.get(key);
    if (!cw) built.set(key, (cw = crosswalk(ref, from, to, steps)));
    return cw;
  };
}
