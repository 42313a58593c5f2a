// The build orchestrator: names each stage and what it produces, top to bottom.
//   ingest → validate → harmonise → impute → compute → charts → render → print → export
import { consoleLogger, type Context } from './context.ts';
import { PROJECT_ROOT } from './paths.ts';
import { findWorkbooks, resolveReportYear } from './years.ts';

export interface BuildOptions {
  year?: number;
  data: string;
  out: string;
}

export async function runBuild(opts: BuildOptions, ctx: Context = defaultContext()): Promise<number> {
  const files = findWorkbooks(opts.data);
  const year = resolveReportYear(files, opts.year);
  ctx.log.info(`Report year ${year}: ${files.length} workbooks in ${opts.data}`);
  return 0;
}

export function defaultContext(): Context {
  return { log: consoleLogger, now: () => new Date(), root: PROJECT_ROOT };
}
