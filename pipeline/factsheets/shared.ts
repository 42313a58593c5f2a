// What every fact sheet of one BuildData shares, computed once: rows by unit, the comparison aggregates
// (country, fylker, size groups, Oslo as a whole) for every year — the report's own sums from pipeline/aggregate,
// so a sheet shows the same number as the report's tables —, the report year's rates of every unit,
// the answer counts of all units and the findings by report-year unit. Kept in a WeakMap keyed by the
// BuildData object, so it lives exactly as long as the data it was computed from (a cache, not state:
// the same data always gives the same values).
import type { BuildData } from '../types.ts';
import { CHECKED, codebookForYear, type QuestionVariable } from '../codebook/index.ts';
import { bySizeGroup, byFylke, nationalSum, osloSum, sumRows, type RowSum } from '../aggregate/index.ts';
import { crosswalkCache, isBydel, OSLO } from '../harmonise/index.ts';
import { osloPopulation, sizeGroupFor } from '../population/index.ts';
import type { AnswerValue, Finding, Group, PanelRow, SizeGroupId, UnitCode, UnitInfo, Year } from '../types.ts';

export const LAND = '00';

export interface FylkeInfo {
  code: string;
  name: string;
  parallelNames: string[];
}

export interface AnswerStats {
  /** Units that answered (non-blank). */
  n: number;
  /** Choice questions: answer code → units. */
  counts: Map<number, number>;
  /** Number questions: every numeric answer. */
  numbers: number[];
}

export interface MultiStats {
  answered: number;
  checked: Map<string, number>;
}

export interface Shared {
  data: BuildData;
  reportYear: Year;
  previousYear: Year | undefined;
  years: Year[];
  /** Reporting units of the report year (kommuner without Oslo, and Oslo's bydeler). */
  infos: Map<UnitCode, UnitInfo>;
  rows: Map<UnitCode, Map<Year, PanelRow>>;
  land: Map<Year, RowSum>;
  /** Oslo as a whole, in the years the panel has its bydeler. */
  oslo: Map<Year, RowSum>;
  fylke: Map<string, Map<Year, RowSum>>;
  sizeGroup: Map<SizeGroupId, Map<Year, RowSum>>;
  fylker: FylkeInfo[];
  /** Report-year units by fylke: kommune codes (Oslo as '0301'), in code order. */
  kommunerByFylke: Map<string, UnitCode[]>;
  osloSizeGroup: SizeGroupId;
  /** Report-year rate per 10 000 of every unit, of Oslo as a whole ('0301') and of every fylke. */
  rates: Map<string, Record<Group, number | undefined>>;
  answers: Map<UnitCode, Record<string, AnswerValue>>;
  answerStats: Map<string, AnswerStats>;
  /** Multi-select questions (by question code): units that checked any option, and units that checked each column. */
  multiStats: Map<string, MultiStats>;
  questions: QuestionVariable[];
  /** Warning and error findings by report-year unit code (a finding of an old code goes to its successors). */
  findings: Map<UnitCode, Finding[]>;
}

const memo = new WeakMap<BuildData, Shared>();

export function shared(data: BuildData): Shared {
  let s = memo.get(data);
  if (!s) memo.set(data, (s = compute(data)));
  return s;
}

