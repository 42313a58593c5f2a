// The report built from the sample data in data/raw for a test: data and registry through the cached stages
// under `out`, printed to PDF by a browser of its own and read back with pdfjs. One setup for the report's tests.
import { readFileSync } from 'node:fs';
import { loadData } from '../../pipeline/build/data.ts';
import { loadRegistry } from '../../pipeline/build/registry.ts';
import { memoryLogger } from '../../pipeline/context.ts';
import { outputLayout } from '../../pipeline/layout.ts';
import { launchBrowser, openPrinter, type LaunchedBrowser } from '../../pipeline/print/index.ts';
import { inspectPdf, type PdfInspection } from '../../pipeline/print/inspect.ts';
import type { Project } from '../../pipeline/project/index.ts';
import { buildReport, type BuildReportResult } from '../../pipeline/report/index.ts';
import type { BuildData } from '../../pipeline/types.ts';

export interface SampleReport {
  data: BuildData;
  report: BuildReportResult;
  pdf: PdfInspection;
  html: string;
  /** The browser the report was printed with (open until `close`), e.g. for axe on the HTML. */
  chrome: LaunchedBrowser;
  log: ReturnType<typeof memoryLogger>;
  close(): Promise<void>;
}

/** Builds the report into `out` (its own cache there); `project`: another project file's contents. */
export async function sampleReport(out: string, project?: Project): Promise<SampleReport> {
  const log = memoryLogger();
  const ctx = { log, now: () => new Date('2025-03-12T10:00:00Z'), root: process.cwd() };
  const data = await loadData({ data: 'data/raw', out }, ctx);
  const registry = await loadRegistry(data, { out }, ctx);
  const chrome = await launchBrowser();
  const printer = await openPrinter(chrome.browser);
  try {
    const report = await buildReport({ data, registry, files: outputLayout(out).year(data.reportYear).report, printer, log, now: ctx.now(), ...(project ? { project } : {}) });
    const pdf = await inspectPdf(new Uint8Array(readFileSync(report.pdf)));
    const html = readFileSync(report.html, 'utf8');
    return {
      data,
      report,
      pdf,
      html,
      chrome,
      log,
      close: async () => {
        await printer.close();
        await chrome.close();
      },
    };
  } catch (err) {
    await printer.close();
    await chrome.close();
    throw err;
  }
}
