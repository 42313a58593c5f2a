// The data stages, one step each: the inputs (workbooks, reference folder, codebooks) → ingest (one artifact
// per workbook) → validate (one per year) → panel. The orchestrator (index.ts) calls them in that order;
// `loadData` is the same three steps for the commands that need only the data (fact sheets, preview, panel).
import { hashParts } from '../cache/index.ts';
import { codebookFileFor, loadCodebook, schemeForYear, type CodebookFile } from '../codebook/index.ts';
import type { Context } from '../context.ts';
import { ingestStage } from '../ingest/stage.ts';
import { outputLayout } from '../layout.ts';
import { panelStage } from '../panel/stage.ts';
import { DEFAULT_PATHS } from '../paths.ts';
import { loadReference, type Reference } from '../reference/index.ts';
import { runStage, type StageEnv } from '../stage/index.ts';
import type { BuildData, Finding, Year, YearExtract } from '../types.ts';
import { validateStage } from '../validate/stage.ts';
import { codebookFindings } from '../validate/codebook-notes.ts';
import { findWorkbooks, resolveReportYear, type YearFile } from '../years.ts';

export interface DataOptions {
  /** Report year; default the latest workbook in `data`. */
  year?: number;
  /** Folder of yearly workbooks `is248_<year>.xlsx`. */
  data: string;
  /** Output folder; artifacts go to `<out>/.cache/`. */
  out: string;
  /** Read cached artifacts (default true). They are written either way. */
  cache?: boolean;
  reference?: string;
  codebooks?: string;
}

/** What the data stages start from. */
export interface DataInputs {
  reportYear: Year;
  /** The workbooks of the report year and the years before. */
  workbooks: YearFile[];
  reference: Reference;
  /** Content hash of the reference folder. */
  referenceKey: string;
  codebookOf: (year: Year) => CodebookFile;
  codebookFileOf: (year: Year) => string;
  /** Content hash of a year's codebook file. */
  codebookKeyOf: (year: Year) => string;
}

export interface Ingested {
  extracts: YearExtract[];
  keys: Map<Year, string>;
}

/** The stage environment for an output folder. */
export function stageEnv(opts: Pick<DataOptions, 'out' | 'cache'>): StageEnv {
  return { cacheDir: outputLayout(opts.out).cache, read: opts.cache !== false };
}

/**
 * What was last read from each source, with the hash of its content: a process that loads the data again (the
 * preview, after each data change) reads the reference folder and the codebooks (YAML, tens of ms) once while
 * they are unchanged.
 */
function readWhileUnchanged<T>(read: (source: string) => T): (source: string, hash: string) => T {
  const last = new Map<string, { hash: string; value: T }>();
  return (source, hash) => {
    const hit = last.get(source);
    if (hit?.hash === hash) return hit.value;
    const value = read(source);
    last.set(source, { hash, value });
    return value;
  };
}
const readReference = readWhileUnchanged(loadReference);
const readCodebook = readWhileUnchanged(loadCodebook);

/** The workbooks, the reference data and the codebooks; the report year. */
export function readInputs(opts: DataOptions): DataInputs {
  const referenceDir = opts.reference ?? DEFAULT_PATHS.reference;
  const codebookDir = opts.codebooks ?? DEFAULT_PATHS.codebooks;
  // Hashed once here rather than in every workbook's key (the reference folder is 1,6 MB).
  const referenceKey = hashParts([{ dir: referenceDir }]);
  const reference = readReference(referenceDir, referenceKey);
  const all = findWorkbooks(opts.data);
  const reportYear = resolveReportYear(all, opts.year);
  const codebooks = new Map<string, CodebookFile>();
  const codebookFileOf = (year: Year): string => codebookFileFor(codebookDir, year);
  const codebookOf = (year: Year): CodebookFile => {
    const path = codebookFileOf(year);
    let cb = codebooks.get(path);
    if (!cb) codebooks.set(path, (cb = readCodebook(path, hashParts([{ file: path }]))));
    return cb;
  };
  const codebookKeyOf = (year: Year): string => hashParts([{ file: codebookFileOf(year) }]);
  return { reportYear, workbooks: all.filter((w) => w.year <= reportYear), reference, referenceKey, codebookOf, codebookFileOf, codebookKeyOf };
}

