// Watches the data folder, the templates and the stylesheets with chokidar and reports, debounced, what
// kind of thing changed: 'data' (a workbook) or 'templates' (a template, partial or stylesheet). Editor
// temp files, Excel lock files (~$…) and hidden files are ignored.
import * as nodePath from 'node:path';
import { basename, resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ChangeKind } from './project.ts';

export interface WatchOptions {
  data: string;
  templates: string;
  styles: readonly string[];
  /** Which files in `data` count (default: workbooks, `*.xlsx`). */
  dataFiles?: RegExp;
  /** Quiet time before a batch of changes is reported (files saved together, e.g. "save all"); default 50 ms. */
  debounceMs?: number;
  onChange(kind: ChangeKind, files: string[]): void;
  onError?(err: unknown): void;
}

export interface Watcher {
  /** Resolves when the initial scan is done (changes after it are reported). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function ignoredFile(path: string): boolean {
  const name = basename(path);
  return name.startsWith('.') || name.startsWith('~$') || name.endsWith('~') || /\.(swp|swx|tmp|crdownload)$/.test(name);
}

/**
 * True when `file` is inside the folder `dir` (at any depth), by the platform's path rules (`path.relative`:
 * separators and, on Windows, drive letters and case); `path` is injectable to test another platform's rules.
 */
export function isInside(dir: string, file: string, path: nodePath.PlatformPath = nodePath): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
}

export function watchSources(opts: WatchOptions): Watcher {
  const data = resolve(opts.data);
  const pending = new Map<ChangeKind, Set<string>>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    // Templates first: a template change re-renders everything anyway.
    for (const kind of ['templates', 'data'] as const) {
      const files = pending.get(kind);
      if (files && files.size > 0) opts.onChange(kind, [...files]);
    }
    pending.clear();
  };
  const watcher: FSWatcher = watch([data, resolve(opts.templates), ...opts.styles.map((s) => resolve(s))], {
    ignoreInitial: true,
    // A workbook is saved in several writes (Excel, exceljs): report it once its size has settled.
    awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 },
    ignored: (path: string) => ignoredFile(path),
  });
  const ready = new Promise<void>((res) => watcher.once('ready', () => res()));
  const onEvent = (path: string) => {
    const kind: ChangeKind = isInside(data, path) ? 'data' : 'templates';
    if (kind === 'data' && !(opts.dataFiles ?? /\.xlsx$/i).test(basename(path))) return;
    const set = pending.get(kind) ?? new Set<string>();
    set.add(path);
    pending.set(kind, set);
    clearTimeout(timer);
    timer = setTimeout(flush, opts.debounceMs ?? 50);
  };
  watcher.on('add', onEvent).on('change', onEvent).on('unlink', onEvent);
  watcher.on('error', (err) => opts.onError?.(err));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
