// The fact-sheet stage: one PDF (and its HTML) per unit, incrementally, with the batch engine.
//
//   data (cached stages) → units → selection (--unit, --fylke, --shard, --approved-only)
//   → hash per sheet: its factsheetDependencies + language + code/templates/fonts (hashed once)
//   → render what changed: model → HTML → PDF (one browser, a pool of tabs; pipeline/batch)
//   → output/<year>/faktaark/index.html + index.csv → output/<year>/statistikkpakke/<fylke>-<slug>.xlsx
//
// The browser is started only when some sheet must be rendered, so a rerun with nothing changed is quick.
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { unitYears, type UnitYear } from '../aggregate/units.ts';
import { loadData, type BuildData } from '../build/data.ts';
import { hashParts } from '../cache/hash.ts';
import type { Context } from '../context.ts';
import type { ColumnDef, TableModel, TableRow } from '../registry/types.ts';
import { per10000 } from '../stats/index.ts';
import type { Group, ImputationFlag } from '../types.ts';
import { PROJECT_ROOT, yearOutDir } from '../paths.ts';
import type { PrintJob, PrintResult } from '../print/index.ts';
import { approvalChecker, contentHash, reviewFile } from '../review/index.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
// The batch modules one by one, and puppeteer, pdf-lib and exceljs only when something must be made: a
// rerun with nothing changed loads none of them.
import { codeKey, type CodeKeyParts } from '../batch/code-key.ts';
import { runIncremental, type IncrementalItem, type ItemOutput, type ItemStatus } from '../batch/incremental.ts';
import { writeListing } from '../batch/listing.ts';
import { isStale, readManifest, writeManifest, type Manifest } from '../batch/manifest.ts';
import { defaultProgressMode, type ProgressMode } from '../batch/progress.ts';
import type { BatchBackend } from '../batch/scheduler.ts';
import { inShard, type Shard } from '../batch/shard.ts';
import type { FactsheetModel, FactsheetUnit, Lang } from './types.ts';
// Light (no templates or charts): listing the units needs only this.
import { factsheetUnits } from './units.ts';

/** What a sheet contains (pipeline/factsheets/index.ts); injected in tests. */
export interface FactsheetContent {
  factsheetUnits(data: BuildData): FactsheetUnit[];
  factsheetModel(data: BuildData, code: string): FactsheetModel;
  factsheetDependencies(data: BuildData, code: string): unknown;
  /** The same value from a model already made (saves making the model twice for a sheet that is rendered). */
  dependenciesOf?(model: FactsheetModel): unknown;
  factsheetHtml(model: FactsheetModel, opts: { lang?: Lang; synthetic: boolean }): string;
  factsheetPdfMetadata(model: FactsheetModel, lang: Lang): { title: string; subject: string; keywords: readonly string[] };
}

/** A browser tab as the sheets use it (pipeline/print Printer; fakes in tests). */
export interface SheetPrinter {
  print(job: PrintJob): Promise<Pick<PrintResult, 'pdf' | 'headings'>>;
  close(): Promise<void>;
}

export interface FactsheetOptions {
  year?: number;
  /** Folder of the yearly workbooks. */
  data: string;
  out: string;
  /** Only these units (codes). */
  units?: string[];
  /** Only the units of these fylker, and the fylker's own sheets. */
  fylke?: string[];
  /** Every sheet in this language instead of the unit's own målform. */
  lang?: Lang;
  shard?: Shard;
  /** Render every selected sheet, whatever the manifest says. */
  force?: boolean;
  /** Only sheets a reviewer approved (issue 7): `isApproved`, by default the review state in output/<year>/review.json. */
  approvedOnly?: boolean;
  isApproved?: (code: string) => boolean;
  /** Render nothing: only write the index from the sheets in the folder (after `merge`, pipeline/factsheets/merge.ts). */
  indexOnly?: boolean;
  progress?: ProgressMode;
  /** Read cached data artifacts (default true). */
  cache?: boolean;
  /** Tabs printing at once; default `defaultTabs()` (cores + 2). */
  concurrency?: number;
  /** Milliseconds for one attempt at one sheet; default 60 000. */
  timeoutMs?: number;
  /** Restart the browser after this many sheets; default 500 (the scheduler's). */
  restartEvery?: number;
  /** The code part of every sheet's hash; default: the content module's source closure, templates/factsheet, fonts. */
  codeKey?: string;
  /** Data already loaded (the benchmark, the preview server). */
  buildData?: BuildData;
  content?: FactsheetContent;
  backend?: () => BatchBackend<SheetPrinter>;
}

