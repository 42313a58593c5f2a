// The artifacts passed between pipeline stages. Every stage takes and returns plain, JSON-serialisable
// data of these shapes, so each stage's output can be written to disk and inspected.
//
//   ingest     → YearExtract          (one per yearly workbook)
//   validate   → Finding[]            (attached to the extract; errors stop the run)
//   harmonise  → UnitValues per year  (a year's values mapped to the report year's kommune structure)
//   population → PanelRow.population  (target-group populations at 1 January, report-year borders)
//   impute     → Panel                (every unit × year, with carried-forward / estimated values flagged;
//                                      built by pipeline/panel from the stages above)
//   compute    → TableModel / FigureModel (see pipeline/registry)

import type { RenderedFigure } from './charts/figures.ts';
import type { CodebookFile } from './codebook/schema.ts';
import type { Reference } from './reference/index.ts';
import type { RegistryArtifact } from './registry/types.ts';
import type { YearFile } from './years.ts';

export type Year = number;

/** Target group: V = voksne (18+), B = barn og unge (0–17). */
export type Group = 'V' | 'B';
export const GROUPS: readonly Group[] = ['V', 'B'];

/** Årsverk category scheme: A for 2015–2023, B from 2024 (see the codebook). */
/** An årsverk scheme id of the codebook (A, B, …): not a closed list, a new scheme is YAML only. */
export type SchemeId = string;

/** Kommune code (4 digits, zero-padded) or Oslo bydel code (6 digits, 0301xx). */
export type UnitCode = string;

// ---------------------------------------------------------------------------------------------
// Findings (validation and ingest normalisations)

export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem (or normalisation) found in the input. `message` is a Norwegian sentence a municipal
 * clerk understands; `rule` is a stable id (e.g. `value.decimal-comma`) that tests and filters use.
 */
export interface Finding {
  severity: Severity;
  rule: string;
  message: string;
  file: string;
  sheet?: string;
  /** A1 reference, e.g. `D17`. */
  cell?: string;
  unit?: UnitCode;
  year?: Year;
  variable?: string;
}

// ---------------------------------------------------------------------------------------------
// Ingest

export type SubmissionStatus = 'levert' | 'delvis' | 'ikke levert';

export type AnswerValue = number | string | null;

/** Where a unit's data came from, for messages that point back into the workbook. */
export interface SourceRows {
  /** The workbook's file name (no folder, so a stored artifact holds no machine's paths). */
  file: string;
  /** 1-based row numbers per sheet name; absent when the unit is not in that sheet. */
  rows: Record<string, number>;
}

/** One reporting unit's row(s) in one yearly workbook, after normalisation. */
export interface UnitReport {
  code: UnitCode;
  name: string;
  status: SubmissionStatus;
  /** ISO date (YYYY-MM-DD) from the `Innsending` sheet, when given. */
  date?: string;
  /** Årsverk by variable code (V_T01, B_U03, …); null = blank cell. */
  arsverk: Record<string, number | null>;
  /** Survey answers by question code; null = blank. */
  answers: Record<string, AnswerValue>;
  source: SourceRows;
}

/** The ingested content of one yearly workbook `is248_<year>.xlsx`. */
export interface YearExtract {
  year: Year;
  /** The workbook's file name (no folder). */
  file: string;
  scheme: SchemeId;
  units: UnitReport[];
  /** Normalisations made while reading and problems found (ingest + validate). */
  findings: Finding[];
  /**
   * Where ingest found each column: sheet → fixed column header or variable code → column letter
   * (e.g. `{ Årsverk: { enhetsnr: 'A', V_T21: 'C' } }`). Lets validate name cells; a sheet that could
   * not be read is absent. Also lists codebook variables not part of the year's form (not read).
   */
  columns?: Record<string, Record<string, string>>;
  /** True when the workbook is marked as sample (synthetic) data; every output built from it says so. */
  synthetic?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Reference data (data/reference)

export type Malform = 'bokmal' | 'nynorsk' | 'noytral';

export interface PopulationCount {
  total: number;
  age0_17: number;
  age18plus: number;
}

/**
 * Kommune size groups by inhabitants on 1 January (spec §2); Oslo's bydeler form their own group.
 * Ids are stable; labels are in pipeline/reference/size-groups.ts.
 */
export type SizeGroupId = 'lt2000' | '2000-4999' | '5000-9999' | '10000-19999' | '20000-49999' | 'ge50000' | 'bydel';

// ---------------------------------------------------------------------------------------------
// Harmonised panel

export type UnitKind = 'kommune' | 'bydel';

/** A unit of the report year: a kommune (Oslo excluded: it reports per bydel) or an Oslo bydel. */
export interface UnitInfo {
  code: UnitCode;
  name: string;
  kind: UnitKind;
  /** Sami/Kven parallel names, where they exist. */
  parallelNames: string[];
  fylke: string;
  fylkeName: string;
  sizeGroup: SizeGroupId;
  malform: Malform;
  helseforetak: string;
  rhf: string;
}

export type ImputationFlag =
  | { kind: 'reported' }
  /** `method` is set when the values were not carried as they are (e.g. totals only across the 2024 scheme change). */
  | { kind: 'carried-forward'; fromYear: Year; method?: string }
  | { kind: 'estimated'; method: string };

/** One unit × year of the panel, in the report year's kommune structure. */
export interface PanelRow {
  year: Year;
  code: UnitCode;
  scheme: SchemeId;
  /** Årsverk by variable code of that year's scheme (tiltak and utdanning). */
  values: Record<string, number>;
  /** Sum of tiltak per target group. */
  total: Record<Group, number>;
  population: PopulationCount;
  sizeGroup: SizeGroupId;
  imputation: ImputationFlag;
}

/** Survey answers of one unit in one year, in that year's own unit structure. */
export interface AnswerRow {
  year: Year;
  code: UnitCode;
  answers: Record<string, AnswerValue>;
}

export interface ImputationCounts {
  year: Year;
  reported: number;
  carriedForward: number;
  estimated: number;
  units: number;
}

export interface Panel {
  reportYear: Year;
  years: Year[];
  units: UnitInfo[];
  rows: PanelRow[];
  answers: AnswerRow[];
  imputationCounts: ImputationCounts[];
  /** True when any extract behind the panel is sample (synthetic) data. */
  synthetic?: boolean;
}

// ---------------------------------------------------------------------------------------------
// What the orchestrator passes on (pipeline/build): the data stages' result, and the registry with its charts.

/** Everything later stages start from: the data stages' artifacts (ingest → validate → panel). */
export interface BuildData {
  reportYear: Year;
  workbooks: YearFile[];
  reference: Reference;
  /** The report year's codebook file. */
  codebook: CodebookFile;
  codebookOf: (year: Year) => CodebookFile;
  /** Ingest and validation findings of every year used (errors included). */
  findings: Finding[];
  panel: Panel;
  /** True when the data is sample (synthetic) data: every output must say so. */
  synthetic: boolean;
  /** Content keys of the artifacts, for incremental downstream stages. */
  keys: { panel: string; findings: string; codebook: string; reference: string };
}

/** The registry and its figures rendered to SVG. */
export interface RegistryStage {
  artifact: RegistryArtifact;
  svgs: Record<string, RenderedFigure>;
  /** Content key of the registry and its rendered figures (changes when any table, figure, fact or chart changed). */
  key: string;
}
