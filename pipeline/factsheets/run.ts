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
import { loadData, stageEnv } from '../build/data.ts';
import { hashParts } from '../cache/hash.ts';
import type { Context } from '../context.ts';
import type { RegistryArtifact, TableModel } from '../registry/types.ts';
import { fylkeUnitTables, fylkeUnitsTableId } from '../tables/fylke-units.ts';
import type { BuildData } from '../types.ts';
import { outputLayout } from '../layout.ts';
import { runStage } from '../stage/index.ts';
import { statistikkpakkeStage } from '../statistikkpakke/stage.ts';
import type { PrintJob, PrintResult } from '../print/index.ts';
import { adoptLegacyReviewFile, approvalChecker, contentHash, legacyReviewFile, reviewFile } from '../review/index.ts';
import { OutputError } from '../util/atomic-write.ts';
import { stopSignal, throwIfStopped } from '../util/stop.ts';
import { DEFAULT_PATHS } from '../paths.ts';
// The batch modules one by one, and puppeteer, pdf-lib and exceljs only when something must be made: a
// rerun with nothing changed loads none of them.
import { runIncremental, type IncrementalItem, type ItemStatus } from '../batch/incremental.ts';
import { writeListing } from '../batch/listing.ts';
import { isStale, readManifest, type Manifest } from '../batch/manifest.ts';
import { defaultProgressMode, type ProgressMode } from '../batch/progress.ts';
import type { BatchBackend } from '../batch/scheduler.ts';
import { inShard, type Shard } from '../batch/shard.ts';
import type { FactsheetModel, FactsheetUnit, Lang } from './types.ts';
// Light (no templates or charts): listing the units needs only this.
import { factsheetUnits } from './units.ts';
import { factsheetAuthor, loadContent, renderSheet, sheetBackend, sheetCodeKey, sheetFiles } from './render.ts';

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
  /** Only sheets a reviewer approved (issue 7): `isApproved`, by default the review state in `review` (review/review-<year>.json). */
  approvedOnly?: boolean;
  /** Folder of the review state; default `review/` at the project root. */
  review?: string;
  isApproved?: (code: string) => boolean;
  /** Render nothing: only write the index from the sheets in the folder (after `merge`, pipeline/factsheets/merge.ts). */
  indexOnly?: boolean;
  progress?: ProgressMode;
  /** Read cached data artifacts (default true). */
  cache?: boolean;
  /** Tabs printing at once; default `defaultTabs()` (cores + 2). */
  concurrency?: number;
  /** The sheets' PDF author (the project file's institution); default from report.yaml. */
  author?: string;
  /** Milliseconds for one attempt at one sheet; default 60 000. */
  timeoutMs?: number;
  /** Restart the browser after this many sheets; default 500 (the scheduler's). */
  restartEvery?: number;
  /** The code part of every sheet's hash; default: the content module's source closure, templates/factsheet, fonts. */
  codeKey?: string;
  /** Data already loaded (the benchmark, the preview server). */
  buildData?: BuildData;
  /** The registry computed from `buildData` (the build): the statistikkpakke's tables are read from it. */
  registry?: RegistryArtifact;
  content?: FactsheetContent;
  backend?: () => BatchBackend<SheetPrinter>;
  /** Stops the run: no new sheet is started, the statistikkpakke is not written; default: the process's (pipeline/util/stop.ts). */
  signal?: AbortSignal;
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
  /** Selected sheets not made because the run was stopped. */
  stopped: number;
  exitCode: number;
  dir: string;
  sheets: SheetRow[];
  launches: number;
}

const STATUS_LABEL: Record<SheetStatus, string> = {
  rendered: 'laget nå',
  unchanged: 'uendret',
  failed: 'feilet',
  withheld: 'ikke godkjent',
  outdated: 'utdatert',
  missing: 'mangler',
};

