// The preview's project from the pipeline's own stages: the cached data and registry artifacts
// (pipeline/build), the report's and the fact sheets' render functions, the quality report. The same calls
// as the build, so the preview shows what will be printed. Data is re-read only after a data change (each
// workbook's artifacts are cached in <out>/.cache, so that is quick). The registry (tables and figures, seconds
// to compute after a data change) is made only when the report or the tables are asked for, so a fact sheet
// reloads without waiting for it. Rendered HTML is memoised by the site.
import { join } from 'node:path';
import { loadData } from '../build/data.ts';
import { loadRegistry } from '../build/registry.ts';
import type { Context } from '../context.ts';
import type { FactsheetContent as BatchContent } from '../factsheets/run.ts';
import { outputLayout } from '../layout.ts';
import { DEFAULT_PATHS } from '../paths.ts';
import type { BuildData, RegistryStage } from '../types.ts';
import { factsheetAuthor } from '../factsheets/render.ts';
import { DEFAULT_PROJECT_FILE, loadProject, reportMeta, withOverrides, type ProjectOverrides } from '../project/index.ts';
import { chapterAnchor, chapterHeading, projectChapters, renderReport, reportPdfMetadata, visibleChapters } from '../report/index.ts';
import { questionsAsked } from '../survey/items.ts';
import { adoptLegacyReviewFile, contentHash, legacyReviewFile, reviewFile } from '../review/index.ts';
import { qualityReportHtml, unitComments, type UnitComment } from '../validate/index.ts';
import type { PreviewProject, ProjectSource, SheetUnit } from './project.ts';
import { PreviewError } from './site.ts';

/** The fact sheets' content functions, as the batch uses them, with the templates folder passed through. */
export interface FactsheetContent extends Omit<BatchContent, 'factsheetHtml'> {
  factsheetHtml(model: Parameters<BatchContent['factsheetHtml']>[0], opts: { lang?: 'nb' | 'nn'; synthetic: boolean; templates?: string }): string;
}

export interface PipelineSourceOptions {
  year?: number;
  /** Folder of the yearly workbooks (watched). */
  data: string;
  out: string;
  /** The templates folder (watched), with report/ and factsheet/. */
  templates: string;
  /** Folder of the review state (review-<year>.json), kept with the project; default DEFAULT_PATHS.review. */
  review?: string;
  /** Further stylesheet files or folders to watch. */
  styles?: readonly string[];
  /** Read cached stage artifacts (default true). */
  cache?: boolean;
  /** The fact sheets' content functions; default pipeline/factsheets/index.ts. */
  content?: FactsheetContent;
  /** The project file (watched; read again on every change); default report.yaml. */
  project?: string;
  /** The command line's overrides of the project file. */
  overrides?: ProjectOverrides;
}

export function pipelineSource(opts: PipelineSourceOptions, ctx: Context): ProjectSource {
  let data: BuildData | undefined;
  /** The registry of `data`: computed only when the report or the tables are asked for (seconds after a data change). */
  let registry: Promise<RegistryStage> | undefined;
  return {
    watch: { data: opts.data, templates: opts.templates, styles: [...(opts.styles ?? []), opts.project ?? DEFAULT_PROJECT_FILE] },
    async load(changed) {
      if (data === undefined || changed === 'data') {
        data = await loadData({ ...(opts.year !== undefined ? { year: opts.year } : {}), data: opts.data, out: opts.out, cache: opts.cache !== false }, ctx);
        registry = undefined;
        // A first start reads cached artifacts only; load what re-reading a workbook needs (exceljs is slow to
        // import) now, so the first data change is as quick as the next ones.
        if (changed === undefined) setImmediate(() => void Promise.all([import('../ingest/index.ts'), import('../panel/index.ts')]).catch(() => undefined));
      }
      const loaded = data;
      const registryOf = (): Promise<RegistryStage> => {
        // A later data change replaces `data`; this project keeps computing from its own.
        if (loaded !== data) return loadRegistry(loaded, { out: opts.out, cache: opts.cache !== false }, ctx);
        registry ??= loadRegistry(loaded, { out: opts.out, cache: opts.cache !== false }, ctx);
        const mine = registry;
        mine.catch(() => {
          if (registry === mine) registry = undefined; // try again on the next request
        });
        return mine;
      };
      const content: FactsheetContent = opts.content ?? (await import('../factsheets/index.ts'));
      return project(loaded, registryOf, content, opts, ctx);
    },
  };
}

function project(data: BuildData, registryOf: () => Promise<RegistryStage>, content: FactsheetContent, opts: PipelineSourceOptions, ctx: Context): PreviewProject {
  const year = data.reportYear;
  const reportProject = withOverrides(loadProject(opts.project), opts.overrides ?? {});
  const reportTemplates = join(opts.templates, 'report');
  const units: SheetUnit[] = content.factsheetUnits(data);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const hashes = new Map<string, string>();
  const now = ctx.now();
  let allComments: UnitComment[] | undefined;
  const comments = (): UnitComment[] => (allComments ??= unitComments(data.panel.answers, data.codebookOf));
  const artifactOf = (registry: RegistryStage) => ({ ...registry.artifact, synthetic: registry.artifact.synthetic || data.synthetic });
  const review = reviewFile(opts.review ?? DEFAULT_PATHS.review, year);
  adoptLegacyReviewFile(legacyReviewFile(opts.out, year), review, ctx.log);
  return {
    year,
    layout: outputLayout(opts.out).year(year),
    reviewFile: review,
    synthetic: data.synthetic,
    units,
    fylker: Object.fromEntries([...data.reference.fylker.values()].map((f) => [f.code, f.name])),
    // The report's own chapters: topic chapters the data never asked left out, the rest numbered as printed.
    chapters: visibleChapters(projectChapters(reportProject, reportTemplates), questionsAsked(data)).map((c) => ({ id: c.id, title: chapterHeading(c), anchor: chapterAnchor(c) })),
    async report() {
      const registry = await registryOf();
      const artifact = artifactOf(registry);
      return {
        html: renderReport({ artifact, svgs: registry.svgs, now, project: reportProject, templates: reportTemplates, missing: 'placeholder', log: ctx.log }).html,
        print: { mode: 'paged', paged: { frame: false } },
        fileName: `rapport-${year}.pdf`,
        metadata: reportPdfMetadata(reportMeta(reportProject, year, now), artifact.synthetic),
      };
    },
    factsheet(code) {
      const unit = byCode.get(code);
      if (!unit) throw new PreviewError('preview.not-found', `no fact sheet for unit ${code}`);
      const model = content.factsheetModel(data, code);
      // The sheet's HTML carries its own page frame (@page margin boxes): printed natively without a frame.
      const html = content.factsheetHtml(model, { synthetic: data.synthetic, templates: join(opts.templates, 'factsheet') });
      const lang = model.unit.lang;
      const metadata = { ...content.factsheetPdfMetadata(model, lang), author: factsheetAuthor(reportProject), lang };
      return { html, print: { mode: 'native' }, fileName: `${code}-${unit.slug}.pdf`, metadata };
    },
    factsheetHash(code) {
      if (!byCode.has(code)) return undefined;
      let h = hashes.get(code);
      if (h === undefined) hashes.set(code, (h = contentHash(content.factsheetDependencies(data, code))));
      return h;
    },
    quality: () => qualityReportHtml(data.findings, { year, comments: comments() }),
    comments: (code) => comments().filter((c) => c.unit === code && c.year === year),
    tables: async () => Object.values(artifactOf(await registryOf()).tables),
  };
}
