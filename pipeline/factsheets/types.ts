// What one fact sheet shows, as plain JSON-serialisable data: the unit, its key figures with comparisons,
// the trend, the tiltak/utdanning profile, its place among comparable units, its survey answers and the
// data-quality notes. Numbers are numbers (never formatted); labels in the sheet's language come from the
// label catalogue (templates/factsheet/i18n) by code, so one model serves both nb and nn.
import type { AnswerValue, Group, ImputationFlag, PopulationCount, SchemeId, Severity, SizeGroupId, Year } from '../types.ts';

export type Lang = 'nb' | 'nn';

/** kommune: a kommune (Oslo as a whole from its bydeler); bydel: an Oslo bydel; fylke; land: the country ('00'). */
export type FactsheetKind = 'kommune' | 'bydel' | 'fylke' | 'land';

export interface FactsheetUnit {
  code: string;
  name: string;
  kind: FactsheetKind;
  /** The fylke a kommune or bydel lies in (absent for fylke and land). */
  fylke?: string;
  /** Written standard of the sheet, from the unit's målform (nynorsk → nn; bokmål, nøytral → nb). */
  lang: Lang;
  /** ASCII lower-case name for file names: `<code>-<slug>`. */
  slug: string;
}

/** A place a unit is compared with. */
export type ComparisonKind = 'fylke' | 'sizeGroup' | 'land';

export interface Comparison {
  kind: ComparisonKind;
  /** Fylke code, size group id or '00'. */
  key: string;
  /** Fylke name (data); empty for size group and land, whose labels come from the catalogue. */
  name: string;
  per10000: number | undefined;
}

export interface GroupFigures {
  group: Group;
  arsverk: number;
  arsverkPrevious: number | undefined;
  /** Absolute and relative change from the previous year; undefined without a previous year. */
  change: number | undefined;
  changeRelative: number | undefined;
  /** Årsverk per 10 000 inhabitants in the target group (V: 18+, B: 0–17). */
  per10000: number | undefined;
  per10000Previous: number | undefined;
  targetPopulation: number;
  comparisons: Comparison[];
  /**
   * The unit's own answer to ENDRING_REELL_<group> (1 real change, 2 changed estimation method, 3 no change),
   * when it answered.
   */
  changeExplained: number | undefined;
}

export interface KeyFigures {
  groups: GroupFigures[];
  /** Both groups together, per 1 000 inhabitants. */
  total: { arsverk: number; arsverkPrevious: number | undefined; per1000: number | undefined; per1000Land: number | undefined };
}

export interface TrendSeries {
  key: 'unit' | 'sizeGroup' | 'land' | 'fylke';
  /** Unit or fylke name (data); empty for size group and land (labels from the catalogue). */
  name: string;
  /** Size group id for key 'sizeGroup'. */
  sizeGroup?: SizeGroupId;
  values: { year: Year; value: number | undefined }[];
}

export interface TrendBreak {
  /** First year of the new series. */
  year: Year;
  /** Why the series breaks: 'reform' (2020 kommune reform and pandemic), 'scheme' (new årsverk categories). */
  reason: 'reform' | 'scheme';
  /** False when the categories changed: values either side are not comparable. */
  comparable: boolean;
}

export interface Trend {
  years: Year[];
  groups: { group: Group; series: TrendSeries[] }[];
  breaks: TrendBreak[];
}

export interface ProfileRow {
  /** Codebook variable code, e.g. V_T21 or V_U23. */
  code: string;
  arsverk: number;
  /** Share of the unit's årsverk in the group; undefined when the unit has none. */
  share: number | undefined;
  shareLand: number | undefined;
}

export interface Profile {
  scheme: SchemeId;
  tiltak: { group: Group; rows: ProfileRow[] }[];
  utdanning: { group: Group; rows: ProfileRow[]; higherEducation: number | undefined; higherEducationLand: number | undefined }[];
}