export async function runFactsheets(opts: FactsheetOptions, ctx: Context): Promise<FactsheetResult> {
  const started = performance.now();
  const author = opts.author ?? factsheetAuthor();
  const data = opts.buildData ?? (await loadData({ data: opts.data, out: opts.out, ...(opts.year !== undefined ? { year: opts.year } : {}), ...(opts.cache === false ? { cache: false } : {}) }, ctx));
  const signal = opts.signal ?? stopSignal;
  throwIfStopped(signal);
  const layout = outputLayout(opts.out).year(data.reportYear);
  const dir = layout.factsheets.dir;
  const units = (opts.content ?? { factsheetUnits }).factsheetUnits(data);

  const unknown = unknownCodes(units, opts);
  if (unknown.length > 0) {
    ctx.log.error(`no such unit or fylke in ${data.reportYear}: ${unknown.join(', ')}`);
    return { rendered: 0, skipped: 0, failed: 0, stopped: 0, exitCode: 2, dir, sheets: [], launches: 0 };
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
  const approvals = (): string => {
    const file = reviewFile(opts.review ?? DEFAULT_PATHS.review, data.reportYear);
    adoptLegacyReviewFile(legacyReviewFile(opts.out, data.reportYear), file, ctx.log);
    return file;
  };
  const isApproved = opts.approvedOnly !== true ? () => true : (opts.isApproved ?? approvalChecker(approvals(), (code) => contentHash(depsOf(code))));

  const wanted = opts.indexOnly === true ? [] : units.filter((u) => isSelected(u, opts));
  const selected = wanted.filter((u) => isApproved(u.code));
  const byCode = new Map(units.map((u) => [u.code, u]));

  const items: IncrementalItem<SheetPrinter>[] = selected.map((u) => ({
    id: u.code,
    hash: hashOf(u),
    meta: { inputs: inputsOf(u) },
    run: (printer, signal) => {
      const model = takeModel(u.code);
      return renderSheet({ data, content: needContent(), unit: u, lang: langOf(u), dir, now: ctx.now(), author, timeoutMs: opts.timeoutMs ?? 60_000, ...(model ? { model } : {}) }, printer, signal);
    },
  }));

  const batch = await runIncremental(items, {
    dir,
    ...(opts.force !== undefined ? { force: opts.force } : {}),
    backend:
      opts.backend ??
      (() => sheetBackend(ctx.log)),
    concurrency: opts.concurrency ?? defaultTabs(),
    timeoutMs: opts.timeoutMs ?? 60_000,
    ...(opts.restartEvery !== undefined ? { restartEvery: opts.restartEvery } : {}),
    log: ctx.log,
    signal,
    // A folder that is full or read-only fails every sheet alike: one error, not one per sheet.
    fatal: (err) => err instanceof OutputError,
    progress: opts.progress ?? defaultProgressMode(),
    what: 'fact sheets',
    label: (code) => `${code} ${byCode.get(code)?.name ?? ''}`.trim(),
  });

  // The manifest lists what was written before the fault; the files of earlier runs are untouched.
  if (batch.fatalError !== undefined) throw batch.fatalError instanceof Error ? batch.fatalError : new Error('the fact-sheet batch was halted', { cause: batch.fatalError });

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
    const s0 = statusById.get(u.code);
    if (s0?.status === 'stopped') {
      // Not made this time: what the folder holds from before, if anything, is out of date.
      const before = s0.previous;
      if (before === undefined || isStale(before, before.hash, dir)) return { unit: u, lang, status: 'missing' };
      return { unit: u, lang, status: 'outdated', file: before.files.find((f) => f.endsWith('.pdf')) ?? '', ...(typeof before.meta?.pages === 'number' ? { pages: before.meta.pages } : {}) };
    }
    const s = s0;
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

  const pakke = signal.aborted ? undefined : await writeStatistikkpakke(data, (opts.indexOnly === true ? units.filter((u) => u.kind === 'fylke') : pakkeFylker(units, selected, opts.shard)), { dir: layout.statistikkpakke.dir, cache: opts.cache !== false, out: opts.out, registry: opts.registry }, ctx);

  const seconds = (performance.now() - started) / 1000;
  const failedRows = sheets.filter((s) => s.status === 'failed');
  for (const s of failedRows) ctx.log.error(`${s.unit.code} ${s.unit.name}: ${s.reason ?? 'failed'}`);
  const withheld = wanted.length - selected.length;
  ctx.log.info(
    `Fact sheets ${data.reportYear}: ${selected.length} selected, ${batch.rendered} rendered, ${batch.unchanged} unchanged, ${batch.failed} failed` +
      `${withheld > 0 ? `, ${withheld} not approved` : ''}${batch.stopped > 0 ? `, ${batch.stopped} not made (stopped by ${String(signal.reason)})` : ''} in ${seconds.toFixed(1)} s` +
      `${batch.rendered > 0 ? ` (${(batch.rendered / seconds).toFixed(1)} sheets/s, ${batch.launches} browser start${batch.launches === 1 ? '' : 's'})` : ''}`,
  );
  ctx.log.info(`Index: ${join(dir, 'index.html')}; statistikkpakke: ${pakke === undefined ? `not written (stopped by ${String(signal.reason)})` : `${pakke.written} written, ${pakke.unchanged} unchanged`}`);
  return { rendered: batch.rendered, skipped: batch.unchanged, failed: batch.failed, stopped: batch.stopped, exitCode: batch.failed > 0 ? 1 : 0, dir, sheets, launches: batch.launches };
}

/**
 * Tabs printing at once: two more than the cores. A tab waits while node finishes its sheet (PDF metadata and
 * artifacts, writing), so with one tab per core Chrome idles; on 2 cores 4 tabs print ~20 % more sheets per
 * second than 2 (measured with `npm run bench`), and more gain little.
 */
export function defaultTabs(): number {
  return availableParallelism() + 2;
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
  opts: { dir: string; cache: boolean; out: string; registry: RegistryArtifact | undefined },
  ctx: Context,
): Promise<{ written: number; unchanged: number }> {
  const tables = statistikkpakkeTables(data, opts.registry);
  const env = stageEnv({ out: opts.out, cache: opts.cache });
  let written = 0;
  for (const fylke of fylker) {
    const table = tables[fylkeUnitsTableId(fylke.code)];
    if (table === undefined) throw new Error(`internal: the registry has no table ${fylkeUnitsTableId(fylke.code)}`);
    const r = await runStage(statistikkpakkeStage, { year: data.reportYear, fylke, table, synthetic: data.synthetic, dir: opts.dir, created: ctx.now() }, env);
    if (!r.hit) written++;
  }
  return { written, unchanged: fylker.length - written };
}

/**
 * The statistikkpakke's tables: the registry's `enheter` set — from the build's registry when given, else the
 * registry item computed on its own (a fact-sheet run needs only this item, not every table and figure).
 */
function statistikkpakkeTables(data: BuildData, registry: RegistryArtifact | undefined): Record<string, TableModel> {
  const fromRegistry = registry?.tableSets[fylkeUnitTables.id];
  if (fromRegistry !== undefined) return fromRegistry;
  return fylkeUnitTables.compute({ panel: data.panel, reportYear: data.reportYear, codebook: data.codebook, reference: data.reference, findings: data.findings });
}
