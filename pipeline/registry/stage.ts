// The registry stage: the panel → every table, figure model (Vega-Lite spec and its data) and fact set, by id.
import type { CodebookFile } from '../codebook/index.ts';
import type { Reference } from '../reference/index.ts';
import { defineStage } from '../stage/index.ts';
import type { Finding, Panel, Year } from '../types.ts';
import type { RegistryArtifact } from './types.ts';

export interface RegistryInput {
  reportYear: Year;
  panel: Panel;
  codebook: CodebookFile;
  reference: Reference;
  findings: readonly Finding[];
  /** Keys of the panel and the findings. */
  keys: { panel: string; findings: string };
}

export const registryStage = defineStage<RegistryInput, RegistryArtifact>({
  name: 'registry',
  module: import.meta.url,
  id: (i) => `registry-${i.reportYear}`,
  inputs: (i) => [{ value: i.keys }],
  // Cooperative (gives the event loop a turn after each item): the preview computes it while serving pages.
  run: (i) =>
    import('./index.ts').then(({ computeRegistryAsync }) =>
      computeRegistryAsync({ panel: i.panel, reportYear: i.reportYear, codebook: i.codebook, reference: i.reference, findings: [...i.findings] }),
    ),
});
