// `npm start -- panel [--year Y] [--data DIR] [--unit CODE] [--json]`: ingests the yearly workbooks, builds
// the harmonised, imputed panel and prints one unit's years (or Oslo as a whole for 0301, or the national
// sums). Exit code 1 for an unknown unit or data the panel cannot be built from; 2 when the reference data or
// codebook cannot be loaded.
import { crosswalk, isBydel, OSLO, reportingUnits, HarmoniseError } from '../harmonise/index.ts';
import { ImputeError } from '../impute/index.ts';
import { loadData } from '../build/data.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../paths.ts';
import { PopulationError } from '../population/index.ts';
import { loadReference, type Reference } from '../reference/index.ts';
import type { Panel, UnitCode, Year } from '../types.ts';
import { findWorkbooks, resolveReportYear } from '../years.ts';
import { PanelError } from './build.ts';
import { describeAggregate, describeUnit } from './describe.ts';
import { nationalTotals, osloAsWhole, rowsByUnit } from './helpers.ts';

export interface PanelCliOptions {
  year?: number;
  data: string;
  unit?: string;
  json?: boolean;
  /** Output folder whose .cache/ holds the stage artifacts (default output/). */
  out?: string;
  /** Defaults: the project's data/reference and data/codebooks. */
  reference?: string;
  codebooks?: string;
}

export interface PanelIo {
  out(line: string): void;
  err(line: string): void;
}

const stdIo: PanelIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

const describeError = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Accepts codes that lost their leading zero (`301` → `0301`, `30101` → `030101`). */
export function normaliseUnitCode(raw: string): string {
  const s = raw.trim();
  if (/^\d{3}$/.test(s)) return `0${s}`;
  if (/^\d{5}$/.test(s)) return `0${s}`;
  return s;
}

/** Why a code is not a unit of the report year, with a hint when it is a code of an earlier year. */
function unknownUnitMessage(ref: Reference, code: UnitCode, reportYear: Year): string {
  const base = `Unknown unit ${code}: not a kommune or Oslo bydel in the ${reportYear} structure`;
  const years = [...ref.names.keys()].filter((y) => y < reportYear && ref.names.get(y)?.has(code)).sort((a, b) => a - b);
  const last = years[years.length - 1];
  if (last === undefined) return `${base}.`;
  const parts = crosswalk(ref, last, reportYear).targets.get(code) ?? [];
  const names = ref.names.get(reportYear);
  const to = parts.map((p) => `${p.code} ${names?.get(p.code) ?? ref.kommuner.get(p.code)?.name ?? ''}`.trim()).join(', ');
  return `${base}. ${code} ${ref.names.get(last)!.get(code)} was a kommune until ${last}; in ${reportYear} its area is in ${to}.`;
}

export async function runPanel(opts: PanelCliOptions, io: PanelIo = stdIo): Promise<number> {
  let reference: Reference;
  try {
    reference = loadReference(opts.reference ?? DEFAULT_PATHS.reference);
  } catch (err) {
    io.err(`error: cannot load the reference data: ${describeError(err)}`);
    return 2;
  }
  let reportYear: Year;
  let files: { year: number; file: string }[];
  try {
    files = findWorkbooks(opts.data);
    reportYear = resolveReportYear(files, opts.year);
  } catch (err) {
    io.err(`error: ${describeError(err)}`);
    return 1;
  }

  const unit = opts.unit === undefined ? undefined : normaliseUnitCode(opts.unit);
  if (unit !== undefined && unit !== OSLO) {
    let known: boolean;
    try {
      known = reportingUnits(reference, reportYear).includes(unit);
    } catch (err) {
      io.err(`error: ${describeError(err)}`);
      return 1;
    }
    if (!known) {
      io.err(unknownUnitMessage(reference, unit, reportYear));
      return 1;
    }
  }

  // The cached data stages (ingest → validate → panel): a rerun reads the artifacts in <out>/.cache/.
  let panel: Panel;
  try {
    const log = { info: (m: string) => io.err(m), warn: (m: string) => io.err(`warning: ${m}`), error: (m: string) => io.err(`error: ${m}`) };
    const data = await loadData(
      {
        year: reportYear,
        data: opts.data,
        out: opts.out ?? DEFAULT_PATHS.out,
        ...(opts.reference ? { reference: opts.reference } : {}),
        ...(opts.codebooks ? { codebooks: opts.codebooks } : {}),
      },
      { log, now: () => new Date(), root: PROJECT_ROOT },
    );
    const errors = data.findings.filter((x) => x.severity === 'error').length;
    if (errors) io.err(`${errors} ingest/validation error(s): run \`npm run validate\` for details`);
    panel = data.panel;
  } catch (err) {
    const known = err instanceof PanelError || err instanceof HarmoniseError || err instanceof ImputeError || err instanceof PopulationError;
    const code = known ? `${(err as { code: string }).code}: ` : '';
    io.err(`error: cannot build the panel: ${code}${describeError(err)}`);
    return known ? 1 : 2;
  }

  if (unit === undefined) {
    const national = nationalTotals(panel, reference);
    if (opts.json) io.out(JSON.stringify({ reportYear, national, imputationCounts: panel.imputationCounts }, null, 2));
    else {
      const lines = describeAggregate(
        `National sums, ${reportYear} structure (all kommuner and Oslo bydeler; rates on the national population; units counted in each year's own structure)`,
        national,
        panel.imputationCounts,
      );
      lines.forEach((l) => io.out(l));
    }
    return 0;
  }
  if (unit === OSLO) {
    const oslo = osloAsWhole(panel, reference);
    if (opts.json) io.out(JSON.stringify({ reportYear, unit: OSLO, oslo }, null, 2));
    else describeAggregate(`0301 Oslo as a whole: sum of its ${panel.units.filter((u) => isBydel(u.code)).length} bydeler; rates on Oslo kommune's population (incl. Sentrum, Marka, no bydel); counts are bydeler`, oslo).forEach((l) => io.out(l));
    return 0;
  }
  const info = panel.units.find((u) => u.code === unit)!;
  const rows = rowsByUnit(panel).get(unit) ?? [];
  if (opts.json) io.out(JSON.stringify({ reportYear, unit: info, rows }, null, 2));
  else describeUnit(info, rows).forEach((l) => io.out(l));
  return 0;
}
