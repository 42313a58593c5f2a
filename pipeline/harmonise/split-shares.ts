// How a split kommune's values are divided among the kommuner that received its parts.
//
// Rule: each part gets the share of the split kommune's population that lives in it, in the data's own year,
// per age group (voksne variables by the 18+ share, barn og unge variables by the 0–17 share, anything else
// by the total). The population of a part is read from the reference data on 2024 borders (folketall.csv):
// the receiving 2024 kommune's population minus the population of its other, undivided predecessors (on their
// own borders, folketall-historiske-grenser.csv). folketall.csv already holds SSB-consistent estimates for the
// divided kommuner, so this reproduces them: Stokke 2017 → Tønsberg 19.2 % / Sandefjord 80.8 %, Tysfjord 2020
// → Hamarøy 57.1 % / Narvik 42.9 %, Snillfjord 2020 → Heim 18 % / Hitra 36 % / Orkland 46 %, and 1507 Ålesund
// (2020–2023) → 1508 Ålesund / 1580 Haram by the year's interpolated shares per age group.
//
// One exception is data, not arithmetic: the 2024 division of 1507 Ålesund re-established the pre-2020 Haram
// (1534) as 1580. Values from before 2020 therefore go whole: 1534 → 1580, and 1504/1523/1529/1546 → 1508
// (SOURCES.md, kommune-crosswalk-to-2024.csv; chaining the change list alone would send all five to both).
import type { Reference } from '../reference/index.ts';
import type { UnitCode, Year } from '../types.ts';
import { HarmoniseError } from './errors.ts';
import { POP_KEYS, WHOLE, walk, type ChangeStep, type Weight } from './steps.ts';
import { structureCodes } from './units.ts';

/** The borders of the reference population series (folketall.csv). */
export const POPULATION_BORDERS: Year = 2024;

interface Reestablishment {
  split: UnitCode;
  year: Year;
  /** Applies to values from years before this one (the codes that existed before the merger). */
  before: Year;
  origins: Record<UnitCode, UnitCode>;
}

export const REESTABLISHED: readonly Reestablishment[] = [
  {
    split: '1507',
    year: 2024,
    before: 2020,
    origins: { '1534': '1580', '1504': '1508', '1523': '1508', '1529': '1508', '1546': '1508' },
  },
];

function reestablished(code: UnitCode, step: ChangeStep, dataYear: Year, origin: UnitCode): Map<UnitCode, Weight> | undefined {
  const rule = REESTABLISHED.find((r) => r.split === code && r.year === step.year && dataYear < r.before);
  if (!rule) return undefined;
  const target = rule.origins[origin];
  if (!target) {
    throw new HarmoniseError('harmonise.split-unsupported', `${origin} (${dataYear}) reaches ${code}, which is divided in ${step.year}, but is not listed among its pre-${rule.before} parts`);
  }
  return new Map([[target, { ...WHOLE }]]);
}

/** Divides split codes for values of `dataYear`; returns, per source code of that year, the function `walk` needs. */
export function splitDivider(ref: Reference, steps: readonly ChangeStep[], dataYear: Year) {
  let support: Map<UnitCode, Set<UnitCode>> | undefined;
  const cache = new Map<string, Map<UnitCode, Weight>>();

  // Where each code of `dataYear` ends up on 2024 borders (which codes, not how much).
  const supportOf = (): Map<UnitCode, Set<UnitCode>> => {
    if (support) return support;
    support = new Map();
    for (const c of structureCodes(ref, dataYear)) {
      const reach = walk(c, dataYear, POPULATION_BORDERS, steps, (code, step) => {
        const re = reestablished(code, step, dataYear, c);
        return re ?? new Map(step.targets.get(code)!.map((t) => [t, { ...WHOLE }]));
      });
      support.set(c, new Set(reach.keys()));
    }
    return support;
  };

  const residualShares = (code: UnitCode, step: ChangeStep): Map<UnitCode, Weight> => {
    const pieces = step.targets.get(code)!;
    const where = `${code} (divided ${step.year}) for values of ${dataYear}`;
    if (step.year > POPULATION_BORDERS) {
      throw new HarmoniseError('harmonise.split-unsupported', `${where}: the reference population has no ${step.year} borders`);
    }
    const pop = ref.population.get(dataYear);
    const hist = ref.populationHistorical.get(dataYear);
    if (!pop || !hist) throw new HarmoniseError('harmonise.population-missing', `${where}: no reference population for ${dataYear}`);
    const sup = supportOf();
    const residuals = new Map<UnitCode, Weight>();
    const splitters = new Set<UnitCode>();
    for (const piece of pieces) {
      const reach = walk(piece, step.year, POPULATION_BORDERS, steps, () => {
        throw new HarmoniseError('harmonise.split-unsupported', `${where}: its part ${piece} is divided again`);
      });
      const [target, ...more] = [...reach.keys()];
      if (!target || more.length) throw new HarmoniseError('harmonise.split-unsupported', `${where}: part ${piece} does not map to one 2024 kommune`);
      const total = pop.get(target);
      if (!total) throw new HarmoniseError('harmonise.population-missing', `${where}: no ${dataYear} population for ${target}`);
      const residual: Weight = { ...total };
      for (const [c, reachC] of sup) {
        if (!reachC.has(target)) continue;
        if (reachC.size > 1) {
          splitters.add(c);
          continue;
        }
        const p = hist.get(c);
        if (!p) throw new HarmoniseError('harmonise.population-missing', `${where}: no ${dataYear} population for ${c}`);
        for (const k of POP_KEYS) residual[k] -= p[k];
      }
      if (POP_KEYS.some((k) => residual[k] < 0)) {
        throw new HarmoniseError('harmonise.split-unsupported', `${where}: negative population left for part ${piece}`);
      }
      residuals.set(piece, residual);
    }
    const [splitter, ...others] = [...splitters];
    if (!splitter || others.length) {
      throw new HarmoniseError('harmonise.split-unsupported', `${where}: expected one divided predecessor, found ${[...splitters].join(', ') || 'none'}`);
    }
    // The parts must add up to the divided kommune itself, or the reference data disagree with each other.
    const whole = hist.get(splitter);
    const sums: Weight = { total: 0, age0_17: 0, age18plus: 0 };
    for (const r of residuals.values()) for (const k of POP_KEYS) sums[k] += r[k];
    if (!whole || POP_KEYS.some((k) => Math.abs(sums[k] - whole[k]) > 0.5)) {
      throw new HarmoniseError('harmonise.split-unsupported', `${where}: the parts' population (${sums.total}) differs from ${splitter}'s (${whole?.total})`);
    }
    const shares = new Map<UnitCode, Weight>();
    for (const [piece, r] of residuals) {
      const w = { ...WHOLE };
      for (const k of POP_KEYS) w[k] = sums[k] > 0 ? r[k] / sums[k] : sums.total > 0 ? r.total / sums.total : 1 / pieces.length;
      shares.set(piece, w);
    }
    return shares;
  };

  return (origin: UnitCode) =>
    (code: UnitCode, step: ChangeStep): Map<UnitCode, Weight> => {
      const re = reestablished(code, step, dataYear, origin);
      if (re) return re;
      const key = `${code}@${step.year}`;
      let shares = cache.get(key);
      if (!shares) cache.set(key, (shares = residualShares(code, step)));
      return shares;
    };
}
