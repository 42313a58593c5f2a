// A stand-in for the fact-sheet content (pipeline/factsheets/index.ts) and fake printers, so the batch tests
// check the engine's own behaviour: which sheets are rendered, what is written, what a failure leaves behind.
// The stand-in's sheet depends on its unit's panel rows only.
import { PDFDocument } from 'pdf-lib';
import type { BuildData } from '../../pipeline/types.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';
import { loadData } from '../../pipeline/build/data.ts';
import { memoryLogger, type Context } from '../../pipeline/context.ts';
import type { BatchBackend } from '../../pipeline/batch/index.ts';
import type { FactsheetContent, SheetPrinter } from '../../pipeline/factsheets/run.ts';
import type { FactsheetModel, FactsheetUnit } from '../../pipeline/factsheets/types.ts';
import type { PrintJob } from '../../pipeline/print/index.ts';

export function testContext(): Context & { log: ReturnType<typeof memoryLogger> } {
  return { log: memoryLogger(), now: () => new Date('2025-03-01T12:00:00Z'), root: PROJECT_ROOT };
}

let cached: Promise<BuildData> | undefined;
/** The sample data, through the cached data stages in output/.cache. */
export function sampleData(): Promise<BuildData> {
  cached ??= loadData({ data: DEFAULT_PATHS.data, out: DEFAULT_PATHS.out }, testContext());
  return cached;
}

/** Three kommuner in two fylker and one fylke, picked from the data. */
export function standInUnits(data: BuildData): FactsheetUnit[] {
  const kommuner = data.panel.units.filter((u) => u.kind === 'kommune').sort((a, b) => a.code.localeCompare(b.code));
  const picked = [kommuner[0]!, kommuner[1]!, kommuner[kommuner.length - 1]!];
  const slug = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-');
  return [
    ...picked.map((u): FactsheetUnit => ({ code: u.code, name: u.name, kind: 'kommune', fylke: u.fylke, lang: u.malform === 'nynorsk' ? 'nn' : 'nb', slug: slug(u.name) })),
    { code: picked[0]!.fylke, name: picked[0]!.fylkeName, kind: 'fylke', lang: 'nb', slug: slug(picked[0]!.fylkeName) },
  ];
}

/** The stand-in content; `failing` codes make factsheetHtml throw. */
export function standInContent(opts: { failing?: string[] } = {}): FactsheetContent & { modelCalls: string[] } {
  const modelCalls: string[] = [];
  const rowsOf = (data: BuildData, code: string) =>
    data.panel.rows.filter((r) => r.code === code || data.panel.units.some((u) => u.code === r.code && u.fylke === code && code.length === 2));
  return {
    modelCalls,
    factsheetUnits: standInUnits,
    factsheetModel(data, code) {
      modelCalls.push(code);
      const unit = standInUnits(data).find((u) => u.code === code)!;
      // Only the fields the stand-in's HTML and metadata read; the batch engine treats the model as opaque.
      return { unit: { code, name: unit.name }, reportYear: data.reportYear, rows: rowsOf(data, code).length } as unknown as FactsheetModel;
    },
    factsheetDependencies: (data, code) => rowsOf(data, code).map((r) => [r.year, r.total]),
    factsheetHtml(model, { lang, synthetic }) {
      if (opts.failing?.includes(model.unit.code)) throw new Error(`no template for ${model.unit.code}`);
      return `<!doctype html><html lang="${lang ?? 'nb'}"><title>${model.unit.name}</title><h1>${model.unit.name}</h1>${synthetic ? '<p>Eksempeldata</p>' : ''}`;
    },
    factsheetPdfMetadata: (model, lang) => ({ title: `Faktaark ${model.unit.name}`, subject: `IS-24/8 ${model.reportYear} (${lang})`, keywords: ['faktaark'] }),
  };
}

/** A small real PDF with `pages` pages (Chrome's output is stood in for by pdf-lib's). */
export async function tinyPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  return doc.save({ useObjectStreams: false });
}

/** Fake printers: `print` returns a 2-page PDF, or what `behave` says for a job. */
export function fakePrinters(behave?: (job: PrintJob) => Promise<Uint8Array | undefined>): BatchBackend<SheetPrinter> & { launches: number; printed: string[] } {
  const backend = {
    launches: 0,
    printed: [] as string[],
    async launch() {
      backend.launches++;
      return {
        alive: () => true,
        close: async () => undefined,
        open: async (): Promise<SheetPrinter> => ({
          async print(job: PrintJob) {
            backend.printed.push(/<title>([^<]*)<\/title>/.exec(job.html)?.[1] ?? '?');
            return { pdf: (await behave?.(job)) ?? (await tinyPdf()), headings: [] };
          },
          close: async () => undefined,
        }),
      };
    },
  };
  return backend;
}

/** A copy of `data` with one unit's årsverk in the report year raised by `delta`. */
export function withChangedUnit(data: BuildData, code: string, delta: number): BuildData {
  const rows = data.panel.rows.map((r) => (r.code === code && r.year === data.reportYear ? { ...r, total: { ...r.total, V: r.total.V + delta } } : r));
  return { ...data, panel: { ...data.panel, rows }, keys: { ...data.keys, panel: `${data.keys.panel}+${code}${delta}` } };
}
