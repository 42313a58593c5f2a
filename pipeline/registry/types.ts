// The models every table and figure computes. Templates refer to them by id only; the Excel export, the
// report and the fact sheets all read these models, so a number is computed once and shown the same everywhere.
import type { TopLevelSpec } from 'vega-lite';
import type { CodebookFile } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import type { QuestionSection } from '../survey/sections.ts';
import type { Finding, Panel, Year } from '../types.ts';

export type CellValue = number | string | null;

/**
 * How a column's numbers are shown (and which Excel number format they get). `null` is shown as a dash
 * ("–", nothing observed), never as 0.
 */
export type ColumnFormat =
  | 'text'
  | 'integer' // 17 436
  | 'decimal1' // 2,1
  | 'decimal2' // 2,15
  | 'percent1' // 2,1 % (value is a share 0–1)
  | 'signedInteger' // +362 / −8
  | 'signedDecimal1' // +2,1 / −0,4
  | 'signedPercent1'; // +2,1 % / −0,4 % (value is a share)

export interface ColumnDef {
  key: string;
  label: string;
  /** Unit of the values, shown in the header or notes, e.g. "årsverk", "per 10 000", "prosent". */
  unit?: string;
  format: ColumnFormat;
}

export type RowKind = 'data' | 'total' | 'subtotal';

export interface TableRow {
  cells: Record<string, CellValue>;
  kind?: RowKind;
}

export interface TableModel {
  id: string;
  title: string;
  columns: ColumnDef[];
  rows: TableRow[];
  notes: string[];
  source: string;
}

export interface FigureModel {
  id: string;
  title: string;
  /** Alt text generated from the data ("Årsverkene økte fra … i 2015 til … i 2024."). */
  altText: string;
  spec: TopLevelSpec;
  /** The numbers behind the chart, as a table (printable and exported). */
  table: TableModel;
  notes: string[];
  source: string;
}

/** Everything a table or figure may read. Pure input: no files, no clock. */
export interface ComputeInput {
  panel: Panel;
  reportYear: Year;
  codebook: CodebookFile;
  reference: Reference;
  findings: Finding[];
}

export interface TableDef {
  kind: 'table';
  id: string;
  chapter: string;
  compute(input: ComputeInput): TableModel;
}

export interface FigureDef {
  kind: 'figure';
  id: string;
  chapter: string;
  compute(input: ComputeInput): FigureModel;
}

/** Named numbers and phrases the prose of a chapter states ("en økning på 362 årsverk"). */
export interface FactsModel {
  id: string;
  values: Record<string, number | string | null>;
}

export interface FactsDef {
  kind: 'facts';
  id: string;
  chapter: string;
  /**
   * What each value means, for authors (docs/reference.md, `npm run docs`): value name → description. A name may
   * hold a placeholder in angle brackets for a family of values (`<CODE>_n`); a test fails when a computed value
   * has no description or a description matches no value.
   */
  describe: Readonly<Record<string, string>>;
  compute(input: ComputeInput): FactsModel;
}

/**
 * A family of tables of one kind, one per place (e.g. the units of each fylke for the statistikkpakke), by
 * table id. Not in the report or its Excel tables; the outputs that show them read them from here.
 */
export interface TableSetDef {
  kind: 'tableSet';
  id: string;
  chapter: string;
  compute(input: ComputeInput): Record<string, TableModel>;
}

export type RegistryItem = TableDef | FigureDef | FactsDef | TableSetDef;

/** Everything the registry computed for one report year: the artifact templates and exports read. */
export interface RegistryArtifact {
  reportYear: Year;
  synthetic: boolean;
  tables: Record<string, TableModel>;
  figures: Record<string, FigureModel>;
  facts: Record<string, FactsModel>;
  /** Table families by set id, each by table id. */
  tableSets: Record<string, Record<string, TableModel>>;
  /** The report section of every question made from the codebook, in codebook order (pipeline/survey/sections.ts). */
  questions: QuestionSection[];
}
