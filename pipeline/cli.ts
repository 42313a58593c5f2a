#!/usr/bin/env node
// Command-line entry point: parses arguments and hands over to the stage functions. No logic here.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { consoleLogger } from './context.ts';
import { DEFAULT_PATHS } from './paths.ts';
import { OutputError } from './util/atomic-write.ts';
import { EXIT, installStopHandlers, StoppedError } from './util/stop.ts';

// SIGINT, SIGTERM, SIGHUP: every command stops (no new work, browsers closed) and exits 130, 143, 129.
const stop = installStopHandlers({ log: consoleLogger });

/** Runs a command's action and sets the exit code: its own, or the signal's when stopped; 1 for an output that cannot be written. */
async function run(action: () => Promise<number>): Promise<void> {
  let code: number;
  try {
    code = await action();
  } catch (err) {
    if (err instanceof StoppedError) {
      consoleLogger.warn(`${err.message} before anything further was done`);
      code = EXIT.failure;
    } else if (err instanceof OutputError) {
      consoleLogger.error(err.message);
      code = EXIT.failure;
    } else if (stop.signal.aborted) {
      // The work under way when the signal came (e.g. a print whose browser was closed) ended with it.
      consoleLogger.warn(`stopped by ${String(stop.signal.reason)} (${err instanceof Error ? err.message : String(err)})`);
      code = EXIT.failure;
    } else throw err;
  }
  process.exitCode = stop.exitCode(code);
}

function yearArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InvalidArgumentError('a four-digit year, e.g. 2024');
  return n;
}

const program = new Command()
  .name('is248')
  .description('Builds the IS-24/8 report "Kommunalt psykisk helse- og rusarbeid" and its fact sheets')
  .showHelpAfterError()
  // Needed for `factsheets merge` to own the options after it (commander wants it on every level above).
  .enablePositionalOptions()
  // Commander's own errors (unknown option, missing argument, bad value) are bad arguments: exit code 2, as
  // the README's table of exit codes says, not commander's 1. Set before the commands, which inherit it.
  .exitOverride();

const dataOption = () => new Option('--data <dir>', 'folder of yearly workbooks is248_<year>.xlsx').default(DEFAULT_PATHS.data, 'data/raw/');
const outOption = () => new Option('--out <dir>', 'output folder; each report year gets <out>/<year>/').default(DEFAULT_PATHS.out, 'output/');
const reviewOption = () =>
  new Option('--review <dir>', 'folder of the review state (approvals) review-<year>.json; kept with the project, commit it').default(DEFAULT_PATHS.review, 'review/');
/** The project file and the values of it the command line may override. */
const projectOptions = (cmd: Command): Command =>
  cmd
    .option('--project <file>', 'project file: title, authors, chapters, outputs (default: report.yaml)')
    .option('--title <text>', "the report's title instead of the project file's ({year} = the report year)")
    .option('--subtitle <text>', "the report's subtitle instead of the project file's")
    .option('--date <yyyy-mm-dd>', 'publication date instead of the project file\'s (default: today)');
interface ProjectCliOptions {
  project?: string;
  title?: string;
  subtitle?: string;
  date?: string;
}
const projectArgs = (o: ProjectCliOptions) => ({
  ...(o.project !== undefined ? { project: o.project } : {}),
  overrides: { ...(o.title !== undefined ? { title: o.title } : {}), ...(o.subtitle !== undefined ? { subtitle: o.subtitle } : {}), ...(o.date !== undefined ? { date: o.date } : {}) },
});

const yearOption = () => new Option('--year <year>', 'report year (default: the latest workbook in --data)').argParser(yearArg);

projectOptions(program
  .command('build', { isDefault: true })
  .description('build everything for the report year: data stages, tables, charts, report, fact sheets')
  .addOption(yearOption())
  .addOption(dataOption())
  .addOption(outOption())
  .option('--no-cache', 'recompute every stage instead of reading cached artifacts in <out>/.cache')
  .option('--unit <codes...>', 'fact sheets only for these units, e.g. 4601,030101 (the report and the tables are built in full)'))
  .action(async (opts: { year?: number; data: string; out: string; cache: boolean; unit?: string[] } & ProjectCliOptions) => {
    const [{ runBuild }, { codeList }] = await Promise.all([import('./build/index.ts'), import('./factsheets/cli.ts')]);
    const units = codeList(opts.unit, '--unit');
    await run(() => runBuild({ year: opts.year, data: opts.data, out: opts.out, cache: opts.cache, ...(units ? { units } : {}), ...projectArgs(opts) }));
  });

