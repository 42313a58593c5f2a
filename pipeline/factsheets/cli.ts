// `npm run factsheets`: turns the command's options into runFactsheets options. No logic beyond parsing.
import { consoleLogger, type Context } from '../context.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { parseShard, ShardError } from '../batch/shard.ts';
import type { FactsheetOptions } from './run.ts';
import type { Lang } from './types.ts';
import { PipelineError } from '../errors.ts';

export interface FactsheetCliOptions {
  year?: number;
  data: string;
  out: string;
  /** "4601,030101" (the option may be repeated). */
  unit?: string[];
  fylke?: string[];
  lang?: string;
  shard?: string;
  force?: boolean;
  approvedOnly?: boolean;
  review: string;
}

export class CliArgumentError extends PipelineError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

/** "4601,030101" and repeated options → ['4601', '030101']; codes are digits only. */
export function codeList(values: readonly string[] | undefined, what: string): string[] | undefined {
  if (values === undefined) return undefined;
  const codes = values.flatMap((v) => v.split(/[,\s]+/)).filter((c) => c !== '');
  const bad = codes.filter((c) => !/^\d{2,6}$/.test(c));
  if (bad.length > 0) throw new CliArgumentError('cli.bad-code', `${what} takes codes of digits, e.g. 4601,030101; not ${bad.map((b) => `"${b}"`).join(', ')}`);
  return [...new Set(codes)];
}

export function langArg(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === 'nb' || value === 'nn') return value;
  throw new CliArgumentError('cli.bad-lang', `--lang takes nb or nn, not "${value}"`);
}

export function factsheetOptions(cli: FactsheetCliOptions): FactsheetOptions {
  const units = codeList(cli.unit, '--unit');
  const fylke = codeList(cli.fylke, '--fylke');
  const lang = langArg(cli.lang);
  let shard;
  try {
    shard = cli.shard === undefined ? undefined : parseShard(cli.shard);
  } catch (err) {
    if (err instanceof ShardError) throw new CliArgumentError(err.code, err.message);
    throw err;
  }
  return {
    data: cli.data,
    out: cli.out,
    ...(cli.year !== undefined ? { year: cli.year } : {}),
    ...(units !== undefined ? { units } : {}),
    ...(fylke !== undefined ? { fylke } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(shard !== undefined ? { shard } : {}),
    ...(cli.force === true ? { force: true } : {}),
    ...(cli.approvedOnly === true ? { approvedOnly: true } : {}),
    review: cli.review,
  };
}

/** Runs the command; returns the exit code (0 ok, 1 some sheet failed, 2 bad arguments). */
export async function runFactsheetsCli(cli: FactsheetCliOptions, ctx: Context = { log: consoleLogger, now: () => new Date(), root: PROJECT_ROOT }): Promise<number> {
  let opts: FactsheetOptions;
  try {
    opts = factsheetOptions(cli);
  } catch (err) {
    if (err instanceof CliArgumentError) {
      ctx.log.error(err.message);
      return 2;
    }
    throw err;
  }
  const { runFactsheets } = await import('./run.ts');
  return (await runFactsheets(opts, ctx)).exitCode;
}

export interface MergeCliOptions {
  year?: number;
  data: string;
  out: string;
}

/** `factsheets merge DIR...`; returns the exit code (0 every unit has its sheet, 1 some have none, 2 bad folders). */
export async function runMergeCli(from: readonly string[], cli: MergeCliOptions, ctx: Context = { log: consoleLogger, now: () => new Date(), root: PROJECT_ROOT }): Promise<number> {
  const { mergeFactsheets, MergeError } = await import('./merge.ts');
  try {
    return (await mergeFactsheets({ from, data: cli.data, out: cli.out, ...(cli.year !== undefined ? { year: cli.year } : {}) }, ctx)).exitCode;
  } catch (err) {
    if (err instanceof MergeError) {
      ctx.log.error(err.message);
      return 2;
    }
    throw err;
  }
}
