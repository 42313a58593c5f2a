// The preview stage: `npm run preview` — a local server showing the report, every fact sheet, the data-quality
// findings and the tables as they will print, live-reloading on a change of templates, styles or data, with
// an approval gate (review/review-<year>.json, kept with the project) and printing to PDF on demand.
//
//   const preview = await startPreview({ source, host: '127.0.0.1', port: 4248 }, ctx);
//   …  await preview.close();
import { PROJECT_ROOT } from '../paths.ts';
import type { ProjectOverrides } from '../project/index.ts';
import { consoleLogger, type Context } from '../context.ts';
import { stopSignal } from '../util/stop.ts';
import { createPdfPrinter, type PdfPrinter } from './pdf.ts';
import type { ProjectSource } from './project.ts';
import { pipelineSource } from './real.ts';
import { isLoopback, startServer, type PreviewServer } from './server.ts';
import { createSite, type Site } from './site.ts';
import { watchSources, type Watcher } from './watch.ts';

export type { PreviewProject, ProjectSource, RenderedDoc, SheetUnit } from './project.ts';
export { pipelineSource } from './real.ts';

export const DEFAULT_PORT = 4248;

export interface PreviewOptions {
  source: ProjectSource;
  host: string;
  /** 0 = any free port. */
  port: number;
  /** Which files in the data folder count; default `*.xlsx`. */
  dataFiles?: RegExp;
  /** Printer for the PDF button; default a lazily launched browser. */
  pdf?: PdfPrinter;
  /**
   * After a data change, how long to wait for the reloaded pages to come back before rendering the report
   * again (it would compete with their layout); default 3 000 ms.
   */
  settleTimeoutMs?: number;
}

export interface Preview {
  url: string;
  token: string;
  site: Site;
  server: PreviewServer;
  watcher: Watcher;
  /** Resolves after each change has been handled (tests wait on it). */
  changes: { count: number; last: Promise<void> };
  close(): Promise<void>;
}

export async function startPreview(opts: PreviewOptions, ctx: Context): Promise<Preview> {
  const site = createSite(opts.source, ctx.now);
  await site.project(); // fail early on bad data
  const pdf = opts.pdf ?? createPdfPrinter(ctx.log);
  const server = await startServer({ host: opts.host, port: opts.port, site, pdf, log: ctx.log });
  const changes = { count: 0, last: Promise.resolve() };
  const watcher = watchSources({
    ...opts.source.watch,
    ...(opts.dataFiles ? { dataFiles: opts.dataFiles } : {}),
    onChange(kind, files) {
      const started = performance.now();
      const took = () => `${Math.round(performance.now() - started)} ms`;
      const what = (pages: readonly string[] | '*') => (pages === '*' ? 'every page' : pages.join(', '));
      changes.count++;
      changes.last = site
        .change(kind, server.hub.open())
        .then(async ({ now, later }) => {
          server.preprint(now);
          server.hub.publish(now);
          ctx.log.info(`${kind} changed (${files.length} file${files.length === 1 ? '' : 's'}): re-rendered ${what(now)} in ${took()}`);
          // The report's registry takes seconds of CPU: only once the reloaded pages have been laid out.
          await server.hub.settled(opts.settleTimeoutMs ?? 3_000);
          const after = await later();
          if (after.length > 0) {
            server.preprint(after);
            server.hub.publish(after);
            ctx.log.info(`re-rendered the report after the ${kind} change: ${what(after)} in ${took()}`);
          }
        })
        .catch((err: unknown) => {
          ctx.log.error(`after a ${kind} change: ${err instanceof Error ? err.message : String(err)}`);
          server.hub.publish('*'); // open pages show the error and reload again once it is fixed
        });
    },
    onError: (err) => ctx.log.warn(`watcher: ${err instanceof Error ? err.message : String(err)}`),
  });
  await watcher.ready;
  // Warm the memo (every sheet's content hash, the report) while the reviewer opens the browser; an overview
  // shown meanwhile (chapters "being updated") reloads when the report is ready.
  setImmediate(() =>
    void site
      .project()
      .then((p) => site.statuses(p))
      .then(() => site.renderReport())
      .then((pages) => server.hub.publish(pages))
      .catch(() => undefined),
  );
  return {
    url: server.url,
    token: server.token,
    site,
    server,
    watcher,
    changes,
    async close() {
      await watcher.close();
      await server.close();
      await pdf.close();
    },
  };
}

export interface RunPreviewOptions {
  year?: number;
  data: string;
  out: string;
  templates: string;
  review: string;
  host: string;
  port: number;
  /** The project file (default report.yaml) and the command line's overrides of it. */
  project?: string;
  overrides?: ProjectOverrides;
}

/** The CLI command: starts the preview and runs until Ctrl-C, SIGTERM or SIGHUP (pipeline/util/stop.ts). */
export async function runPreview(opts: RunPreviewOptions, ctx: Context = { log: consoleLogger, now: () => new Date(), root: PROJECT_ROOT }): Promise<number> {
  if (!isLoopback(opts.host)) {
    ctx.log.warn(`listening on ${opts.host}: the preview (and its review buttons) can be reached from other machines`);
  }
  const source = pipelineSource(
    { ...(opts.year !== undefined ? { year: opts.year } : {}), data: opts.data, out: opts.out, templates: opts.templates, ...(opts.project !== undefined ? { project: opts.project } : {}), ...(opts.overrides ? { overrides: opts.overrides } : {}), review: opts.review },
    ctx,
  );
  const preview = await startPreview({ source, host: opts.host, port: opts.port }, ctx);
  ctx.log.info(`Preview: ${preview.url}  (Ctrl-C to stop)`);
  const started = performance.now();
  await new Promise<void>((resolve) => {
    if (stopSignal.aborted) resolve();
    else stopSignal.addEventListener('abort', () => resolve(), { once: true });
  });
  await preview.close();
  ctx.log.info(`Preview stopped by ${String(stopSignal.reason)} after ${Math.round((performance.now() - started) / 1000)} s; every review mark was saved when it was made`);
  return 0;
}
