// Generates every sample year in memory, in order, each from the year before: units and their lineage,
// who reports, calibrated group totals, survey answers, and the tiltak/utdanning breakdown.
import { codebookFileFor, codebookForYear, loadCodebook } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import type { Group, UnitCode, Year } from '../types.ts';
import { blemishUnits } from './blemishes.ts';
import { breakdown } from './breakdown.ts';
import type { GeneratedUnit, GeneratedYear, Imputed, SampleUnit } from './model.ts';
import { rngFor } from './random.ts';
import { calibrateTotals, sizeCurve } from './rates.ts';
import { advanceStates, type States } from './state.ts';
import { chooseStatuses } from './status.ts';
import { surveyAnswers } from './survey.ts';
import { JUMP_FACTOR, JUMP_YEAR, NON_REPORTERS, SAMPLE_YEARS, targetTotals } from './targets.ts';
import { unitsOfYear } from './units.ts';

export interface GenerateInput {
  seed: number;
  reference: Reference;
  /** Folder of the codebook YAML files (a year-specific file wins, see codebookFileFor). */
  codebooks: string;
  years?: readonly Year[];
}

export function generateSampleYears(input: GenerateInput): GeneratedYear[] {
  const { seed, reference } = input;
  const years = input.years ?? SAMPLE_YEARS;
  const firstYear = years[0]!;
  const population2024 = reference.population.get(2024)?.get('00')?.total;
  if (population2024 === undefined) throw new Error('no national population for 2024 in the reference data');

  const out: GeneratedYear[] = [];
  let previous: { states: States; units: SampleUnit[]; year: GeneratedYear } | undefined;
  for (const year of years) {
    const codebook = codebookForYear(loadCodebook(codebookFileFor(input.codebooks, year)), year);
    const units = unitsOfYear(reference, year, firstYear);
    const states = advanceStates(units, previous, sizeCurve, {
      level: rngFor(seed, 'state', year),
      mix: rngFor(seed, 'mix', year),
      latent: rngFor(seed, 'latent', year),
    });
    const prevByCode = new Map(previous?.year.units.map((u) => [u.code, u]) ?? []);
    const reportedBefore = (code: UnitCode) => prevByCode.get(code)?.totals !== undefined;

    const jump = year === JUMP_YEAR ? chooseJumpUnit(units, prevByCode, states, seed, year) : undefined;
    if (jump) states.get(jump)!.effect.V += Math.log(JUMP_FACTOR);

    const statuses = chooseStatuses(
      {
        year,
        firstYear,
        units,
        nonReporters: NON_REPORTERS[year] ?? 0,
        reportedLastYear: new Set([...prevByCode.keys()].filter(reportedBefore)),
        mustReport: new Set([...blemishUnits(year), ...(jump ? [jump] : [])]),
      },
      rngFor(seed, 'status', year),
    );
    const reporters = units.filter((u) => statuses.get(u.code)!.status !== 'ikke levert');
    const nonReporters = units.filter((u) => statuses.get(u.code)!.status === 'ikke levert');

    const carried: Imputed[] = nonReporters
      .filter((u) => u.predecessors.length === 1)
      .map((u) => {
        const from = prevByCode.get(u.predecessors[0]!)!;
        const sameScheme = previous!.year.scheme === codebook.scheme;
        return { code: u.code, method: 'carried-forward', fromCode: from.code, totals: { ...from.totals! }, ...(sameScheme ? { tenths: { ...from.tenths! } } : {}) };
      });
    const { totals, estimated } = calibrateTotals({
      units,
      states,
      reporters: new Set(reporters.map((u) => u.code)),
      carried,
      toEstimate: nonReporters.filter((u) => u.predecessors.length === 0),
      target: targetTotals(year, population2024),
    });
    const imputed = [...carried, ...estimated];
    const national = sumGroups([...totals.values(), ...imputed.map((m) => m.totals)]);

    const partial = new Set(reporters.filter((u) => statuses.get(u.code)!.status === 'delvis').map((u) => u.code));
    const answers = surveyAnswers(
      {
        codebook,
        units: reporters,
        partial,
        states,
        totals,
        previousTotals: (u) => {
          const parts = u.predecessors.map((p) => prevByCode.get(p)?.totals);
          return parts.length > 0 && parts.every((t) => t !== undefined) ? sumGroups(parts) : undefined;
        },
        ...(jump ? { jumpUnit: jump } : {}),
      },
      rngFor(seed, 'survey', year),
    );
    const split = breakdown({ codebook, units: reporters, totals, states, answers, national, imputed }, rngFor(seed, 'breakdown', year));

    const generatedUnits: GeneratedUnit[] = units.map((u) => {
      const s = statuses.get(u.code)!;
      if (s.status === 'ikke levert') return { ...u, status: s.status, ...(s.nonReporterRow ? { nonReporterRow: s.nonReporterRow } : {}) };
      return { ...u, status: s.status, date: s.date!, totals: totals.get(u.code)!, tenths: split.get(u.code)!, answers: answers.get(u.code)! };
    });
    const nationalByVariable: Record<string, number> = {};
    for (const v of codebook.arsverk) {
      nationalByVariable[v.code] =
        reporters.reduce((sum, u) => sum + split.get(u.code)![v.code]!, 0) + imputed.reduce((sum, m) => sum + (m.tenths?.[v.code] ?? 0), 0);
    }
    const generated: GeneratedYear = { year, scheme: codebook.scheme, codebook, units: generatedUnits, imputed, national, nationalByVariable };
    if (jump) generated.jump = { code: jump, group: 'V', before: prevByCode.get(jump)!.totals!.V, after: totals.get(jump)!.V };
    out.push(generated);
    previous = { states, units, year: generated };
  }
  return out;
}

function sumGroups(values: Record<Group, number>[]): Record<Group, number> {
  return values.reduce((acc, t) => ({ V: acc.V + t.V, B: acc.B + t.B }), { V: 0, B: 0 });
}

/**
 * The unit whose voksne årsverk jump: a mid-sized kommune (10 000–30 000 inhabitants) with an unchanged
 * code that reported last year with at least 15 årsverk for voksne, and a rate below its size norm (so
 * the jump is implausible as a change, not as a level).
 */
function chooseJumpUnit(units: SampleUnit[], previous: Map<UnitCode, GeneratedUnit>, states: States, seed: number, year: Year): UnitCode {
  const candidates = units.filter((u) => {
    const before = previous.get(u.code);
    return (
      u.kind === 'kommune' &&
      u.oneToOne &&
      u.predecessors[0] === u.code &&
      u.population.total >= 10_000 &&
      u.population.total < 30_000 &&
      (before?.totals?.V ?? 0) >= 150 &&
      states.get(u.code)!.effect.V + states.get(u.code)!.noise.V < -0.15
    );
  });
  return rngFor(seed, 'jump', year).pick(candidates).code;
}
