// Constructed YearExtracts for the harmonise/impute/panel tests (no workbooks involved).
import { codebookForYear, loadCodebook } from '../../pipeline/codebook/index.ts';
import type { AnswerValue, SubmissionStatus, UnitReport, YearExtract } from '../../pipeline/types.ts';

export const codebook = loadCodebook('data/codebooks/is248-codebook.yaml');

export interface UnitSpec {
  code: string;
  status?: SubmissionStatus;
  /** Årsverk cells given; every other variable of the year is blank (null). */
  values?: Record<string, number | null>;
  answers?: Record<string, AnswerValue>;
}

export function unitReport(year: number, spec: UnitSpec): UnitReport {
  const yc = codebookForYear(codebook, year);
  const arsverk: Record<string, number | null> = Object.fromEntries(yc.arsverk.map((v) => [v.code, null]));
  for (const [k, v] of Object.entries(spec.values ?? {})) {
    if (!(k in arsverk)) throw new Error(`test bug: ${k} is not a ${year} variable`);
    arsverk[k] = v;
  }
  const answers: Record<string, AnswerValue> = Object.fromEntries(yc.questions.map((q) => [q.code, null]));
  Object.assign(answers, spec.answers ?? {});
  return {
    code: spec.code,
    name: `unit ${spec.code}`,
    status: spec.status ?? (spec.values ? 'levert' : 'ikke levert'),
    arsverk,
    answers,
    source: { file: `is248_${year}.xlsx`, rows: {} },
  };
}

export function makeExtract(year: number, units: UnitSpec[]): YearExtract {
  const yc = codebookForYear(codebook, year);
  return { year, file: `is248_${year}.xlsx`, scheme: yc.scheme, units: units.map((u) => unitReport(year, u)), findings: [] };
}

/** Scheme-A values with the given totals: V all in V_T03 / V_U05, B all in B_T01 / B_U06 (tiltak = utdanning). */
export function schemeA(v: number, b: number): Record<string, number> {
  return { V_T03: v, V_U05: v, B_T01: b, B_U06: b };
}

/** Scheme-B values with the given totals: V in V_T23 / V_U23, B in B_T21 / B_U23. */
export function schemeB(v: number, b: number): Record<string, number> {
  return { V_T23: v, V_U23: v, B_T21: b, B_U23: b };
}