function compute(data: BuildData): Shared {
  const { panel, reference: ref, reportYear } = data;
  const years = [...panel.years].sort((a, b) => a - b);
  const previousYear = years.includes(reportYear - 1) ? reportYear - 1 : undefined;
  const infos = new Map(panel.units.map((u) => [u.code, u]));

  const rows = new Map<UnitCode, Map<Year, PanelRow>>();
  for (const r of panel.rows) {
    let m = rows.get(r.code);
    if (!m) rows.set(r.code, (m = new Map<Year, PanelRow>()));
    m.set(r.year, r);
  }
  const land = new Map<Year, RowSum>();
  const oslo = new Map<Year, RowSum>();
  const fylke = new Map<string, Map<Year, RowSum>>();
  const sizeGroup = new Map<SizeGroupId, Map<Year, RowSum>>();
  const setIn = <K>(m: Map<K, Map<Year, RowSum>>, k: K, year: Year, v: RowSum) => {
    let inner = m.get(k);
    if (!inner) m.set(k, (inner = new Map<Year, RowSum>()));
    inner.set(year, v);
  };
  for (const year of years) {
    land.set(year, nationalSum(panel, ref, year));
    if (panel.rows.some((r) => r.year === year && isBydel(r.code))) oslo.set(year, osloSum(panel, ref, year));
    for (const f of byFylke(panel, ref, year)) setIn(fylke, f.key, year, f);
    for (const g of bySizeGroup(panel, year)) setIn(sizeGroup, g.key as SizeGroupId, year, g);
  }

  const fylkeCodes = [...new Set(panel.units.map((u) => u.fylke))].sort();
  const fylker = fylkeCodes.map((code): FylkeInfo => {
    const name = panel.units.find((u) => u.fylke === code)!.fylkeName;
    const r = ref.fylker.get(code);
    // Parallel (Sami/Kven) names from the official name, when the reference fylke is the same one.
    const parallelNames = r && r.name === name ? r.nameOfficial.split(' - ').filter((n) => n !== name) : [];
    return { code, name, parallelNames };
  });
  const kommunerByFylke = new Map<string, UnitCode[]>();
  for (const f of fylkeCodes) {
    const codes = panel.units.filter((u) => u.fylke === f && u.kind === 'kommune').map((u) => u.code);
    if (panel.units.some((u) => u.fylke === f && u.kind === 'bydel')) codes.push(OSLO);
    kommunerByFylke.set(f, codes.sort());
  }
  const osloSizeGroup = sizeGroupFor(OSLO, osloPopulation(ref, reportYear).total);

  const rates = new Map<string, Record<Group, number | undefined>>();
  for (const [code, m] of rows) {
    const r = m.get(reportYear);
    if (r) rates.set(code, sumRows([r]).per10000);
  }
  const osloNow = oslo.get(reportYear);
  if (osloNow) rates.set(OSLO, osloNow.per10000);
  for (const f of fylkeCodes) {
    const s = fylke.get(f)?.get(reportYear);
    if (s) rates.set(f, s.per10000);
  }

  const questions = codebookForYear(data.codebook, reportYear).questions.filter((q) => q.def.type !== 'text');
  const answers = new Map<UnitCode, Record<string, AnswerValue>>();
  for (const a of panel.answers) if (a.year === reportYear && infos.has(a.code)) answers.set(a.code, a.answers);
  const answerStats = new Map<string, AnswerStats>();
  for (const q of questions) {
    const st: AnswerStats = { n: 0, counts: new Map(), numbers: [] };
    for (const a of answers.values()) {
      const v = a[q.code];
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      st.n++;
      if (q.def.type === 'choice') st.counts.set(v, (st.counts.get(v) ?? 0) + 1);
      else st.numbers.push(v);
    }
    answerStats.set(q.code, st);
  }
  const multiStats = new Map<string, MultiStats>();
  for (const code of new Set(questions.filter((q) => q.kind === 'multi').map((q) => q.question))) {
    const columns = questions.filter((q) => q.question === code).map((q) => q.code);
    const st: MultiStats = { answered: 0, checked: new Map(columns.map((c) => [c, 0])) };
    for (const a of answers.values()) {
      const ticked = columns.filter((c) => a[c] === CHECKED);
      if (ticked.length > 0) st.answered++;
      for (const c of ticked) st.checked.set(c, st.checked.get(c)! + 1);
    }
    multiStats.set(code, st);
  }

  return {
    data,
    reportYear,
    previousYear,
    years,
    infos,
    rows,
    land,
    oslo,
    fylke,
    sizeGroup,
    fylker,
    kommunerByFylke,
    osloSizeGroup,
    rates,
    answers,
    answerStats,
    multiStats,
    questions,
    findings: findingsByUnit(data),
  };
}

/** Warnings and errors about a unit, under the report-year code(s) the unit's area belongs to. */
function findingsByUnit(data: BuildData): Map<UnitCode, Finding[]> {
  const cw = crosswalkCache(data.reference);
  const out = new Map<UnitCode, Finding[]>();
  const add = (code: UnitCode, f: Finding) => {
    const list = out.get(code);
    if (list) list.push(f);
    else out.set(code, [f]);
  };
  for (const f of data.findings) {
    if (f.unit === undefined || f.severity === 'info') continue;
    if (f.year !== undefined && f.year > data.reportYear) continue;
    if (f.year === undefined || f.year === data.reportYear || isBydel(f.unit)) {
      add(f.unit, f);
      continue;
    }
    let targets: UnitCode[];
    try {
      targets = (cw(f.year, data.reportYear).targets.get(f.unit) ?? []).map((p) => p.code);
    } catch {
      targets = [];
    }
    for (const t of targets.length ? targets : [f.unit]) add(t, f);
  }
  return out;
}
