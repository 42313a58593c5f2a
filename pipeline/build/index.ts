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
import { loadData } from './data.ts';
import { loadRegistry } from './registry.ts';

export interface BuildOptions {
  year?: number;
  data: string;
  out: string;
  /** Recompute every stage instead of reading cached artifacts. */
  cache?: boolean;
}

export async function runBuild(opts: BuildOptions, ctx: Context = defaultContext()): Promise<number> {
  const started = performance.now();
  const data = await loadData(opts, ctx);
  const { reportYear } = data;
  const yearDir = yearOutDir(opts.out, reportYear);
  ctx.log.info(`Report year ${reportYear}: ${data.workbooks.length} workbooks in ${opts.data}${data.synthetic ? ' (sample data)' : ''}`);

  const quality = await writeQualityReport(data.findings, join(yearDir, 'kvalitet'), { year: reportYear, now: ctx.now() });
  ctx.log.info(summariseFindings(data.findings, { files: data.workbooks.map((w) => w.file.split('/').pop()!) }));
  ctx.log.info(`Quality report: ${quality.html}`);
  if (hasErrors(data.findings)) {
    ctx.log.error('the workbooks have errors (see above and the quality report); nothing else was built');
    return 1;
  }

  const registry = await loadRegistry(data, opts, ctx);
  const tables = await exportTables(registry.artifact, { out: opts.out, created: ctx.now() });
  ctx.log.info(`Tables: ${tables.file}; CSV: ${tables.csvDir}`);

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
    writeFileAtomic(keyFile, key);
  }

  // Fact sheets for every unit (only those whose inputs changed), the fylke statistics packages and the index.
  const sheets = await runFactsheets({ ...opts, year: reportYear, buildData: data }, ctx);

  ctx.log.info(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return sheets.exitCode;
}

export function defaultContext(): Context {
  return { log: consoleLogger, now: () => new Date(), root: PROJECT_ROOT };
}
