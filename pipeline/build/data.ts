// The data stages as one call: ingest every yearly workbook → validate each against its codebook (and the
// year before) → build the harmonised, imputed panel. Each step's artifact is cached as JSON under
// <out>/.cache/ keyed by its inputs and its code, so the report, the fact sheets and the preview server all
// start from the same artifacts and an unchanged rerun reads them instead of recomputing.
import { basename, join } from 'node:path';
import { cachedStage, hashParts, type KeyPart, type StageCache } from '../cache/index.ts';
import { codebookFileFor, codebookForYear, loadCodebook, schemeForYear, type CodebookFile } from '../codebook/index.ts';
import type { Context } from '../context.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../paths.ts';
import { loadReference, type Reference } from '../reference/index.ts';
import type { Finding, Panel, Year, YearExtract } from '../types.ts';
import { finding } from '../validate/messages.ts';
import { codebookFindings } from '../validate/codebook-notes.ts';
import { validateExtract } from '../validate/validate.ts';
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

/** Everything later stages start from. */
export interface BuildData {
  reportYear: Year;
  workbooks: YearFile[];
  reference: Reference;
  /** The report year's codebook file. */
  codebook: CodebookFile;
  codebookOf(year: Year): CodebookFile;
  /** Ingest and validation findings of every year used (errors included). */
  findings: Finding[];
  panel: Panel;
  /** True when the data is sample (synthetic) data: every output must say so. */
  synthetic: boolean;
  /** Content keys of the artifacts, for incremental downstream stages. */
  keys: { panel: string; findings: string };
}

const code = (...dirs: string[]): KeyPart[] => dirs.map((d) => ({ dir: join(PROJECT_ROOT, 'pipeline', d), ext: ['.ts'] }));

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

export async function loadData(opts: DataOptions, ctx: Context): Promise<BuildData> {
  const referenceDir = opts.reference ?? DEFAULT_PATHS.reference;
  const codebookDir = opts.codebooks ?? DEFAULT_PATHS.codebooks;
  // Hashed once here rather than in every workbook's key (the reference folder is 1,6 MB).
  const referenceHash = hashParts([{ dir: referenceDir }]);
  const reference = readReference(referenceDir, referenceHash);
  const workbooks = findWorkbooks(opts.data);
  const reportYear = resolveReportYear(workbooks, opts.year);
  const used = workbooks.filter((w) => w.year <= reportYear);
  const cache: StageCache = { dir: join(opts.out, '.cache'), read: opts.cache !== false };

  const codebooks = new Map<string, CodebookFile>();
  const codebookOf = (year: Year): CodebookFile => {
    const path = codebookFileFor(codebookDir, year);
    let cb = codebooks.get(path);
    if (!cb) codebooks.set(path, (cb = readCodebook(path, hashParts([{ file: path }]))));
    return cb;
  };
  const referenceKey: KeyPart = { value: referenceHash };
  const ingestCode: KeyPart = { value: hashParts(code('ingest', 'codebook', 'reference')) };
  const codebookKey = (year: Year): KeyPart => ({ file: codebookFileFor(codebookDir, year) });

  // 1. Ingest, one artifact per workbook.
  const extracts: YearExtract[] = [];
  const extractKeys = new Map<Year, string>();
  for (const w of used) {
    const started = performance.now();
    const r = await cachedStage(cache, 'ingest', basename(w.file, '.xlsx'), [{ file: w.file }, codebookKey(w.year), referenceKey, ingestCode], () =>
      // Loaded on demand: exceljs is slow to import, and a cached rerun never needs it.
      import('../ingest/index.ts').then(({ ingestWorkbook }) => ingestWorkbook(w.file, { codebook: codebookOf(w.year), reference, year: w.year })),
    );
    extractKeys.set(w.year, r.key);
    extracts.push(r.value);
    if (!r.hit) ctx.log.info(`Read ${basename(w.file)}: ${r.value.units.length} units in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  // 2. Validate each year against its codebook and the year before.
  const findings: Finding[] = [];
  for (const extract of extracts) {
    findings.push(...extract.findings);
    const cb = codebookOf(extract.year);
    if (!schemeForYear(cb, extract.year) || extract.units.length === 0) continue;
    const previous = extracts.find((e) => e.year === extract.year - 1);
    const parts: KeyPart[] = [
      { value: extractKeys.get(extract.year) },
      { value: previous ? extractKeys.get(previous.year) : null },
      ...code('validate'),
    ];
    const r = await cachedStage(cache, 'validate', basename(extract.file, '.xlsx'), parts, () => {
      try {
        return validateExtract(extract, { yearCodebook: codebookForYear(cb, extract.year), reference, codebook: cb, ...(previous ? { previous } : {}) });
      } catch (err) {
        const file = basename(extract.file);
        return [finding('file.unreadable', { file, reason: `validation stopped: ${err instanceof Error ? err.message : String(err)}` }, { file })];
      }
    });
    findings.push(...r.value);
  }

  // The report year's codebook: questions whose nynorsk labels fall back to bokmål (a note in the quality report).
  findings.push(...codebookFindings(codebookOf(reportYear), codebookFileFor(codebookDir, reportYear)));

  // 3. The panel in the report year's structure.
  const panelParts: KeyPart[] = [
    { value: reportYear },
    { value: [...extractKeys.entries()] },
    referenceKey,
    ...code('panel', 'impute', 'harmonise', 'population', 'stats'),
  ];
  const panel = await cachedStage(cache, 'panel', `panel-${reportYear}`, panelParts, async () => {
    const { buildPanel } = await import('../panel/index.ts');
    return buildPanel(extracts, { reportYear, reference, codebook: codebookOf, log: ctx.log });
  });
  const findingsKey = hashParts([{ value: findings }]);

  return {
    reportYear,
    workbooks: used,
    reference,
    codebook: codebookOf(reportYear),
    codebookOf,
    findings,
    panel: panel.value,
    synthetic: panel.value.synthetic === true,
    keys: { panel: panel.key, findings: findingsKey },
  };
}
