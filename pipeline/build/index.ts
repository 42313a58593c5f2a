// The build orchestrator: names each stage and what it produces, top to bottom.
//   data (ingest → validate → harmonise → impute → panel) → quality report
//   → registry (tables, figures) → charts → report → fact sheets → Excel export
// Each stage's artifact is cached under <out>/.cache/; outputs go to <out>/<year>/.
import { join } from 'node:path';
import { consoleLogger, type Context } from '../context.ts';
import { PROJECT_ROOT, yearOutDir } from '../paths.ts';
import { hasErrors, summariseFindings, writeQualityReport } from '../validate/index.ts';
import { existsSync, readFileSync } from 'node:fs';
import { hashParts } from '../cache/index.ts';
import { exportTables } from '../export/index.ts';
import { runFactsheets } from '../factsheets/run.ts';
import { buildReport, reportFiles } from '../report/index.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { stopSignal, throwIfStopped } from '../util/stop.ts';
import { loadData } from './data.ts';
import { loadRegistry } from './registry.ts';

export interface BuildOptions {
  year?: number;
  data: string;
  out: string;
  /** Recompute every stage instead of reading cached artifacts. */
  cache?: boolean;
  /** Stops the build between stages and the fact-sheet batch between sheets; default: the process's (pipeline/util/stop.ts). */
  signal?: AbortSignal;
}

const STAGES = ['data', 'quality report', 'tables', 'report', 'fact sheets'] as const;

export async function runBuild(opts: BuildOptions, ctx: Context = defaultContext()): Promise<number> {
  const signal = opts.signal ?? stopSignal;
  const done: (typeof STAGES)[number][] = [];
  try {
    return await buildStages(opts, ctx, signal, done);
  } catch (err) {
    if (!signal.aborted) throw err;
    const left = STAGES.filter((s) => !done.includes(s));
    ctx.log.warn(`Build stopped by ${String(signal.reason)}: done: ${done.join(', ') || 'nothing'}; not done: ${left.join(', ')}`);
    return 1;
  }
}

async function buildStages(opts: BuildOptions, ctx: Context, signal: AbortSignal, done: (typeof STAGES)[number][]): Promise<number> {
  const started = performance.now();
  const data = await loadData(opts, ctx);
  done.push('data');
  throwIfStopped(signal);
  const { reportYear } = data;
  const yearDir = yearOutDir(opts.out, reportYear);
  ctx.log.info(`Report year ${reportYear}: ${data.workbooks.length} workbooks in ${opts.data}${data.synthetic ? ' (sample data)' : ''}`);

  const quality = await writeQualityReport(data.findings, join(yearDir, 'kvalitet'), { year: reportYear, now: ctx.now() });
  ctx.log.info(summariseFindings(data.findings, { files: data.workbooks.map((w) => w.file.split('/').pop()!) }));
  ctx.log.info(`Quality report: ${quality.html}`);
  done.push('quality report');
  if (hasErrors(data.findings)) {
    ctx.log.error('the workbooks have errors (see above and the quality report); nothing else was built');
    return 1;
  }

  throwIfStopped(signal);
  const registry = await loadRegistry(data, opts, ctx);
  throwIfStopped(signal);
  const tables = await exportTables(registry.artifact, { out: opts.out, created: ctx.now() });
  ctx.log.info(`Tables: ${tables.file}`);
  done.push('tables');
  throwIfStopped(signal);

  // The report: printed again only when the registry, its templates or the code that renders it changed.
  const files = reportFiles(opts.out, reportYear);
  const keyFile = join(files.dir, '.report-key');
  const key = hashParts([
    { value: registry.key },
    { dir: join(PROJECT_ROOT, 'templates', 'report') },
    ...['report', 'print', 'fonts', 'templating', 'format'].map((d) => ({ dir: join(PROJECT_ROOT, 'pipeline', d), ext: ['.ts'] })),
  ]);
  if (opts.cache !== false && existsSync(files.pdf) && existsSync(files.html) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
    ctx.log.info(`Report: up to date (${files.pdf})`);
  } else {
    await buildReport({ data, registry, out: opts.out, log: ctx.log, now: ctx.now() });
    throwIfStopped(signal);
    writeFileAtomic(keyFile, key);
  }
  done.push('report');

  // Fact sheets for every unit (only those whose inputs changed), the fylke statistics packages and the index.
  const sheets = await runFactsheets({ ...opts, year: reportYear, buildData: data, signal }, ctx);
  if (signal.aborted) {
    ctx.log.warn(`Build stopped by ${String(signal.reason)}: done: ${done.join(', ')} and ${sheets.rendered} fact sheets; not done: ${sheets.stopped} fact sheets, the statistikkpakke`);
    return 1;
  }
  done.push('fact sheets');

  ctx.log.info(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return sheets.exitCode;
}

export function defaultContext(): Context {
  return { log: consoleLogger, now: () => new Date(), root: PROJECT_ROOT };
}