export type SheetStatus = 'rendered' | 'unchanged' | 'failed' | 'withheld' | 'outdated' | 'missing';

export interface SheetRow {
  unit: FactsheetUnit;
  lang: Lang;
  status: SheetStatus;
  /** PDF file name in the faktaark folder, when one is there. */
  file?: string;
  pages?: number;
  reason?: string;
}

export interface FactsheetResult {
  rendered: number;
  /** Selected sheets that were up to date. */
  skipped: number;
  failed: number;
  exitCode: number;
  dir: string;
  sheets: SheetRow[];
  launches: number;
}

export const FACTSHEET_DIR = 'faktaark';
export const STATISTIKKPAKKE_DIR = 'statistikkpakke';
/** The sheets' PDF author. */
export const FACTSHEET_AUTHOR = 'Helsedirektoratet';
const STATUS_LABEL: Record<SheetStatus, string> = {
  rendered: 'laget nå',
  unchanged: 'uendret',
  failed: 'feilet',
  withheld: 'ikke godkjent',
  outdated: 'utdatert',
  missing: 'mangler',
};

/** Everything that renders a sheet besides its data: the content module and the print stage with what they import, this file, the templates, the fonts. */
export const SHEET_CODE: Omit<CodeKeyParts, 'root'> = {
  modules: ['pipeline/factsheets/index.ts', 'pipeline/print/index.ts'],
  files: ['pipeline/factsheets/run.ts'],
  dirs: ['templates/factsheet'],
  packages: ['@fontsource/open-sans', 'puppeteer-core'],
};

/** Hashed once per run. */
function sheetCodeKey(): string {
  return codeKey({ root: PROJECT_ROOT, ...SHEET_CODE });
}

