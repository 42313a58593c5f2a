// Who reported: a few units each year do not (the published counts), a few submit only part of the form.
// Non-reporters after the first year are picked among units that reported the year before and whose code
// continues exactly one code, so "carry forward the last reported values" is unambiguous.
import type { SubmissionStatus, UnitCode, Year } from '../types.ts';
import type { NonReporterRow, SampleUnit } from './model.ts';
import type { Rng } from './random.ts';

export interface UnitStatus {
  status: SubmissionStatus;
  date?: string;
  nonReporterRow?: NonReporterRow;
}

/** Share of non-reporters that appear in `Årsverk` with empty cells rather than not at all. */
const EMPTY_ROW_SHARE = 0.1;
const PARTIAL_SHARE = 0.015;
const MIN_PARTIAL = 2;

export interface StatusInput {
  year: Year;
  firstYear: Year;
  units: SampleUnit[];
  nonReporters: number;
  /** Codes that reported (levert or delvis) the year before. */
  reportedLastYear: ReadonlySet<UnitCode>;
  /** Units that must report this year (they carry a designed blemish or the jump). */
  mustReport: ReadonlySet<UnitCode>;
}

export function chooseStatuses(input: StatusInput, rng: Rng): Map<UnitCode, UnitStatus> {
  const { year, units } = input;
  const eligible = units.filter((u) => {
    if (input.mustReport.has(u.code)) return false;
    if (year === input.firstYear) return u.kind === 'kommune' && u.population.total < 5000;
    return u.oneToOne && input.reportedLastYear.has(u.predecessors[0]!);
  });
  if (eligible.length < input.nonReporters) {
    throw new Error(`${year}: only ${eligible.length} units can be non-reporters, ${input.nonReporters} needed`);
  }
  const out = new Map<UnitCode, UnitStatus>();
  rng.shuffle(eligible)
    .slice(0, input.nonReporters)
    .forEach((u, i) => {
      const empty = (i === 0 && input.nonReporters >= 5) || (i > 0 && rng.uniform() < EMPTY_ROW_SHARE);
      out.set(u.code, { status: 'ikke levert', nonReporterRow: empty ? 'empty' : 'absent' });
    });

  const reporters = units.filter((u) => !out.has(u.code));
  const partial = new Set(
    rng
      .shuffle(reporters.filter((u) => !input.mustReport.has(u.code)))
      .slice(0, Math.max(MIN_PARTIAL, Math.round(PARTIAL_SHARE * reporters.length)))
      .map((u) => u.code),
  );
  for (const u of reporters) {
    const status: SubmissionStatus = partial.has(u.code) ? 'delvis' : 'levert';
    // Forms for year Y are submitted in January–April of Y + 1; partial ones tend to come late.
    const day = status === 'delvis' ? 60 + rng.int(50) : 5 + rng.int(100);
    out.set(u.code, { status, date: isoDate(year + 1, day) });
  }
  return out;
}

function isoDate(year: Year, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);
}