/** Ingest: one artifact per workbook. */
export async function ingest(inputs: DataInputs, env: StageEnv, ctx: Context): Promise<Ingested> {
  const extracts: YearExtract[] = [];
  const keys = new Map<Year, string>();
  for (const w of inputs.workbooks) {
    const started = performance.now();
    const r = await runStage(
      ingestStage,
      { file: w.file, year: w.year, codebook: inputs.codebookOf(w.year), codebookFile: inputs.codebookFileOf(w.year), reference: inputs.reference, referenceKey: inputs.referenceKey },
      env,
    );
    keys.set(w.year, r.key);
    extracts.push(r.value);
    if (!r.hit) ctx.log.info(`Read ${w.file.split(/[\\/]/).pop()}: ${r.value.units.length} units in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return { extracts, keys };
}

/** Validate each year against its codebook and the year before; the ingest findings come first. */
export async function validate(inputs: DataInputs, ingested: Ingested, env: StageEnv): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const extract of ingested.extracts) {
    findings.push(...extract.findings);
    const codebook = inputs.codebookOf(extract.year);
    if (!schemeForYear(codebook, extract.year) || extract.units.length === 0) continue;
    const previous = ingested.extracts.find((e) => e.year === extract.year - 1);
    const r = await runStage(
      validateStage,
      {
        extract,
        extractKey: ingested.keys.get(extract.year)!,
        ...(previous ? { previous: { extract: previous, key: ingested.keys.get(previous.year)! } } : {}),
        codebook,
        codebookKey: inputs.codebookKeyOf(extract.year),
        reference: inputs.reference,
        referenceKey: inputs.referenceKey,
      },
      env,
    );
    findings.push(...r.value);
  }
  // The report year's codebook: questions whose nynorsk labels fall back to bokmål (a note in the quality report).
  findings.push(...codebookFindings(inputs.codebookOf(inputs.reportYear), inputs.codebookFileOf(inputs.reportYear)));
  return findings;
}

/** The panel in the report year's structure; with the findings, what every later stage starts from. */
export async function panel(inputs: DataInputs, ingested: Ingested, findings: Finding[], env: StageEnv, ctx: Context): Promise<BuildData> {
  const r = await runStage(
    panelStage,
    {
      reportYear: inputs.reportYear,
      extracts: ingested.extracts,
      extractKeys: ingested.keys,
      reference: inputs.reference,
      referenceKey: inputs.referenceKey,
      codebookOf: inputs.codebookOf,
      codebookKeys: inputs.workbooks.map((w) => inputs.codebookKeyOf(w.year)),
      log: ctx.log,
    },
    env,
  );
  return {
    reportYear: inputs.reportYear,
    workbooks: inputs.workbooks,
    reference: inputs.reference,
    codebook: inputs.codebookOf(inputs.reportYear),
    codebookOf: inputs.codebookOf,
    findings,
    panel: r.value,
    synthetic: r.value.synthetic === true,
    keys: { panel: r.key, findings: hashParts([{ value: findings }]), codebook: inputs.codebookKeyOf(inputs.reportYear), reference: inputs.referenceKey },
  };
}

/** ingest → validate → panel, for the commands that need only the data. */
export async function loadData(opts: DataOptions, ctx: Context): Promise<BuildData> {
  const env = stageEnv(opts);
  const inputs = readInputs(opts);
  const ingested = await ingest(inputs, env, ctx);
  const findings = await validate(inputs, ingested, env);
  return panel(inputs, ingested, findings, env, ctx);
}