export async function runFactsheets(opts: FactsheetOptions, ctx: Context): Promise<FactsheetResult> {
  const started = performance.now();
  const data = opts.buildData ?? (await loadData({ data: opts.data, out: opts.out, ...(opts.year !== undefined ? { year: opts.year } : {}), ...(opts.cache === false ? { cache: false } : {}) }, ctx));
  const dir = join(yearOutDir(opts.out, data.reportYear), FACTSHEET_DIR);
  const units = (opts.content ?? { factsheetUnits }).factsheetUnits(data);

  const unknown = unknownCodes(units, opts);
  if (unknown.length > 0) {
    ctx.log.error(`no such unit or fylke in ${data.reportYear}: ${unknown.join(', ')}`);
    return { rendered: 0, skipped: 0, failed: 0, exitCode: 2, dir, sheets: [], launches: 0 };
  }

  // Two keys per sheet. `hash`: its dependencies (the model as shown), language and code — what decides
  // whether it is rendered. `inputs`: the data artifacts' keys, language and code — when a sheet's entry was
  // made or checked with the same inputs, its dependencies are the same and need not be computed (the quick
  // path of a rerun with nothing changed).
  const codeHash = opts.codeKey ?? sheetCodeKey();
  const langOf = (u: FactsheetUnit): Lang => opts.lang ?? u.lang;
  const deps = new Map<string, unknown>();
  const models = new Map<string, FactsheetModel>();
  const depsOf = (code: string): unknown => {
    if (!deps.has(code)) {
      const c = needContent();
      if (c.dependenciesOf !== undefined) {
        const model = c.factsheetModel(data, code);
        models.set(code, model);
        deps.set(code, c.dependenciesOf(model));
      } else deps.set(code, c.factsheetDependencies(data, code));
    }
    return deps.get(code);
  };
  const takeModel = (code: string): FactsheetModel | undefined => {
    const model = models.get(code);
    models.delete(code);
    return model;
  };
  const manifestBefore = readManifest(dir, ctx.log);
  const inputsOf = (u: FactsheetUnit): string => hashParts([{ value: { data: data.keys, year: data.reportYear, lang: langOf(u), code: codeHash } }]);
  // The content module (templates, charts, fonts) is loaded only when some sheet may have to be made.
  const quick = (u: FactsheetUnit): boolean => {
    const entry = manifestBefore.entries[u.code];
    return entry !== undefined && entry.meta?.inputs === inputsOf(u) && !isStale(entry, entry.hash, dir);
  };
  const content = opts.content ?? (opts.force === true || opts.approvedOnly === true || !units.every(quick) ? await loadContent() : undefined);
  const needContent = (): FactsheetContent => {
    if (content === undefined) throw new Error('internal: the fact-sheet content was not loaded');
    return content;
  };
  const hashOf = (u: FactsheetUnit): string => {
    const entry = manifestBefore.entries[u.code];
    if (entry !== undefined && entry.meta?.inputs === inputsOf(u)) return entry.hash;
    return hashParts([{ value: { deps: depsOf(u.code), lang: langOf(u), code: codeHash } }]);
  };
  const isApproved = opts.approvedOnly !== true ? () => true : (opts.isApproved ?? approvalChecker(reviewFile(opts.out, data.reportYear), (code) => contentHash(depsOf(code))));

  const wanted = opts.indexOnly === true ? [] : units.filter((u) => isSelected(u, opts));
  const selected = wanted.filter((u) => isApproved(u.code));
  const byCode = new Map(units.map((u) => [u.code, u]));

  const items: IncrementalItem<SheetPrinter>[] = selected.map((u) => ({
    id: u.code,
    hash: hashOf(u),
    meta: { inputs: inputsOf(u) },
    run: (printer, signal) => {
      const model = takeModel(u.code);
      return renderSheet({ data, content: needContent(), unit: u, lang: langOf(u), dir, now: ctx.now(), timeoutMs: opts.timeoutMs ?? 60_000, ...(model ? { model } : {}) }, printer, signal);
    },
  }));

  const batch = await runIncremental(items, {
    dir,
    ...(opts.force !== undefined ? { force: opts.force } : {}),
    backend:
      opts.backend ??
      (() => ({
        launch: async () => {
          const [{ browserBackend }, { webFonts }] = await Promise.all([import('../batch/browser.ts'), import('../fonts/css.ts')]);
          // Each tab decodes Open Sans once instead of once per sheet.
          return browserBackend({ log: ctx.log, fonts: webFonts() }).launch();
        },
      })),
    concurrency: opts.concurrency ?? defaultTabs(),
    timeoutMs: opts.timeoutMs ?? 60_000,
    ...(opts.restartEvery !== undefined ? { restartEvery: opts.restartEvery } : {}),
    log: ctx.log,
    progress: opts.progress ?? defaultProgressMode(),
    what: 'fact sheets',
    label: (code) => `${code} ${byCode.get(code)?.name ?? ''}`.trim(),
  });

  // Publishing approved sheets only: a sheet of an unapproved unit left from an earlier run is removed, so the
  // folder holds what the index says (such units are listed as not approved, without a file).
  const withheldUnits = wanted.filter((u) => !selected.includes(u));
  const removed = opts.approvedOnly === true ? removeSheets(dir, withheldUnits, batch.manifest) : 0;
  if (removed > 0) ctx.log.info(`Removed the earlier sheets of ${removed} unit${removed === 1 ? '' : 's'} not approved`);

  // The index lists every unit of the year, selected or not.
  const statusById = new Map<string, ItemStatus>(batch.items.map((s) => [s.id, s]));
  const manifest = batch.manifest;
  const sheets: SheetRow[] = units.map((u) => {
    const lang = langOf(u);
    const s = statusById.get(u.code);
    const entry = s?.status === 'failed' ? s.previous : (s?.entry ?? manifest.entries[u.code]);
    const present = entry !== undefined && !isStale(entry, entry.hash, dir);
    const fileOf = present ? { file: entry.files.find((f) => f.endsWith('.pdf')) ?? '', ...(typeof entry.meta?.pages === 'number' ? { pages: entry.meta.pages } : {}) } : {};
    if (s !== undefined) {
      return s.status === 'failed' ? { unit: u, lang, status: 'failed', reason: s.reason, ...fileOf } : { unit: u, lang, status: s.status, ...fileOf };
    }
    if (wanted.includes(u)) return { unit: u, lang, status: 'withheld' };
    if (!present) return { unit: u, lang, status: 'missing' };
    return { unit: u, lang, status: isStale(entry, hashOf(u), dir) ? 'outdated' : 'unchanged', ...fileOf };
  });
  writeSheetIndex(dir, sheets, data);

  const pakke = await writeStatistikkpakke(data, pakkeFylker(units, selected, opts.shard), opts, ctx);

  const seconds = (performance.now() - started) / 1000;
  const failedRows = sheets.filter((s) => s.status === 'failed');
  for (const s of failedRows) ctx.log.error(`${s.unit.code} ${s.unit.name}: ${s.reason ?? 'failed'}`);
  const withheld = wanted.length - selected.length;
  ctx.log.info(
    `Fact sheets ${data.reportYear}: ${selected.length} selected, ${batch.rendered} rendered, ${batch.unchanged} unchanged, ${batch.failed} failed` +
      `${withheld > 0 ? `, ${withheld} not approved` : ''} in ${seconds.toFixed(1)} s` +
      `${batch.rendered > 0 ? ` (${(batch.rendered / seconds).toFixed(1)} sheets/s, ${batch.launches} browser start${batch.launches === 1 ? '' : 's'})` : ''}`,
  );
  ctx.log.info(`Index: ${join(dir, 'index.html')}; statistikkpakke: ${pakke.written} written, ${pakke.unchanged} unchanged`);
  return { rendered: batch.rendered, skipped: batch.unchanged, failed: batch.failed, exitCode: batch.failed > 0 ? 1 : 0, dir, sheets, launches: batch.launches };
}

