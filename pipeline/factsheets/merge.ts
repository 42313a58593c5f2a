// `npm run factsheets -- merge DIR...`: combines the outputs of shard runs (`--shard 1/3`, `2/3`, `3/3`, each
// with its own --out) into one output folder. Each shard's fact sheets are copied with their manifest entries
// (a shard's manifest lists exactly the files it completed), the manifests are merged, and the index is written
// again from what is now there, as a run that renders nothing would: every unit with its sheet, `missing` where
// no shard made one, `outdated` where a sheet no longer matches the data or code. The statistikkpakke is made
// for every fylke (a few workbooks from the data, no browser: cheaper to make than to collect). No browser is
// started.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadData } from '../build/data.ts';
import { isStale, readManifest, writeManifest, type Manifest } from '../batch/manifest.ts';
import type { Context } from '../context.ts';
import { PipelineError } from '../errors.ts';
import { outputLayout } from '../layout.ts';
import { statistikkpakkeFile } from '../statistikkpakke/stage.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { runFactsheets, type FactsheetOptions, type FactsheetResult } from './run.ts';

export class MergeError extends PipelineError {
  constructor(code: 'merge.no-folder' | 'merge.conflict', message: string) {
    super(code, message);
  }
}

export interface MergeOptions extends Omit<FactsheetOptions, 'units' | 'fylke' | 'shard' | 'force' | 'approvedOnly' | 'indexOnly'> {
  /** The shard runs' output folders (their --out). */
  from: readonly string[];
}

export interface MergeResult extends FactsheetResult {
  /** Entries copied from the shard folders, per output folder. */
  copied: Record<string, number>;
}

/**
 * Copies the entries of `<from>/<year>/<folder>` for every `from` into `<out>/<year>/<folder>`. A unit found
 * in two shard folders must be the same sheet (same hash); else a MergeError names both folders.
 */
export function mergeFolder(from: readonly string[], target: string, opts: { required: boolean; log: Context['log'] }): number {
  const merged: Manifest = readManifest(target, opts.log);
  const sourceOf = new Map<string, string>();
  let copied = 0;
  for (const src of from) {
    if (!existsSync(src)) {
      if (opts.required) throw new MergeError('merge.no-folder', `${src} does not exist: give the output folders (--out) of the shard runs`);
      continue;
    }
    const same = resolve(src) === resolve(target);
    for (const [id, entry] of Object.entries(readManifest(src, opts.log).entries)) {
      if (isStale(entry, entry.hash, src)) {
        opts.log.warn(`${src}: the files of ${id} are incomplete; left out`);
        continue;
      }
      const earlier = sourceOf.get(id);
      if (earlier !== undefined && merged.entries[id]?.hash !== entry.hash) {
        throw new MergeError('merge.conflict', `${id} is in both ${earlier} and ${src}, with different content: merge the folders of one run`);
      }
      sourceOf.set(id, src);
      if (!same) for (const f of entry.files) writeFileAtomic(join(target, f), readFileSync(join(src, f)));
      merged.entries[id] = entry;
      copied++;
    }
  }
  writeManifest(target, merged);
  return copied;
}

export async function mergeFactsheets(opts: MergeOptions, ctx: Context): Promise<MergeResult> {
  const data = opts.buildData ?? (await loadData({ data: opts.data, out: opts.out, ...(opts.year !== undefined ? { year: opts.year } : {}), ...(opts.cache === false ? { cache: false } : {}) }, ctx));
  const year = data.reportYear;
  const layout = outputLayout(opts.out).year(year);
  const from = opts.from.map((dir) => outputLayout(dir).year(year).factsheets.dir);
  const copied = { faktaark: mergeFolder(from, layout.factsheets.dir, { required: true, log: ctx.log }) };
  ctx.log.info(`Merged ${opts.from.length} shard folder${opts.from.length === 1 ? '' : 's'} into ${layout.dir}: ${copied.faktaark} fact sheets`);

  const { from: _from, ...rest } = opts;
  const result = await runFactsheets({ ...rest, buildData: data, indexOnly: true }, ctx);
  const absent = result.sheets.filter((s) => s.status !== 'unchanged');
  if (absent.length > 0) {
    const list = absent.slice(0, 10).map((s) => `${s.unit.code} (${s.status})`).join(', ');
    ctx.log.error(`${absent.length} of ${result.sheets.length} units have no up-to-date sheet after the merge: ${list}${absent.length > 10 ? ', …' : ''}`);
  }
  const noPakke = result.sheets.filter((s) => s.unit.kind === 'fylke' && !existsSync(statistikkpakkeFile({ fylke: s.unit, dir: layout.statistikkpakke.dir }))).map((s) => s.unit.code);
  if (noPakke.length > 0) ctx.log.error(`no statistikkpakke after the merge for fylke ${noPakke.join(', ')}`);
  return { ...result, exitCode: absent.length > 0 || noPakke.length > 0 ? 1 : result.exitCode, copied };
}
