// The ingest stage: one yearly workbook → YearExtract (units, values, answers and the findings of reading it).
import { basename } from 'node:path';
import type { CodebookFile } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import { defineStage } from '../stage/index.ts';
import type { Year, YearExtract } from '../types.ts';

export interface IngestInput {
  /** The workbook `is248_<year>.xlsx`. */
  file: string;
  year: Year;
  codebook: CodebookFile;
  /** The codebook's file: its content is in the key. */
  codebookFile: string;
  reference: Reference;
  /** Content hash of the reference folder. */
  referenceKey: string;
}

export const ingestStage = defineStage<IngestInput, YearExtract>({
  name: 'ingest',
  module: import.meta.url,
  id: (i) => basename(i.file, '.xlsx'),
  inputs: (i) => [{ file: i.file }, { file: i.codebookFile }, { value: i.referenceKey }],
  // Loaded on demand: exceljs is slow to import, and a cached rerun never needs it.
  run: (i) => import('./ingest.ts').then(({ ingestWorkbook }) => ingestWorkbook(i.file, { codebook: i.codebook, reference: i.reference, year: i.year })),
});
