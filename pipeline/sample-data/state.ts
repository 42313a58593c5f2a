// Each unit's persistent "personality", carried from year to year along SSB's code changes: how far its
// årsverk rate lies from the size-group norm, how its mix of services and staff differs from the national
// mix, and its leanings in the survey. Units that merge take the population-weighted blend of their parts.
import type { Group, UnitCode } from '../types.ts';
import type { SampleUnit } from './model.ts';
import type { Rng } from './random.ts';

export interface UnitState {
  /** Persistent log effect on the per-10 000 rate, per group (includes the occasional permanent shift). */
  effect: Record<Group, number>;
  /** Transient AR(1) log deviation, per group. */
  noise: Record<Group, number>;
  /** Log perturbation of each årsverk category's share, keyed by variable code (drawn when first needed). */
  mix: Record<string, number>;
  /** Standard-normal leaning per survey question (drawn when first needed). */
  latent: Record<string, number>;
}

export type States = Map<UnitCode, UnitState>;

const NOISE_PERSISTENCE = 0.5;
const NOISE_SD = 0.05;
/** Share of units per year whose level shifts for good ("units that change more"). */
const SHIFT_PROBABILITY = 0.03;
const SHIFT_SD = 0.2;
/** No unit's rate moves by more than this (log) from one year to the next, apart from the designed jump. */
export const MAX_YEARLY_LOG_CHANGE = 0.3;
/** No unit's rate lies further than this (log, about ×2,2 or ÷2,2) from its size norm: no accidental outliers. */
export const MAX_LOG_LEVEL = 0.8;
const clip = (x: number, limit: number) => Math.max(-limit, Math.min(limit, x));
const MIX_PERSISTENCE = 0.92;
export const MIX_SD = 0.35;
const LATENT_PERSISTENCE = 0.85;
const EFFECT_CORRELATION_VB = 0.4;

function effectSd(unit: SampleUnit): number {
  if (unit.kind === 'bydel') return 0.1;
  if (unit.population.total < 5000) return 0.28;
  if (unit.population.total < 20000) return 0.22;
  return 0.15;
}

function freshState(unit: SampleUnit, rng: Rng): UnitState {
  const sd = effectSd(unit);
  const zV = rng.normal();
  const zB = EFFECT_CORRELATION_VB * zV + Math.sqrt(1 - EFFECT_CORRELATION_VB ** 2) * rng.normal();
  // −sd²/2 keeps the mean of exp(effect) near 1; clipping at 2,2 sd keeps the tails plausible.
  const effect = (z: number) => clip(sd * clip(z, 2.2) - (sd * sd) / 2, MAX_LOG_LEVEL);
  return {
    effect: { V: effect(zV), B: effect(zB) },
    noise: { V: 0, B: 0 },
    mix: {},
    latent: {},
  };
}

/** The size-curve rate of a unit and group (per 10 000 in the target group, any common scale). */
export type SizeCurve = (unit: SampleUnit, group: Group) => number;

/**
 * The state a unit starts the year with: inherited (one predecessor) or blended (a merger). A merger keeps
 * the årsverk of its parts: its effect is set so that its rate is the parts' population-weighted rate.
 */
