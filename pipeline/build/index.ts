// The build: every stage in the order it runs. Each stage (pipeline/<stage>/stage.ts) is keyed by its code's
// import closure and its inputs (pipeline/stage); its artifact is cached under <out>/.cache/<stage>/, and the
// outputs go where the output layout (pipeline/layout.ts) puts them.
//
//   inputs → ingest → validate → panel → quality report ─(errors: stop)→ registry → charts
//          → export (tabeller) → report → fact sheets → statistikkpakke (with the fact sheets) → web edition
//
// A stop (SIGINT, SIGTERM, SIGHUP: pipeline/util/stop.ts) is honoured between stages, and by the fact-sheet
// batch between sheets; the build then says which stages were done.
import type { Context } from '../context.ts';
import { consoleLogger } from '../context.ts';
import { exportStage } from '../export/stage.ts';
import { runFactsheets } from '../factsheets/run.ts';
import { outputLayout } from '../layout.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { loadProject, withOverrides, type ProjectOverrides } from '../project/index.ts';
import { DEFAULT_TEMPLATES } from '../report/html.ts';
import { reportStage } from '../report/stage.ts';
import { runStage } from '../stage/index.ts';
import { stopSignal, throwIfStopped } from '../util/stop.ts';
import { hasErrors, summariseFindings, unitComments } from '../validate/index.ts';
import { qualityStage } from '../validate/quality-stage.ts';
import { buildWeb } from '../web/index.ts';
import { ingest, panel, readInputs, stageEnv, validate } from './data.ts';
import { charts, logComputed, registry } from './registry.ts';

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
  /** Stops the build between stages and the fact-sheet batch between sheets; default: the process's (pipeline/util/stop.ts). */
  signal?: AbortSignal;
  /** The project file (default report.yaml) and the command line's overrides of it. */
  project?: string;
  overrides?: ProjectOverrides;
}

const STAGES = ['data', 'quality report', 'registry and charts', 'tables', 'report', 'fact sheets', 'web edition'] as const;
type StageName = (typeof STAGES)[number];

export async function runBuild(opts: BuildOptions, ctx: Context = defaultContext()): Promise<number> {
  const signal = opts.signal ?? stopSignal;
  const done: StageName[] = [];
  /** Marks a stage done and stops here when a stop was asked for. */
  const finished = (stage: StageName): void => {
    done.push(stage);
    throwIfStopped(signal);
  };
  try {
    return await buildStages(opts, ctx, signal, finished);
  } catch (err) {
    if (!signal.aborted) throw err;
    const left = STAGES.filter((s) => !done.includes(s));
    ctx.log.warn(`Build stopped by ${String(signal.reason)}: done: ${done.join(', ') || 'nothing'}; not done: ${left.join(', ')}`);
    return 1;
  }
}

async function buildStages(opts: BuildOptions, ctx: Context, signal: AbortSignal, finished: (stage: StageName) => void): Promise<number> {
  const started = performance.now();
  const env = stageEnv(opts);
  // Title, authors, chapters and which outputs to build (report.yaml); the command line overrides it.
  const project = withOverrides(loadProject(opts.project), opts.overrides ?? {});
  const builds = (output: (typeof project.outputs)[number]): boolean => project.outputs.includes(output);
  const skipped = (what: string): void => ctx.log.info(`${what}: not built (not among the outputs of the project file)`);

  const inputs = readInputs(opts);
  const layout = outputLayout(opts.out).year(inputs.reportYear);
  const files = inputs.workbooks.map((w) => w.file.split(/[\\/]/).pop()!);
  ctx.log.info(`Report year ${inputs.reportYear}: ${files.length} workbooks in ${opts.data}`);

  const ingested = await ingest(inputs, env, ctx);
  const findings = await validate(inputs, ingested, env);
  const data = await panel(inputs, ingested, findings, env, ctx);
  if (data.synthetic) ctx.log.info('The workbooks are sample data: every output says so.');
  finished('data');

  const comments = unitComments(data.panel.answers, data.codebookOf);
  await runStage(qualityStage, { findings, findingsKey: data.keys.findings, comments, year: data.reportYear, files: layout.quality, now: ctx.now() }, env);
  ctx.log.info(summariseFindings(findings, { files }));
  ctx.log.info(`Quality report: ${layout.quality.html}`);
  if (hasErrors(findings)) {
    ctx.log.error('the workbooks have errors (see above and the quality report); nothing else was built');
    return 1;
  }
  finished('quality report');

  const computeStarted = performance.now();
  const computed = await registry(data, env);
  const withCharts = await charts(computed, env);
  if (!computed.hit) logComputed(computed.value, computeStarted, ctx);
  finished('registry and charts');

  if (builds('tables')) {
    const tables = await runStage(exportStage, { registry: computed.value, registryKey: computed.key, files: layout.tables, created: ctx.now() }, env);
    ctx.log.info(`Tables: ${layout.tables.xlsx}; CSV: ${layout.tables.csvDir}${tables.hit ? ' (up to date)' : ''}`);
  } else skipped('Tables');
  finished('tables');

  if (builds('report')) {
    const report = await runStage(reportStage, { data, registry: withCharts, project, files: layout.report, templates: opts.reportTemplates ?? DEFAULT_TEMPLATES, ctx }, env);
    if (report.hit) ctx.log.info(`Report: up to date (${layout.report.pdf})`);
  } else skipped('Report');
  finished('report');

  // Fact sheets for every unit (only those whose inputs changed), the fylke statistics packages and the index.
  if (!builds('factsheets')) skipped('Fact sheets');
  const sheets = builds('factsheets')
    ? await runFactsheets(
        { data: opts.data, out: opts.out, year: data.reportYear, buildData: data, registry: computed.value, signal, author: project.institution, ...(opts.cache === false ? { cache: false } : {}), ...(opts.units ? { units: opts.units } : {}) },
        ctx,
      )
    : { exitCode: 0, rendered: 0, stopped: 0 };
  if (signal.aborted) {
    ctx.log.warn(`Build stopped by ${String(signal.reason)}: the fact sheets stopped after ${sheets.rendered} (${sheets.stopped} not made); not done: the statistikkpakke, the web edition`);
    return 1;
  }
  finished('fact sheets');

  // The web edition: chapter pages, a page per unit (only those whose inputs changed), downloads.
  const web = builds('web') ? await buildWeb({ data, registry: withCharts, project, out: opts.out, now: ctx.now(), log: ctx.log, force: opts.cache === false }) : (skipped('Web edition'), { exitCode: 0 });
  finished('web edition');

  ctx.log.info(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return Math.max(sheets.exitCode, web.exitCode);
}

export function defaultContext(): Context {
  return { log: consoleLogger, now: () => new Date(), root: PROJECT_ROOT };
}
