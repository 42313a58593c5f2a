// An incremental batch: items whose hash and files match the manifest are skipped; the rest are run by the
// scheduler; the manifest is updated as items finish (every `saveEveryMs` and at the end), so a run that is
// killed half-way keeps what it finished. Files an item no longer writes (a renamed unit) are removed.
// The backend is only launched when something must be made.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../context.ts';
import { isStale, readManifest, writeManifest, type Manifest, type ManifestEntry } from './manifest.ts';
import { progressReporter, type ProgressMode } from './progress.ts';
import { runBatch, type BatchBackend, type BatchEvent, type Closable, type FailureCode, type RestartReason } from './scheduler.ts';
import { processAlive } from '../util/process.ts';

export interface ItemOutput {
  /** Files written, relative to the batch folder. */
  files: string[];
  meta?: Record<string, string | number>;
}

export interface IncrementalItem<P> {
  id: string;
  /** Hash of everything the item's output depends on. */
  hash: string;
  /** Kept in the item's manifest entry whether it is made or found up to date (e.g. a key of its inputs). */
  meta?: Record<string, string | number>;
  /** Makes the item; must write its files atomically and only when `signal` has not aborted. */
  run(printer: P, signal: AbortSignal): Promise<ItemOutput>;
}

export type ItemStatus =
  | { id: string; status: 'rendered'; attempts: number; ms: number; entry: ManifestEntry }
  | { id: string; status: 'unchanged'; entry: ManifestEntry }
  | { id: string; status: 'failed'; attempts: number; reason: string; code: FailureCode; previous?: ManifestEntry }
  /** Not made because the batch was stopped; its earlier output, if any, is untouched. */
  | { id: string; status: 'stopped'; previous?: ManifestEntry };

export interface IncrementalOptions<P extends Closable> {
  /** The batch folder: outputs and `.manifest.json`. */
  dir: string;
  /** Make every item, whatever the manifest says. */
  force?: boolean;
  /** Created only when some item must be made. */
  backend: () => BatchBackend<P>;
  concurrency: number;
  timeoutMs: number;
  retries?: number;
  restartEvery?: number;
  log: Logger;
  progress: ProgressMode;
  /** E.g. "fact sheets". */
  what: string;
  label?: (id: string) => string;
  saveEveryMs?: number;
  /** Stops the batch (the scheduler's `signal`): what is finished is kept in the manifest. */
  signal?: AbortSignal;
  /** Errors that halt the batch (the scheduler's `fatal`). */
  fatal?: (err: unknown) => boolean;
  /** Scheduler events, after the progress display saw them. */
  onEvent?: (event: BatchEvent<ItemOutput>) => void;
}

export interface IncrementalSummary {
  items: ItemStatus[];
  rendered: number;
  unchanged: number;
  failed: number;
  /** Not made because the batch was stopped. */
  stopped: number;
  launches: number;
  restarts: RestartReason[];
  /** The error that halted the batch, if one did (the scheduler's `fatalError`). */
  fatalError?: unknown;
  /** The manifest after the run. */
  manifest: Manifest;
}

export async function runIncremental<P extends Closable>(items: readonly IncrementalItem<P>[], options: IncrementalOptions<P>): Promise<IncrementalSummary> {
  const { dir, log } = options;
  const manifest = readManifest(dir, log);
  removeLeftovers(dir);
  const stale = items.filter((item) => options.force === true || isStale(manifest.entries[item.id], item.hash, dir));
  const byId = new Map(items.map((item) => [item.id, item]));

  let dirty = false;
  const staleIds = new Set(stale.map((item) => item.id));
  for (const item of items) {
    const entry = manifest.entries[item.id];
    if (staleIds.has(item.id) || entry === undefined || item.meta === undefined) continue;
    const meta = { ...entry.meta, ...item.meta };
    if (JSON.stringify(meta) !== JSON.stringify(entry.meta)) {
      manifest.entries[item.id] = { ...entry, meta };
      dirty = true;
    }
  }
  let savedAt = -Infinity; // the first finished item is saved at once, then every saveEveryMs
  const save = (): void => {
    if (!dirty) return;
    writeManifest(dir, manifest);
    dirty = false;
    savedAt = performance.now();
  };

  const progress = progressReporter({ mode: options.progress, total: stale.length, what: options.what, log, ...(options.label ? { label: options.label } : {}) });
  const summary = await runBatch(
    stale.map((item) => ({ id: item.id, run: (p: P, signal: AbortSignal) => item.run(p, signal) })),
    stale.length > 0 ? options.backend() : { launch: () => Promise.reject(new Error('nothing to launch')) },
    {
      concurrency: options.concurrency,
      timeoutMs: options.timeoutMs,
      ...(options.retries !== undefined ? { retries: options.retries } : {}),
      ...(options.restartEvery !== undefined ? { restartEvery: options.restartEvery } : {}),
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
      ...(options.fatal !== undefined ? { fatal: options.fatal } : {}),
      onEvent: (event) => {
        progress.event(event);
        if (event.kind === 'done' && event.result.status === 'ok') {
          const item = byId.get(event.result.id)!;
          const before = manifest.entries[item.id];
          const out = event.result.value;
          for (const old of before?.files ?? []) if (!out.files.includes(old)) rmSync(join(dir, old), { force: true });
          const meta = { ...out.meta, ...item.meta };
          manifest.entries[item.id] = { hash: item.hash, files: out.files, ...(Object.keys(meta).length > 0 ? { meta } : {}) };
          dirty = true;
          if (performance.now() - savedAt > (options.saveEveryMs ?? 2_000)) save();
        }
        options.onEvent?.(event);
      },
    },
  );
  progress.stop();
  save();

  const results = new Map(summary.results.map((r) => [r.id, r]));
  const statuses: ItemStatus[] = items.map((item) => {
    const r = results.get(item.id);
    const entry = manifest.entries[item.id];
    if (r === undefined) return { id: item.id, status: 'unchanged', entry: entry! };
    if (r.status === 'ok') return { id: item.id, status: 'rendered', attempts: r.attempts, ms: r.ms, entry: entry! };
    if (r.status === 'stopped') return { id: item.id, status: 'stopped', ...(entry ? { previous: entry } : {}) };
    return { id: item.id, status: 'failed', attempts: r.attempts, reason: r.reason, code: r.code, ...(entry ? { previous: entry } : {}) };
  });
  return {
    items: statuses,
    rendered: summary.ok,
    unchanged: items.length - stale.length,
    failed: summary.failed,
    stopped: summary.stopped,
    launches: summary.launches,
    restarts: summary.restarts,
    ...(summary.fatalError !== undefined ? { fatalError: summary.fatalError } : {}),
    manifest,
  };
}

/** Temporary files of atomic writes (`.<name>.<pid>.<random>.tmp`) left by a run that was killed (its process is gone). */
function removeLeftovers(dir: string): void {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) {
    const pid = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(f)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) rmSync(join(dir, f), { force: true });
  }
}
