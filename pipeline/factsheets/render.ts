// One fact sheet, rendered: model → HTML → PDF (printed by a tab of the batch's browser) → finished PDF with
// metadata, written atomically. This module is the fact-sheet stage's code for its cache key (pipeline/stage):
// its import closure is everything that decides how a sheet looks — the content module (model, templates,
// charts), the print and batch modules it loads — and not the data stages or the batch's bookkeeping.
import { join } from 'node:path';
import type { ItemOutput } from '../batch/incremental.ts';
import type { BatchBackend } from '../batch/scheduler.ts';
import type { Logger } from '../context.ts';
import { loadProject, type Project } from '../project/index.ts';
import { stageCodeKey, type Stage } from '../stage/index.ts';
import type { BuildData } from '../types.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import type { FactsheetContent, SheetPrinter } from './run.ts';
import type { FactsheetModel, FactsheetUnit, Lang } from './types.ts';

/**
 * The fact-sheet stage's code, keyed like every stage's (pipeline/stage): the import closure of this module (the
 * content module, the batch and print modules it loads), the fonts and the templates. A sheet's own inputs are
 * in its manifest entry (pipeline/batch/manifest.ts: one entry per sheet, so one changed unit re-renders one
 * sheet).
 */
export const SHEET_STAGE: Pick<Stage<unknown, unknown>, 'module' | 'assets'> = {
  module: import.meta.url,
  assets: { packages: ['@fontsource/open-sans', 'puppeteer-core'], dirs: ['templates/factsheet'] },
};

/** Hashed once per run. */
export function sheetCodeKey(): string {
  return stageCodeKey(SHEET_STAGE);
}

/** The sheets' PDF author: the institution that writes the report (project file). */
export function factsheetAuthor(project: Project = loadProject()): string {
  return project.institution;
}

export interface SheetArgs {
  data: BuildData;
  content: FactsheetContent;
  unit: FactsheetUnit;
  lang: Lang;
  /** The faktaark folder. */
  dir: string;
  /** The PDF's date. */
  now: Date;
  /** The PDF's author. */
  author: string;
  timeoutMs: number;
  /** The sheet's model when already made. */
  model?: FactsheetModel;
}

/** One sheet: model → HTML → PDF with metadata; both files written atomically, and only if not given up. */
export async function renderSheet(args: SheetArgs, printer: SheetPrinter, signal: AbortSignal): Promise<ItemOutput> {
  const { data, content, unit, lang } = args;
  const model = args.model ?? content.factsheetModel(data, unit.code);
  const html = content.factsheetHtml(model, { lang, synthetic: data.synthetic });
  const printed = await printer.print({ html, mode: 'native', timeoutMs: args.timeoutMs });
  const pages = pdfPageCount(printed.pdf);
  const meta = content.factsheetPdfMetadata(model, lang);
  const { finishPdf } = await import('../print/postprocess.ts');
  // No qpdf: on top of the object streams editPdf writes it saves ~6 % (recompressing at level 9) and costs tens of milliseconds a sheet.
  const pdf = await finishPdf(printed.pdf, { metadata: { ...meta, author: args.author, lang, date: args.now }, headings: printed.headings, shrink: false });
  if (signal.aborted) throw new Error('given up (timed out) before writing');
  const file = sheetFiles(unit);
  writeFileAtomic(join(args.dir, file.html), html);
  writeFileAtomic(join(args.dir, file.pdf), pdf);
  return { files: [file.pdf, file.html], meta: { pages, lang } };
}

export function sheetFiles(u: Pick<FactsheetUnit, 'code' | 'slug'>): { pdf: string; html: string } {
  return { pdf: `${u.code}-${u.slug}.pdf`, html: `${u.code}-${u.slug}.html` };
}

/** Pages of a PDF as Chrome writes it (page objects are not in object streams). */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}


/** The batch's browser: one Chrome, a tab per job; each tab decodes Open Sans once instead of once per sheet. */
export function sheetBackend(log: Logger): BatchBackend<SheetPrinter> {
  return {
    launch: async () => {
      const [{ browserBackend }, { webFonts }] = await Promise.all([import('../batch/browser.ts'), import('../fonts/css.ts')]);
      return browserBackend({ log, fonts: webFonts() }).launch();
    },
  };
}

export async function loadContent(): Promise<FactsheetContent> {
  const content: FactsheetContent = await import('./index.ts');
  return content;
}

