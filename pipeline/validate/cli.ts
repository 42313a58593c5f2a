// `npm run validate -- FILE... [--year Y] [--out DIR]`: ingests and validates workbooks, prints a short
// summary and, with --out, writes the quality report. Builds nothing. Exit code 1 when any finding is an
// error (an unreadable file included), 2 when the codebook or reference data cannot be loaded.
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { codebookFileFor, CodebookError, loadCodebook, type CodebookFile } from '../codebook/index.ts';
import { codebookForYear, schemeForYear } from '../codebook/index.ts';
import { ingestWorkbook, yearFromFileName } from '../ingest/index.ts';
import { DEFAULT_PATHS } from '../paths.ts';
import { loadReference, type Reference } from '../reference/index.ts';
import type { Finding, YearExtract } from '../types.ts';
import { finding } from './messages.ts';
import { unitComments } from './comments.ts';
import { qualityFilesIn } from '../layout.ts';
import { writeQualityReport } from './report.ts';
import { hasErrors, summariseFindings } from './summary.ts';
import { validateExtract } from './validate.ts';

export interface ValidateCliOptions {
  files: string[];
  year?: number;
  out?: string;
  /** Where the codebooks and reference data are (defaults: the project's data/). */
  codebooks?: string;
  reference?: string;
}

export interface CliIo {
  print(line: string): void;
}

const stdoutIo: CliIo = { print: (line) => process.stdout.write(`${line}\n`) };

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function runValidate(opts: ValidateCliOptions, io: CliIo = stdoutIo): Promise<number> {
  const codebookDir = opts.codebooks ?? DEFAULT_PATHS.codebooks;
  let reference: Reference;
  try {
    reference = loadReference(opts.reference ?? DEFAULT_PATHS.reference);
  } catch (err) {
    io.print(`error: cannot load the reference data: ${describe(err)}`);
    return 2;
  }
  const codebooks = new Map<string, CodebookFile>();
  const codebookFor = (year: number): CodebookFile => {
    const path = codebookFileFor(codebookDir, year);
    let cb = codebooks.get(path);
    if (!cb) {
      cb = loadCodebook(path);
      codebooks.set(path, cb);
    }
    return cb;
  };

  // Ingest every file; years in order, so that each can be compared with the year before when given too.
  const jobs = opts.files
    .map((path) => ({ path, year: opts.year ?? yearFromFileName(path) }))
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const extracts: { extract: YearExtract; codebook?: CodebookFile }[] = [];
  const findings: Finding[] = [];
  try {
    for (const job of jobs) {
      const codebook = codebookFor(job.year ?? 0); // an unknown year gets the default codebook; ingest reports the year
      const started = performance.now();
      let extract: YearExtract;
      try {
        extract = await ingestWorkbook(job.path, { codebook, reference, ...(opts.year !== undefined ? { year: opts.year } : {}) });
      } catch (err) {
        // ingest turns bad input into findings; anything else is reported the same way, without a stack trace.
        findings.push(finding('file.unreadable', { file: basename(job.path), reason: describe(err) }, { file: basename(job.path) }));
        continue;
      }
      const seconds = (performance.now() - started) / 1000;
      io.print(`Read ${basename(job.path)} as ${extract.year || '?'}: ${extract.units.length} units in ${seconds.toFixed(2)} s`);
      extracts.push({ extract, codebook });
    }
  } catch (err) {
    // Only loading a codebook can end up here (ingest itself never throws on bad input).
    io.print(`error: ${err instanceof CodebookError ? err.message : `cannot load the codebook: ${describe(err)}`}`);
    return 2;
  }

  for (const { extract, codebook } of extracts) {
    findings.push(...extract.findings);
    if (!codebook || !schemeForYear(codebook, extract.year) || extract.units.length === 0) continue;
    const previous = extracts.find((x) => x.extract.year === extract.year - 1)?.extract;
    try {
      findings.push(
        ...validateExtract(extract, {
          yearCodebook: codebookForYear(codebook, extract.year),
          reference,
          codebook,
          ...(previous ? { previous } : {}),
        }),
      );
    } catch (err) {
      const file = basename(extract.file);
      findings.push(finding('file.unreadable', { file, reason: `validation stopped: ${describe(err)}` }, { file }));
    }
  }

  io.print(summariseFindings(findings, { files: jobs.map((j) => basename(j.path)) }));
  if (opts.out) {
    const years = [...new Set(extracts.map((x) => x.extract.year))];
    const rows = extracts.flatMap(({ extract }) => extract.units.map((u) => ({ year: extract.year, code: u.code, answers: u.answers })));
    const comments = unitComments(rows, (year) => extracts.find((x) => x.extract.year === year)?.codebook);
    const written = await writeQualityReport(findings, qualityFilesIn(opts.out), { ...(years.length === 1 ? { year: years[0]! } : {}), comments });
    io.print(`Wrote ${written.html} and ${written.xlsx}`);
  }
  return hasErrors(findings) ? 1 : 0;
}
