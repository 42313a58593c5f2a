// The generator's in-memory model of one synthetic reporting year, before it is written to a workbook.
// Årsverk are kept as whole tenths (integers), so sums are exact; the workbook writes tenths / 10.
import type { YearCodebook } from '../codebook/index.ts';
import type { Group, PopulationCount, SchemeId, SizeGroupId, SubmissionStatus, UnitCode, UnitKind, Year } from '../types.ts';

/** A reporting unit of one year: a kommune (not Oslo) or an Oslo bydel, with its real population. */
export interface SampleUnit {
  code: UnitCode;
  name: string;
  kind: UnitKind;
  population: PopulationCount;
  sizeGroup: SizeGroupId;
  /** Codes of the previous year's units this unit continues (several for a merger; empty in the first year). */
  predecessors: UnitCode[];
  /** Exactly one unit of the previous year maps here, and only here (unchanged, renamed or renumbered). */
  oneToOne: boolean;
}

/** How a non-reporting unit appears in the `Årsverk` and `Spørsmål` sheets. */
export type NonReporterRow = 'absent' | 'empty';

export interface GeneratedUnit extends SampleUnit {
  status: SubmissionStatus;
  /** Submission date (ISO), for units that reported. */
  date?: string;
  nonReporterRow?: NonReporterRow;
  /** Group totals in tenths of an årsverk; reporters only. */
  totals?: Record<Group, number>;
  /** Årsverk in tenths by variable code (tiltak and utdanning); reporters only. */
  tenths?: Record<string, number>;
  /** Survey answers by question code (null = blank); reporters only. */
  answers?: Record<string, number | string | null>;
}

/** How a non-reporter's årsverk enter the national total, as the report computes it. */
export interface Imputed {
  code: UnitCode;
  method: 'carried-forward' | 'estimated';
  /** Code in the previous year whose values were carried forward. */
  fromCode?: UnitCode;
  totals: Record<Group, number>;
  /** Per-variable tenths carried forward (same scheme only). */
  tenths?: Record<string, number>;
}

export interface GeneratedYear {
  year: Year;
  scheme: SchemeId;
  codebook: YearCodebook;
  units: GeneratedUnit[];
  imputed: Imputed[];
  /** National totals in tenths: reported + carried forward + estimated. */
  national: Record<Group, number>;
  /** National sums in tenths per årsverk variable (reported + carried forward within the same scheme). */
  nationalByVariable: Record<string, number>;
  /** The designed implausible jump, in the year it happens (tenths). */
  jump?: { code: UnitCode; group: Group; before: number; after: number };
}

/** A deliberate imperfection in a written workbook (listed in data/raw/README.md). */
export interface Blemish {
  year: Year;
  file: string;
  sheet: string;
  cell: string;
  unit: UnitCode;
  what: string;
}
