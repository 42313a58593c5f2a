// The report stage: the registry and its charts → the annual report, printed (tagged PDF with TOC, bookmarks)
// and as HTML with the page numbers the print found. Printed again only when its inputs or its code changed.
import type { Context } from '../context.ts';
import type { Project } from '../project/index.ts';
import type { ReportFiles } from '../layout.ts';
import { defineStage } from '../stage/index.ts';
import type { BuildData, RegistryStage } from '../types.ts';

export interface ReportInput {
  data: BuildData;
  registry: RegistryStage;
  /** Title, authors, chapters (report.yaml with the command line's overrides): in the key. */
  project: Project;
  files: ReportFiles;
  /** The report's templates (templates/report): their content is in the key. */
  templates: string;
  ctx: Context;
}

export const reportStage = defineStage<ReportInput, { pages: number }>({
  name: 'report',
  module: import.meta.url,
  assets: { packages: ['@fontsource/open-sans', 'puppeteer-core'] },
  id: (i) => `rapport-${i.data.reportYear}`,
  inputs: (i) => [{ value: i.registry.key }, { value: i.data.synthetic }, { dir: i.templates }, { value: { ...i.project, file: undefined } }],
  outputs: (i) => [i.files.pdf, i.files.html],
  run: async (i) => {
    const { buildReport } = await import('./index.ts');
    const r = await buildReport({ data: i.data, registry: i.registry, project: i.project, files: i.files, templates: i.templates, log: i.ctx.log, now: i.ctx.now() });
    return { pages: r.pages };
  },
});
