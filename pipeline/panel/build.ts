// buildPanel: yearly extracts (each in its own kommune structure) → one harmonised, imputed Panel in the
// report year's structure. Pure and deterministic (rows by year, then unit code).
//   1. per year: the units that reported and their values (impute/reported.ts)
//   2. per year, in its own structure: carry forward or estimate the others (impute/impute-year.ts)
//   3. per year: harmonise values and flags to the report year's structure (impute/combine.ts)
//   4. join population and size group per row; UnitInfo per report-year unit (population/)
import { codebookForYear, type CodebookFile, type YearCodebook } from '../codebook/index.ts';
import type { Logger } from '../context.ts';
import { crosswalkCache } from '../harmonise/index.ts';
import { imputeYear, reportedYear, toStructure, type ImputedYear, type ReportedYear } from '../impute/index.ts';
import { populationOnBorders, sizeGroupFor, unitInfos } from '../population/index.ts';
import type { Reference } from '../reference/index.ts';
import { GROUPS, type AnswerRow, type Panel, type PanelRow, type Year, type YearExtract } from '../types.ts';
import { PipelineError } from '../errors.ts';

export interface PanelOptions {
  reportYear: Year;
  reference: Reference;
  /** The codebook, or the codebook of each year when years have their own files. */
  codebook: CodebookFile | ((year: Year) => CodebookFile);
  /** Warnings (e.g. units in an extract that are not units of its year, left out). */
  log?: Pick<Logger, 'warn'>;
}

export class PanelError extends PipelineError {
  constructor(code: 'panel.no-report-year' | 'panel.duplicate-year', message: string) {
    super(code, message);
  }
}

export function buildPanel(extracts: readonly YearExtract[], opts: PanelOptions): Panel {
  const { reportYear: R, reference: ref } = opts;
  const codebookOf = (year: Year): YearCodebook =>
    codebookForYear(typeof opts.codebook === 'function' ? opts.codebook(year) : opts.codebook, year);

  const used = extracts.filter((e) => e.year <= R).sort((a, b) => a.year - b.year);
  for (let i = 1; i < used.length; i++) {
    if (used[i]!.year === used[i - 1]!.year) throw new PanelError('panel.duplicate-year', `two extracts for ${used[i]!.year}: ${used[i - 1]!.file} and ${used[i]!.file}`);
  }
  if (!used.some((e) => e.year === R)) throw new PanelError('panel.no-report-year', `no extract for the report year ${R}`);

  // 1. What each year reported, in its own structure.
  const reported: ReportedYear[] = used.map((extract) => {
    const sel = reportedYear(extract, codebookOf(extract.year), ref);
    if (sel.notUnits.length) {
      opts.log?.warn(`${extract.year}: left out ${sel.notUnits.length} code(s) that are not units that year: ${sel.notUnits.join(', ')}`);
    }
    return sel.year;
  });

  // 2. Each year completed in its own structure.
  const crosswalks = crosswalkCache(ref);
  const imputed: ImputedYear[] = reported.map((y) => imputeYear(y, reported, ref, crosswalks));

  // 3–4. Harmonised to the report year, with population and size group.
  const units = unitInfos(ref, R);
  const rows: PanelRow[] = [];
  for (const year of imputed) {
    const cw = crosswalks(year.year, R);
    const { values, flags } = toStructure(year, cw);
    const population = populationOnBorders(ref, year.year, R, cw);
    for (const unit of units) {
      const v = values.get(unit.code) ?? {};
      const rowValues = Object.fromEntries(year.variables.map((x) => [x.code, v[x.code] ?? 0]));
      const total = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<'V' | 'B', number>;
      for (const x of year.variables) if (x.kind === 'tiltak') total[x.group] += rowValues[x.code]!;
      const pop = population.get(unit.code);
      const flag = flags.get(unit.code);
      if (!pop || !flag) throw new Error(`internal: ${unit.code} ${year.year} lacks ${pop ? 'a flag' : 'a population'}`);
      rows.push({ year: year.year, code: unit.code, scheme: year.scheme, values: rowValues, total, population: pop, sizeGroup: sizeGroupFor(unit.code, pop.total), imputation: flag });
    }
  }

  // Survey answers stay in each year's own units.
  const answers: AnswerRow[] = [];
  for (const extract of used) {
    const valid = new Set(reported.find((r) => r.year === extract.year)!.units);
    const byCode = [...extract.units].filter((u) => valid.has(u.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
    for (const u of byCode) {
      if (Object.values(u.answers).some((a) => a !== null)) answers.push({ year: extract.year, code: u.code, answers: { ...u.answers } });
    }
  }

  const synthetic = used.some((e) => e.synthetic === true);
  return {
    reportYear: R,
    years: used.map((e) => e.year),
    units,
    rows,
    answers,
    imputationCounts: imputed.map((y) => y.counts),
    ...(synthetic ? { synthetic } : {}),
  };
}