function inherit(unit: SampleUnit, previous: States, previousUnits: Map<UnitCode, SampleUnit>, curve: SizeCurve): UnitState {
  const parts = unit.predecessors.map((code) => {
    const state = previous.get(code);
    const prevUnit = previousUnits.get(code);
    if (!state || !prevUnit) throw new Error(`no state for ${code}, predecessor of ${unit.code}`);
    return { state, unit: prevUnit, population: prevUnit.population };
  });
  if (parts.length === 1) {
    const s = parts[0]!.state;
    return { effect: { ...s.effect }, noise: { ...s.noise }, mix: { ...s.mix }, latent: { ...s.latent } };
  }
  const blendLevel = (group: Group): number => {
    const weight = (p: (typeof parts)[number]) => (group === 'V' ? p.population.age18plus : p.population.age0_17);
    const total = parts.reduce((sum, p) => sum + weight(p), 0);
    const rate = parts.reduce((sum, p) => sum + (weight(p) / total) * curve(p.unit, group) * Math.exp(p.state.effect[group] + p.state.noise[group]), 0);
    return Math.log(rate / curve(unit, group));
  };
  const totalPopulation = parts.reduce((sum, p) => sum + p.population.total, 0);
  const mix: Record<string, number> = {};
  for (const key of new Set(parts.flatMap((p) => Object.keys(p.state.mix)))) {
    mix[key] = parts.reduce((sum, p) => sum + (p.population.total / totalPopulation) * (p.state.mix[key] ?? 0), 0);
  }
  const largest = [...parts].sort((a, b) => b.population.total - a.population.total)[0]!;
  return { effect: { V: blendLevel('V'), B: blendLevel('B') }, noise: { V: 0, B: 0 }, mix, latent: { ...largest.state.latent } };
}

/** Separate streams, so that adding a category or a question does not move any unit's årsverk. */
export interface StateRngs {
  level: Rng;
  mix: Rng;
  latent: Rng;
}

/** One year on: AR(1) noise, occasional permanent shifts, slowly drifting mix and survey leanings. */
function evolve(state: UnitState, rngs: StateRngs): UnitState {
  const rng = rngs.level;
  const next: UnitState = { effect: { ...state.effect }, noise: { ...state.noise }, mix: {}, latent: {} };
  for (const g of ['V', 'B'] as const) {
    const before = state.effect[g] + state.noise[g];
    if (rng.uniform() < SHIFT_PROBABILITY) next.effect[g] = clip(next.effect[g] + rng.normal(0, SHIFT_SD), MAX_LOG_LEVEL);
    next.noise[g] = NOISE_PERSISTENCE * state.noise[g] + rng.normal(0, NOISE_SD);
    const change = next.effect[g] + next.noise[g] - before;
    if (Math.abs(change) > MAX_YEARLY_LOG_CHANGE) {
      next.noise[g] = before + Math.sign(change) * MAX_YEARLY_LOG_CHANGE - next.effect[g];
    }
    const level = next.effect[g] + next.noise[g];
    if (Math.abs(level) > MAX_LOG_LEVEL) next.noise[g] -= level - Math.sign(level) * MAX_LOG_LEVEL;
  }
  const drift = (r: Rng, value: number, persistence: number, sd: number) =>
    persistence * value + Math.sqrt(1 - persistence ** 2) * r.normal(0, sd);
  for (const [k, v] of Object.entries(state.mix)) next.mix[k] = drift(rngs.mix, v, MIX_PERSISTENCE, MIX_SD);
  for (const [k, v] of Object.entries(state.latent)) next.latent[k] = drift(rngs.latent, v, LATENT_PERSISTENCE, 1);
  return next;
}

/** The states of this year's units, from last year's (undefined in the first year). */
export function advanceStates(
  units: SampleUnit[],
  previous: { states: States; units: SampleUnit[] } | undefined,
  curve: SizeCurve,
  rngs: StateRngs,
): States {
  const out: States = new Map();
  const previousUnits = new Map(previous?.units.map((u) => [u.code, u]) ?? []);
  for (const unit of units) {
    out.set(unit.code, previous ? evolve(inherit(unit, previous.states, previousUnits, curve), rngs) : freshState(unit, rngs.level));
  }
  return out;
}

/** A unit's mix perturbation for a category, drawn on first use. */
export function mixOf(state: UnitState, key: string, rng: Rng): number {
  return (state.mix[key] ??= rng.normal(0, MIX_SD));
}

/** A unit's survey leaning for a question, drawn on first use. */
export function latentOf(state: UnitState, key: string, rng: Rng): number {
  return (state.latent[key] ??= rng.normal());
}