program
  .command('sample-data')
  .description('generate the synthetic sample workbooks (seeded, deterministic) into --out')
  .option('--seed <n>', 'random seed', (v) => Number(v), 248)
  .addOption(new Option('--out <dir>', 'where to write is248_<year>.xlsx').default(DEFAULT_PATHS.data, 'data/raw/'))
  .action(async (opts: { seed: number; out: string }) => {
    const { runSampleData } = await import('./sample-data/index.ts');
    await run(() => runSampleData(opts));
  });

program
  .command('validate')
  .description('check yearly workbooks against the codebook and print the findings; builds nothing')
  .argument('<files...>', 'workbooks to check (is248_<year>.xlsx; --year when the name has no year)')
  .addOption(yearOption())
  .option('--out <dir>', 'also write the findings as HTML and xlsx to this folder')
  .action(async (files: string[], opts: { year?: number; out?: string }) => {
    const { runValidate } = await import('./validate/cli.ts');
    await run(() => runValidate({ files, ...opts }));
  });

program
  .command('panel')
  .description('show the harmonised, imputed panel for one unit (or the national sums) without opening code')
  .addOption(yearOption())
  .addOption(dataOption())
  .option('--unit <code>', 'kommune or bydel code, e.g. 4601 or 030101 (default: national sums)')
  .option('--json', 'print the rows as JSON')
  .addOption(outOption())
  .action(async (opts: { year?: number; data: string; unit?: string; json?: boolean; out: string }) => {
    const { runPanel } = await import('./panel/cli.ts');
    await run(() => runPanel(opts));
  });

projectOptions(program
  .command('preview')
  .description('local server showing the report, fact sheets, findings and tables as they print; live reload, review, PDF')
  .addOption(yearOption())
  .addOption(dataOption())
  .addOption(outOption())
  .addOption(new Option('--templates <dir>', 'templates folder').default(DEFAULT_PATHS.templates, 'templates/'))
  .addOption(reviewOption())
  .option('--host <host>', 'address to listen on (other than loopback: reachable from other machines)', '127.0.0.1')
  .option('--port <n>', 'port (0: any free port)', (v) => Number(v), 4248))
  .action(async (opts: { year?: number; data: string; out: string; templates: string; review: string; host: string; port: number } & ProjectCliOptions) => {
    const { runPreview } = await import('./preview/index.ts');
    const { project, title, subtitle, date, ...rest } = opts;
    await run(() => runPreview({ ...rest, ...projectArgs({ project, title, subtitle, date }) }));
  });

const factsheets = program
  .command('factsheets')
  // `factsheets merge … --out DIR`: options after `merge` are merge's own, not the batch's.
  .enablePositionalOptions()
  .description('render a fact sheet (PDF and HTML) for every kommune, bydel, fylke and the country; only what changed')
  .addOption(yearOption())
  .addOption(dataOption())
  .addOption(outOption())
  .option('--unit <codes...>', 'only these units, e.g. 4601,030101')
  .option('--fylke <codes...>', 'only the units of these fylker (and the fylker), e.g. 46')
  .addOption(new Option('--lang <lang>', 'every sheet in this written standard instead of the unit\'s own').choices(['nb', 'nn']))
  .option('--shard <i/n>', 'render a fixed 1/n share of the units (i = 1..n), to split a batch between CI runners')
  .option('--force', 'render every selected sheet, also those that are up to date')
  .option('--approved-only', 'only sheets a reviewer approved (in the --review folder); earlier sheets of the other units are removed')
  .addOption(reviewOption())
  .action(async (opts: { year?: number; data: string; out: string; unit?: string[]; fylke?: string[]; lang?: string; shard?: string; force?: boolean; approvedOnly?: boolean; review: string }) => {
    const { runFactsheetsCli } = await import('./factsheets/cli.ts');
    await run(() => runFactsheetsCli(opts));
  });

factsheets
  .command('merge')
  .description('combine the outputs of --shard runs: copy every shard\'s sheets and statistikkpakke into --out and write one complete index')
  .argument('<dirs...>', 'the output folders (--out) of the shard runs')
  .addOption(yearOption())
  .addOption(dataOption())
  .addOption(new Option('--out <dir>', 'the folder to merge into (may be one of the shard folders)').default(DEFAULT_PATHS.out, 'output/'))
  .action(async (dirs: string[], opts: { year?: number; data: string; out: string }) => {
    const { runMergeCli } = await import('./factsheets/cli.ts');
    await run(() => runMergeCli(dirs, opts));
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Commander has printed its message (or the help, or the version: exit code 0).
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    const { EXIT_BAD_INPUT, inputErrorMessage } = await import('./cli-errors.ts');
    const message = inputErrorMessage(err);
    if (message === undefined) throw err;
    console.error(`error: ${message}`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}
