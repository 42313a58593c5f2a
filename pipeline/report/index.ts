// The report stage: registry artifact → self-contained HTML (templates/report) → tagged, paged PDF.
// Writes rapport-<year>.html and .pdf where the output layout puts them (layout.year(y).report). The HTML written to disk carries the page numbers
// the print found, so it reads like the PDF.
//
//   const report = await buildReport({ data, registry, files: layout.year(y).report, log: ctx.log, now: ctx.now() });
//   // preview server: reportHtml({ artifact: registry.artifact, svgs: registry.svgs, now })
import { PDFDocument } from 'pdf-lib';
import type { Logger } from '../context.ts';
import type { ReportFiles } from '../layout.ts';
import type { BuildData, RegistryStage } from '../types.ts';
import { launchBrowser, openPrinter, writePdf, type Printer } from '../print/index.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { loadProject, reportMeta, type Project } from '../project/index.ts';
import { reportPdfMetadata } from './context.ts';
import { renderReport } from './html.ts';

export { chapterAnchor, chapterHeading, defaultChapters, projectChapters, visibleChapters, type ChapterDef } from './chapters.ts';
export { SAMPLE_NOTICE, reportContext, reportPdfMetadata, reportSubject } from './context.ts';
export { markdownTemplate, markdownTitle } from './markdown.ts';
export { ReportError } from './errors.ts';
export { DEFAULT_TEMPLATES, renderReport, reportFrame, reportHtml, type ReportHtml, type ReportHtmlInput, type TocEntry } from './html.ts';

export interface BuildReportInput {
  data: BuildData;
  registry: RegistryStage;
  /** Where the PDF and the HTML go. */
  files: ReportFiles;
  /** A warm printer to reuse; without one, a browser is launched and closed. */
  printer?: Printer;
  log: Logger;
  now: Date;
  /** Template folder (default templates/report). */
  templates?: string;
  /** See ReportHtmlInput.missing: 'error' (default) or 'placeholder' while the registry is incomplete. */
  missing?: 'error' | 'placeholder';
  /** The project file's content; default report.yaml. */
  project?: Project;
}

export interface BuildReportResult {
  html: string;
  pdf: string;
  pages: number;
}

export async function buildReport(input: BuildReportInput): Promise<BuildReportResult> {
  const started = performance.now();
  const year = input.data.reportYear;
  const artifact = { ...input.registry.artifact, synthetic: input.registry.artifact.synthetic || input.data.synthetic };
  const project = input.project ?? loadProject();
  const render = (pageRefs?: Record<string, number>) =>
    renderReport({ artifact, svgs: input.registry.svgs, now: input.now, project, ...(pageRefs ? {} : { log: input.log }), ...(pageRefs ? { pageRefs } : {}), ...(input.templates ? { templates: input.templates } : {}), ...(input.missing ? { missing: input.missing } : {}) });
  const first = render();
  const files = input.files;

  const chrome = input.printer ? undefined : await launchBrowser({ log: input.log });
  const printer = input.printer ?? (await openPrinter(chrome!.browser));
  try {
    const printed = await printer.print({ html: first.html, mode: 'paged', paged: { frame: false } });
    for (const url of printed.blocked) input.log.warn(`report: blocked a request for ${url}`);
    const bytes = await writePdf(files.pdf, printed.pdf, {
      metadata: reportPdfMetadata(reportMeta(project, year, input.now), artifact.synthetic, input.now),
      headings: printed.headings,
      log: input.log,
    });
    writeFileAtomic(files.html, render(printed.pageRefs).html);
    const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
    input.log.info(`Report: ${pages} pages, ${first.figures.length} figures, ${first.tables.length} tables in ${((performance.now() - started) / 1000).toFixed(1)} s → ${files.pdf}`);
    return { html: files.html, pdf: files.pdf, pages };
  } finally {
    if (chrome) {
      await printer.close();
      await chrome.close();
    }
  }
}
