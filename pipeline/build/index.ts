// The build: every stage in the order it runs. Each stage (pipeline/<stage>/stage.ts) is keyed by its code's
// import closure and its inputs (pipeline/stage); its artifact is cached under <out>/.cache/<stage>/, and the
// outputs go where the output layout (pipeline/layout.ts) puts them.
//
//   inputs → ingest → validate → panel → quality report ─(errors: stop)→ registry → charts
//          → export (tabeller) → report → fact sheets → statistikkpakke (with the fact sheets)
import type { Context } from '../context.ts';
import { consoleLogger } from '../context.ts';
import { exportStage } from '../export/stage.ts';
import { runFactsheets } from '../factsheets/run.ts';
import { outputLayout } from '../layout.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { reportStage } from '../report/stage.ts';
import { runStage } from '../stage/index.ts';
import { hasErrors, summariseFindings, unitComments } from '../validate/index.ts';
import { qualityStage } from '../validate/quality-stage.ts';
import { ingest, panel, readInputs, stageEnv, validate } from './data.ts';
import { charts, logComputed, registry } from './registry.ts';
import { DEFAULT_TEMPLATES } from '../report/html.ts';
import { buildWeb } from '../web/index.ts';

export interface BuildOptions {
  year?: number;
  data: string;
  out: string;
  /** Recompute every stage instead of reading cached artifacts. */
  cache?: boolean;
  reference?: string;
  codebooks?: string;
  /** The report's templates (default templates/report). */
  reportTemplates?: string;
  /** Fact sheets only for these units (default: every unit). */
  units?: string[];
}

export async function runBuild(opts: BuildOptions, ctx: Context = defaultContext()): Promise<number> {
  const started = performance.now();
  const env = stageEnv(opts);

  const inputs = readInputs(opts);
  const layout = outputLayout(opts.out).year(inputs.reportYear);
  const files = inputs.workbooks.map((w) => w.file.split(/[\\/]/).pop()!);
  ctx.log.info(`Report year ${inputs.reportYear}: ${files.length} workbooks in ${opts.data}`);

  const ingested = await ingest(inputs, env, ctx);
  const findings = await validate(inputs, ingested, env);
  const data = await panel(inputs, ingested, findings, env, ctx);
  if (data.synthetic) ctx.log.info('The workbooks are sample data: every output says so.');

  await runStage(qualityStage, { findings, findingsKey: data.keys.findings, comments: unitComments(data.panel.answers, data.codebookOf), year: data.reportYear, files: layout.quality, now: ctx.now() }, env);
  ctx.log.info(summariseFindings(findings, { files }));
  ctx.log.info(`Quality report: ${layout.quality.html}`);
  if (hasErrors(findings)) {
    ctx.log.error('the workbooks have errors (see above and the quality report); nothing else was built');
    return 1;
  }

  const computeStarted = performance.now();
  const computed = await registry(data, env);
  const withCharts = await charts(computed, env);
  if (!computed.hit) logComputed(computed.value, computeStarted, ctx);

  const tables = await runStage(exportStage, { registry: computed.value, registryKey: computed.key, files: layout.tables, created: ctx.now() }, env);
  ctx.log.info(`Tables: ${layout.tables.xlsx}${tables.hit ? ' (up to date)' : ''}`);

  const report = await runStage(reportStage, { data, registry: withCharts, files: layout.report, templates: opts.reportTemplates ?? DEFAULT_TEMPLATES, ctx }, env);
  if (report.hit) ctx.log.info(`Report: up to date (${layout.report.pdf})`);

  // Fact sheets for every unit (only those whose inputs changed), the fylke statistics packages and the index.
  const sheets = await runFactsheets({ data: opts.data, out: opts.out, year: data.reportYear, buildData: data, registry: computed.value, ...(opts.cache === false ? { cache: false } : {}), ...(opts.units ? { units: opts.units } : {}) }, ctx);

  // The web edition: chapter pages, a page per unit (only those whose inputs changed), downloads.
  const web = await buildWeb({ data, registry: withCharts, out: opts.out, now: ctx.now(), log: ctx.log, force: opts.cache === false });

  ctx.log.info(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return Math.max(sheets.exitCode, web.exitCode);
}

export function defaultContext(): Context {
  return { log: consoleLogger, now: () => new Date(), root: PROJECT_ROOT };
}
