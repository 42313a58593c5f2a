// The validate stage: one year's extract against its codebook, the input contract and the year before → findings.
import { basename } from 'node:path';
import { codebookForYear, type CodebookFile } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import { defineStage } from '../stage/index.ts';
import type { Finding, YearExtract } from '../types.ts';
import { finding } from './messages.ts';
import { validateExtract } from './validate.ts';

export interface ValidateInput {
  extract: YearExtract;
  /** The ingest artifact's key (stands for the extract). */
  extractKey: string;
  previous?: { extract: YearExtract; key: string };
  codebook: CodebookFile;
  reference: Reference;
}

export const validateStage = defineStage<ValidateInput, Finding[]>({
  name: 'validate',
  module: import.meta.url,
  id: (i) => basename(i.extract.file, '.xlsx'),
  inputs: (i) => [{ value: i.extractKey }, { value: i.previous?.key ?? null }],
  run: (i) => {
    const { extract, codebook } = i;
    try {
      return validateExtract(extract, { yearCodebook: codebookForYear(codebook, extract.year), reference: i.reference, codebook, ...(i.previous ? { previous: i.previous.extract } : {}) });
    } catch (err) {
      const file = basename(extract.file);
      return [finding('file.unreadable', { file, reason: `validation stopped: ${err instanceof Error ? err.message : String(err)}` }, { file })];
    }
  },
});