/**
 * Tabs printing at once: two more than the cores. A tab waits while node finishes its sheet (PDF metadata and
 * artifacts, writing), so with one tab per core Chrome idles; on 2 cores 4 tabs print ~20 % more sheets per
 * second than 2 (measured with `npm run bench`), and more gain little.
 */
export function defaultTabs(): number {
  return availableParallelism() + 2;
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
  const pdf = await finishPdf(printed.pdf, { metadata: { ...meta, author: FACTSHEET_AUTHOR, lang, date: args.now }, headings: printed.headings, shrink: false });
  if (signal.aborted) throw new Error('given up (timed out) before writing');
  const file = sheetFiles(unit);
  writeFileAtomic(join(args.dir, file.html), html);
  writeFileAtomic(join(args.dir, file.pdf), pdf);
  return { files: [file.pdf, file.html], meta: { pages, lang } };
}

/** Deletes the units' sheet files (as named now and as the manifest lists them); returns how many units had any. */
function removeSheets(dir: string, units: readonly FactsheetUnit[], manifest: Manifest): number {
  let count = 0;
  for (const u of units) {
    const names = new Set([...Object.values(sheetFiles(u)), ...(manifest.entries[u.code]?.files ?? [])]);
    const present = [...names].filter((f) => existsSync(join(dir, f)));
    for (const f of present) rmSync(join(dir, f), { force: true });
    if (present.length > 0) count++;
  }
  return count;
}

export function sheetFiles(u: Pick<FactsheetUnit, 'code' | 'slug'>): { pdf: string; html: string } {
  return { pdf: `${u.code}-${u.slug}.pdf`, html: `${u.code}-${u.slug}.html` };
}

async function loadContent(): Promise<FactsheetContent> {
  const content: FactsheetContent = await import('./index.ts');
  return content;
}

function isSelected(u: FactsheetUnit, opts: Pick<FactsheetOptions, 'units' | 'fylke' | 'shard'>): boolean {
  if (opts.units !== undefined && opts.units.length > 0 && !opts.units.includes(u.code)) return false;
  if (opts.fylke !== undefined && opts.fylke.length > 0) {
    const fylke = u.kind === 'fylke' ? u.code : u.fylke;
    if (fylke === undefined || !opts.fylke.includes(fylke)) return false;
  }
  return inShard(u.code, opts.shard);
}

function unknownCodes(units: readonly FactsheetUnit[], opts: Pick<FactsheetOptions, 'units' | 'fylke'>): string[] {
  const codes = new Set(units.map((u) => u.code));
  const fylker = new Set(units.filter((u) => u.kind === 'fylke').map((u) => u.code));
  return [...(opts.units ?? []).filter((c) => !codes.has(c)), ...(opts.fylke ?? []).filter((f) => !fylker.has(f)).map((f) => `fylke ${f}`)];
}