export interface PositionGroup {
  group: Group;
  /** 1 = the highest rate per 10 000 among the compared units; undefined when the unit has no rate. */
  rank: number | undefined;
  /** Compared units with a rate (the unit included). */
  n: number;
  value: number | undefined;
  median: number | undefined;
  q1: number | undefined;
  q3: number | undefined;
  land: number | undefined;
  /** Every compared unit's rate, in code order (the unit's own included), for the strip. */
  values: { code: string; value: number }[];
}

export interface Position {
  /** Who the unit is compared with: a size group, the bydeler, or the fylker. */
  among: { kind: 'sizeGroup'; sizeGroup: SizeGroupId } | { kind: 'bydeler' } | { kind: 'fylker' };
  groups: PositionGroup[];
}

/** One question's answer by a single unit, next to how common that answer is among all units. */
/** A text of the codebook in both written standards. */
export interface BothLangs {
  nb: string;
  nn: string;
}

export interface SurveyAnswer {
  question: string;
  /** The question's short label (codebook `label`). */
  label: BothLangs;
  /** Choice: the label of the unit's answer; multi: the options it checked; undefined when not answered or a number. */
  answerLabel?: BothLangs;
  type: 'choice' | 'number' | 'multi';
  value: AnswerValue;
  /** Units (kommuner and bydeler) that answered the question at all. */
  n: number;
  /** Choice: units giving the same answer; number: undefined. */
  same: number | undefined;
  /** Number questions: the median of all units' answers. */
  median?: number | undefined;
}

/** One question's answers among the units of an aggregate (fylke, Oslo, land), next to all units. */
export interface SurveyDistribution {
  question: string;
  label: BothLangs;
  /** multi: `counts` are per option (units checking it; shares of n do not sum to 1). */
  type: 'choice' | 'number' | 'multi';
  /** Answer code → units in the aggregate giving it; and their number. */
  counts: { value: number; label: BothLangs; count: number; countLand: number }[];
  n: number;
  nLand: number;
  /** Number questions: sum and median over the aggregate's units, and the median over all units. */
  sum?: number | undefined;
  median?: number | undefined;
  medianLand?: number | undefined;
}

export interface ImputationNote {
  year: Year;
  flag: ImputationFlag;
}

export interface FindingNote {
  year: Year;
  rule: string;
  severity: Severity;
  file: string;
  /** Cells the finding names (sheet!cell); may be empty. */
  cells: string[];
}

export interface Quality {
  /** Years whose values were carried forward or estimated (single units). */
  imputation: ImputationNote[];
  /** Aggregates: units in it that were carried forward or estimated in the report year. */
  imputedMembers: { code: string; name: string; flag: ImputationFlag }[];
  /** Findings of warning or error severity for the unit, grouped by year and rule. */
  findings: FindingNote[];
  /** Aggregates: how many warnings and errors were found for its units (all years). */
  memberFindings: number;
  /** Aggregates: how many reporting units (kommuner, bydeler) it sums. */
  memberUnits: number;
  /** The report year uses other årsverk categories than the year before. */
  schemeChanged: boolean;
}

export interface MemberRow {
  code: string;
  name: string;
  kind: 'kommune' | 'bydel' | 'fylke';
  arsverk: Record<Group, number>;
  per10000: Record<Group, number | undefined>;
  imputed: boolean;
}

export interface FactsheetModel {
  unit: {
    code: string;
    name: string;
    kind: FactsheetKind;
    parallelNames: string[];
    lang: Lang;
    slug: string;
    fylke?: { code: string; name: string };
    /** Size group (kommune, bydel); Oslo as a whole by its own inhabitants. */
    sizeGroup?: SizeGroupId;
    helseforetak?: string;
    /** Population at 1 January of the report year (Oslo: the whole kommune). */
    population: PopulationCount;
    /** Oslo as a whole: the sum of its bydeler. */
    fromBydeler: boolean;
  };
  reportYear: Year;
  previousYear: Year | undefined;
  synthetic: boolean;
  keyFigures: KeyFigures;
  trend: Trend;
  profile: Profile;
  position: Position | undefined;
  survey: { year: Year; answers: SurveyAnswer[]; distributions: SurveyDistribution[] };
  quality: Quality;
  /** Fylke: its kommuner; land: the fylker; Oslo: its bydeler. Empty otherwise. */
  members: MemberRow[];
}
