// Splits each reporting unit's group total into tiltak and into utdanning (each summing exactly to the
// total, in tenths). Unit shares vary around the national shares of shares.ts; raking makes the national
// sums (reported plus carried forward) land on the national targets, and a last pass moves single tenths
// to and from the buffer category so they land exactly.
import { tiltakVariables, utdanningVariables, type YearCodebook } from '../codebook/index.ts';
import type { Group, UnitCode } from '../types.ts';
import { interpolate, largestRemainder } from './allocate.ts';
import type { Imputed, SampleUnit } from './model.ts';
import type { Rng } from './random.ts';
import { SHARES, type ShareTable } from './shares.ts';
import { mixOf, type States } from './state.ts';

/** Year-to-year wobble of a unit's category shares, on top of its persistent mix. */
const YEARLY_MIX_SD = 0.1;

export interface BreakdownInput {
  codebook: YearCodebook;
  /** Reporting units. */
  units: SampleUnit[];
  totals: ReadonlyMap<UnitCode, Record<Group, number>>;
  states: States;
  answers: ReadonlyMap<UnitCode, Record<string, number | string | null>>;
  /** National totals in tenths (reported + carried forward + estimated). */
  national: Record<Group, number>;
  /** This year's non-reporters' carried-forward values. */
  imputed: Imputed[];
}

/** Tenths per variable code, per reporting unit. */
export function breakdown(input: BreakdownInput, rng: Rng): Map<UnitCode, Record<string, number>> {
  const out = new Map<UnitCode, Record<string, number>>(input.units.map((u) => [u.code, {}]));
  for (const group of ['V', 'B'] as const) {
    for (const kind of ['tiltak', 'utdanning'] as const) {
      const vars = (kind === 'tiltak' ? tiltakVariables : utdanningVariables)(input.codebook, group).map((v) => v.code);
      const scheme = SHARES[input.codebook.scheme];
      if (!scheme) throw new Error(`sample-data has no årsverk shares for scheme ${input.codebook.scheme} (pipeline/sample-data/shares.ts)`);
      const table = scheme[group][kind];
      checkTable(table, vars, `${input.codebook.scheme}/${group}/${kind}`);
      const split = splitGroup(input, group, vars, table, rng);
      input.units.forEach((u, i) => vars.forEach((v, k) => (out.get(u.code)![v] = split[i]![k]!)));
    }
  }
  return out;
}

function checkTable(table: ShareTable, vars: string[], where: string): void {
  const keys = Object.keys(table.categories);
  const missing = vars.filter((v) => !keys.includes(v));
  const extra = keys.filter((k) => !vars.includes(k));
  if (missing.length || extra.length || !vars.includes(table.buffer)) {
    throw new Error(`sample-data shares ${where} do not match the codebook (missing ${missing.join(', ') || '–'}; extra ${extra.join(', ') || '–'})`);
  }
}

/** National targets for the reporting units, in whole tenths, in the order of `vars`. */
function reporterTargets(input: BreakdownInput, group: Group, vars: string[], table: ShareTable, reported: number): number[] {
  const year = input.codebook.year;
  const national = input.national[group];
  const nationalTarget = vars.map((v) => {
    const cat = table.categories[v]!;
    if (v === table.buffer) return 0;
    const fixed = cat.fixed?.[year];
    return fixed !== undefined ? fixed * 10 : interpolate(cat.share, year) * national;
  });
  // Carried-forward values count towards the national sums only where they are in this year's scheme;
  // otherwise (estimates, or a scheme change) the reporting units take the national shares.
  const carriedBreakdown = input.imputed.every((m) => m.tenths !== undefined);
  const targets = nationalTarget.map((t, k) => {
    if (!carriedBreakdown) return (t * reported) / national;
    return t - input.imputed.reduce((sum, m) => sum + m.tenths![vars[k]!]!, 0);
  });
  const whole = targets.map((t) => Math.max(0, Math.round(t)));
  const b = vars.indexOf(table.buffer);
  whole[b] = reported - whole.reduce((a, x, k) => (k === b ? a : a + x), 0);
  if (whole[b] < 0) throw new Error(`${year} ${group}: the shares leave nothing for ${table.buffer}`);
  return whole;
}

function splitGroup(input: BreakdownInput, group: Group, vars: string[], table: ShareTable, rng: Rng): number[][] {
  const totals = input.units.map((u) => input.totals.get(u.code)![group]);
  const reported = totals.reduce((a, b) => a + b, 0);
  const targets = reporterTargets(input, group, vars, table, reported);

  // Unit weights: national share × size leaning × answer link × the unit's own (persistent + yearly) mix.
  const weights = input.units.map((u) => {
    const state = input.states.get(u.code)!;
    const answers = input.answers.get(u.code) ?? {};
    return vars.map((v, k) => {
      const cat = table.categories[v]!;
      const answer = cat.byAnswer ? answers[cat.byAnswer.question] : undefined;
      const answerFactor = typeof answer === 'number' ? (cat.byAnswer!.factors[answer] ?? 1) : 1;
      const size = cat.bySize?.[u.sizeGroup] ?? 1;
      return (targets[k]! / reported) * size * answerFactor * Math.exp(mixOf(state, cat.mixKey ?? v, rng) + rng.normal(0, YEARLY_MIX_SD));
    });
  });

  // Raking: per-category factors so that Σ_units total × share = target.
  const factor = vars.map(() => 1);
  for (let iteration = 0; iteration < 200; iteration++) {
    const sums = vars.map(() => 0);
    weights.forEach((w, i) => {
      const norm = w.reduce((a, x, k) => a + x * factor[k]!, 0);
      w.forEach((x, k) => (sums[k]! += (totals[i]! * x * factor[k]!) / norm));
    });
    let worst = 0;
    vars.forEach((_, k) => {
      if (sums[k]! > 0) {
        worst = Math.max(worst, Math.abs(sums[k]! - targets[k]!));
        factor[k]! *= targets[k]! / sums[k]!;
      }
    });
    if (worst < 1e-6) break;
  }
  const split = weights.map((w, i) => largestRemainder(totals[i]!, w.map((x, k) => x * factor[k]!)));
  landExactly(split, targets, vars.indexOf(table.buffer), totals);
  return split;
}

/** Moves single tenths between each category and the buffer (largest units first) until the sums hit the targets. */
function landExactly(split: number[][], targets: number[], buffer: number, totals: number[]): void {
  const order = totals.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, i]) => i);
  targets.forEach((target, k) => {
    if (k === buffer) return;
    let diff = target - split.reduce((a, row) => a + row[k]!, 0);
    let idle = 0;
    for (let n = 0; diff !== 0; n++) {
      const row = split[order[n % order.length]!]!;
      const from = diff > 0 ? buffer : k;
      const to = diff > 0 ? k : buffer;
      if (row[from]! > 0) {
        row[from]! -= 1;
        row[to]! += 1;
        diff -= Math.sign(diff);
        idle = 0;
      } else if (++idle > order.length) {
        throw new Error(`cannot land category ${k} on its national target`);
      }
    }
  });
}