/** Pages of a PDF as Chrome writes it (page objects are not in object streams). */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

function writeSheetIndex(dir: string, sheets: readonly SheetRow[], data: BuildData): void {
  const html = (s: SheetRow): string => (s.file !== undefined ? s.file.replace(/\.pdf$/, '.html') : '');
  writeListing(dir, {
    title: `Faktaark ${data.reportYear}`,
    lang: 'nb',
    ...(data.synthetic ? { notice: 'Eksempeldata – ikke offisielle tall' } : {}),
    intro: [`${sheets.filter((s) => s.file !== undefined).length} av ${sheets.length} faktaark finnes i mappen.`],
    columns: [
      { key: 'code', label: 'Nummer' },
      { key: 'name', label: 'Navn', linkKey: 'file' },
      { key: 'kind', label: 'Type' },
      { key: 'fylke', label: 'Fylke' },
      { key: 'lang', label: 'Målform' },
      { key: 'file', label: 'PDF', linkKey: 'file' },
      { key: 'html', label: 'HTML', linkKey: 'html' },
      { key: 'pages', label: 'Sider', numeric: true },
      { key: 'status', label: 'Status', only: 'csv' },
      { key: 'statusText', label: 'Status', only: 'html' },
      { key: 'reason', label: 'Merknad', wrap: true },
    ],
    rows: sheets.map((s) => ({
      code: s.unit.code,
      name: s.unit.name,
      kind: s.unit.kind,
      fylke: s.unit.kind === 'fylke' ? s.unit.code : (s.unit.fylke ?? ''),
      lang: s.lang,
      file: s.file ?? '',
      html: html(s),
      pages: s.pages ?? null,
      status: s.status,
      statusText: STATUS_LABEL[s.status],
      reason: s.reason ?? '',
    })),
  });
}

/** The fylker whose statistikkpakke this run makes: those of the selected sheets (a shard: its own fylker). */
function pakkeFylker(units: readonly FactsheetUnit[], selected: readonly FactsheetUnit[], shard: Shard | undefined): FactsheetUnit[] {
  const codes = new Set(selected.flatMap((u) => (u.kind === 'fylke' ? [u.code] : u.fylke !== undefined ? [u.fylke] : [])));
  return units.filter((u) => u.kind === 'fylke' && codes.has(u.code) && (shard === undefined || inShard(u.code, shard)));
}

async function writeStatistikkpakke(
  data: BuildData,
  fylker: readonly FactsheetUnit[],
  opts: Pick<FactsheetOptions, 'out'>,
  ctx: Context,
): Promise<{ written: number; unchanged: number }> {
  const dir = join(yearOutDir(opts.out, data.reportYear), STATISTIKKPAKKE_DIR);
  const manifest = readManifest(dir, ctx.log);
  // The table itself is in the hash; the code part stands for how it is written.
  const code = codeKey({ root: PROJECT_ROOT, modules: ['pipeline/export/index.ts'] });
  const rows = unitYears(data.panel, data.reportYear);
  let written = 0;
  for (const fylke of fylker) {
    const table = fylkeUnitsTable(data, fylke, rows.filter((r) => r.fylke === fylke.code));
    const hash = hashParts([{ value: { table, code, synthetic: data.synthetic } }]);
    const file = `${fylke.code}-${fylke.slug}.xlsx`;
    // Written when its table (or how it is written) changed or the file is gone; --force is for the sheets:
    // rewriting an identical workbook would only cost time (exceljs is slow to load).
    if (!isStale(manifest.entries[fylke.code], hash, dir)) continue;
    const { writeTablesWorkbook } = await import('../export/index.ts');
    await writeTablesWorkbook(join(dir, file), [table], { title: table.title, synthetic: data.synthetic, created: ctx.now() });
    manifest.entries[fylke.code] = { hash, files: [file] };
    written++;
  }
  if (written > 0) writeManifest(dir, manifest);
  return { written, unchanged: fylker.length - written };
}

const GROUP_WORDS: Record<Group, { label: string; population: string }> = {
  V: { label: 'voksne', population: 'innbyggere 18 år og over' },
  B: { label: 'barn og unge', population: 'innbyggere 0–17 år' },
};

