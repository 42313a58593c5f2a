// The panel stage: every year's extract → one panel in the report year's kommune structure. Inside (see
// build.ts): impute each year in its own structure, then harmonise it to the report year's, then join
// population and size group.
import type { CodebookFile } from '../codebook/index.ts';
import type { Logger } from '../context.ts';
import type { Reference } from '../reference/index.ts';
import { defineStage } from '../stage/index.ts';
import type { Panel, Year, YearExtract } from '../types.ts';

export interface PanelInput {
  reportYear: Year;
  extracts: readonly YearExtract[];
  /** Each extract's content key, by year. */
  extractKeys: ReadonlyMap<Year, string>;
  reference: Reference;
  referenceKey: string;
  codebookOf: (year: Year) => CodebookFile;
  /** Content hashes of the codebook files of the years used. */
  codebookKeys: readonly string[];
  log: Logger;
}

export const panelStage = defineStage<PanelInput, Panel>({
  name: 'panel',
  module: import.meta.url,
  id: (i) => `panel-${i.reportYear}`,
  inputs: (i) => [{ value: i.reportYear }, { value: [...i.extractKeys.entries()] }, { value: i.referenceKey }, { value: i.codebookKeys }],
  run: (i) => import('./build.ts').then(({ buildPanel }) => buildPanel(i.extracts, { reportYear: i.reportYear, reference: i.reference, codebook: i.codebookOf, log: i.log })),
});