function imputationLabel(flag: ImputationFlag | undefined): string {
  if (flag === undefined || flag.kind === 'reported') return 'Rapportert';
  if (flag.kind === 'carried-forward') return `Videreført fra ${flag.fromYear}`;
  return 'Estimert';
}

/** The statistikkpakke's table: every kommune (or bydel) of a fylke in the report year, and the fylke's sum. */
export function fylkeUnitsTable(data: BuildData, fylke: Pick<FactsheetUnit, 'code' | 'name'>, rows: readonly UnitYear[]): TableModel {
  const year = data.reportYear;
  const from = rows.find((r) => r.change.V.from !== undefined)?.change.V.from ?? year - 1;
  const columns: ColumnDef[] = [
    { key: 'code', label: 'Nummer', format: 'text' },
    { key: 'name', label: 'Navn', format: 'text' },
    ...(['V', 'B'] as const).flatMap((g): ColumnDef[] => [
      { key: `arsverk${g}`, label: `Årsverk ${GROUP_WORDS[g].label}`, unit: 'årsverk', format: 'decimal1' },
      { key: `per10000${g}`, label: `Årsverk ${GROUP_WORDS[g].label} per 10 000 ${GROUP_WORDS[g].population}`, unit: 'per 10 000', format: 'decimal1' },
      { key: `change${g}`, label: `Endring årsverk ${GROUP_WORDS[g].label} fra ${from}`, unit: 'årsverk', format: 'signedDecimal1' },
    ]),
    { key: 'imputation', label: `Datagrunnlag ${year}`, format: 'text' },
  ];
  const cellsOf = (r: UnitYear): TableRow['cells'] => ({
    code: r.code,
    name: r.name,
    arsverkV: r.arsverk.V,
    arsverkB: r.arsverk.B,
    per10000V: r.per10000.V ?? null,
    per10000B: r.per10000.B ?? null,
    changeV: r.change.V.arsverk ?? null,
    changeB: r.change.B.arsverk ?? null,
    imputation: imputationLabel(r.imputation),
  });
  const sum = (f: (r: UnitYear) => number | undefined): number | null =>
    rows.some((r) => f(r) === undefined) ? null : rows.reduce((a, r) => a + f(r)!, 0);
  const imputed = rows.filter((r) => r.imputation !== undefined && r.imputation.kind !== 'reported').length;
  const total: TableRow = {
    kind: 'total',
    cells: {
      code: fylke.code,
      name: `${fylke.name} i alt`,
      arsverkV: sum((r) => r.arsverk.V),
      arsverkB: sum((r) => r.arsverk.B),
      per10000V: per10000(sum((r) => r.arsverk.V) ?? undefined, sum((r) => r.population.age18plus) ?? undefined) ?? null,
      per10000B: per10000(sum((r) => r.arsverk.B) ?? undefined, sum((r) => r.population.age0_17) ?? undefined) ?? null,
      changeV: sum((r) => r.change.V.arsverk),
      changeB: sum((r) => r.change.B.arsverk),
      imputation: imputed === 0 ? 'Alle rapportert' : `${imputed} av ${rows.length} videreført eller estimert`,
    },
  };
  const kommuner = rows.some((r) => r.kind === 'bydel') ? 'bydelene' : 'kommunene';
  return {
    id: `enheter-${fylke.code}`,
    title: `Årsverk i psykisk helse- og rusarbeid i ${kommuner} i ${fylke.name} ${year}`,
    columns,
    rows: [...rows.map((r): TableRow => ({ cells: cellsOf(r) })), total],
    notes: [
      'Årsverk per 10 000 innbyggere i målgruppen: voksne per 10 000 innbyggere 18 år og over, barn og unge per 10 000 innbyggere 0–17 år, 1. januar.',
      'Videreført: enheten leverte ikke, og tallene fra siste leverte år er brukt. Estimert: tallene er anslått.',
      `Endringen vises ikke når ${year} bruker andre kategorier for årsverk enn ${from}.`,
    ],
    source: data.synthetic ? 'Kilde: Helsedirektoratet, IS-24/8. Eksempeldata – ikke offisielle tall.' : 'Kilde: Helsedirektoratet, IS-24/8.',
  };
}
