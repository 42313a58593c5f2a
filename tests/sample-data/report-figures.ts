// The report's national figures, recomputed in the tests from the written workbooks (read-workbooks.ts)
// and the reference data, independently of the generator: reported values, plus values carried forward
// from the last report for non-reporters, plus (first year) size-group median estimates.
import { codebookForYear, loadCodebook, tiltakVariables, utdanningVariables, type YearCodebook } from '../../pipeline/codebook/index.ts';
import { loadReference, sizeGroupOf } from '../../pipeline/reference/index.ts';
import type { Group, PopulationCount, SizeGroupId } from '../../pipeline/types.ts';
import type { ReadUnit, ReadYear } from './read-workbooks.ts';

export const ref = loadReference('data/reference');
const codebookFile = loadCodebook('data/codebooks/is248-codebook.yaml');
const codebooks = new Map<number, YearCodebook>();
export function codebook(year: number): YearCodebook {
  if (!codebooks.has(year)) codebooks.set(year, codebookForYear(codebookFile, year));
  return codebooks.get(year)!;
}
const variableLists = new Map<string, string[]>();
function variables(year: number, g: Group, kind: 'tiltak' | 'utdanning'): string[] {
  const key = `${year} ${g} ${kind}`;
  if (!variableLists.has(key)) {
    variableLists.set(key, (kind === 'tiltak' ? tiltakVariables : utdanningVariables)(codebook(year), g).map((v) => v.code));
  }
  return variableLists.get(key)!;
}
export const GROUPS: readonly Group[] = ['V', 'B'];

export function population(year: number, code: string): PopulationCount {
  const p = code.length === 6 ? ref.population.get(year)?.get(code) : ref.populationHistorical.get(year)?.get(code);
  if (!p) throw new Error(`no population for ${code} in ${year}`);
  return p;
}

export const targetPopulation = (p: PopulationCount, g: Group) => (g === 'V' ? p.age18plus : p.age0_17);

export function sizeGroup(year: number, code: string): SizeGroupId {
  return code.length === 6 ? 'bydel' : sizeGroupOf('kommune', population(year, code).total);
}

export const reported = (u: ReadUnit): boolean =>
  u.status !== 'ikke levert' && u.arsverk !== undefined && Object.values(u.arsverk).some((v) => v !== null);

export function sumOf(u: ReadUnit, codes: string[]): number {
  return codes.reduce((s, c) => s + (u.arsverk?.[c] ?? 0), 0);
}

export function groupTotal(year: number, u: ReadUnit, g: Group): number {
  return sumOf(u, variables(year, g, 'tiltak'));
}

export function utdanningTotal(year: number, u: ReadUnit, g: Group): number {
  return sumOf(u, variables(year, g, 'utdanning'));
}

/** The previous year's code a unit continues, when exactly one (SSB's change list; else the same code). */
export function predecessor(year: number, code: string): string | undefined {
  const rows = ref.changes.filter((c) => c.year === year && c.newCode === code);
  if (rows.length === 0) return code;
  return rows.length === 1 ? rows[0]!.oldCode : undefined;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface UnitValue {
  code: string;
  how: 'reported' | 'carried-forward' | 'estimated';
  /** Group totals (årsverk). */
  totals: Record<Group, number>;
  /** Per variable (reported or carried forward in the same scheme). */
  values?: Record<string, number>;
}

const memo = new WeakMap<Map<number, ReadYear>, Map<number, UnitValue[]>>();

/** Every unit of the year with the values the report uses for it. */
export function reportValues(data: Map<number, ReadYear>, year: number): UnitValue[] {
  if (!memo.has(data)) memo.set(data, new Map());
  const cache = memo.get(data)!;
  if (!cache.has(year)) cache.set(year, computeReportValues(data, year));
  return cache.get(year)!;
}

function computeReportValues(data: Map<number, ReadYear>, year: number): UnitValue[] {
  const y = data.get(year)!;
  const prev = data.get(year - 1);
  const reporters = [...y.units.values()].filter(reported);
  const out: UnitValue[] = [];
  const values = (u: ReadUnit) => Object.fromEntries(Object.entries(u.arsverk!).map(([k, v]) => [k, v ?? 0]));
  for (const u of y.units.values()) {
    if (reported(u)) {
      out.push({ code: u.code, how: 'reported', totals: { V: groupTotal(year, u, 'V'), B: groupTotal(year, u, 'B') }, values: values(u) });
      continue;
    }
    const from = prev ? predecessor(year, u.code) : undefined;
    const last = from ? prev?.units.get(from) : undefined;
    if (last && reported(last)) {
      const sameScheme = codebook(year).scheme === codebook(year - 1).scheme;
      out.push({
        code: u.code,
        how: 'carried-forward',
        totals: { V: groupTotal(year - 1, last, 'V'), B: groupTotal(year - 1, last, 'B') },
        ...(sameScheme ? { values: values(last) } : {}),
      });
      continue;
    }
    if (prev) throw new Error(`${year}: ${u.code} did not report and has nothing to carry forward`);
    const group = sizeGroup(year, u.code);
    const estimate = (g: Group) =>
      median(
        reporters
          .filter((r) => sizeGroup(year, r.code) === group)
          .map((r) => groupTotal(year, r, g) / targetPopulation(population(year, r.code), g)),
      ) * targetPopulation(population(year, u.code), g);
    out.push({ code: u.code, how: 'estimated', totals: { V: estimate('V'), B: estimate('B') } });
  }
  return out;
}

export function nationalTotals(data: Map<number, ReadYear>, year: number): Record<Group, number> {
  return reportValues(data, year).reduce((acc, u) => ({ V: acc.V + u.totals.V, B: acc.B + u.totals.B }), { V: 0, B: 0 });
}

/** National sum of some variables (reported + carried forward), e.g. psychologists. */
export function nationalSum(data: Map<number, ReadYear>, year: number, codes: string[]): number {
  return reportValues(data, year).reduce((s, u) => s + codes.reduce((a, c) => a + (u.values?.[c] ?? 0), 0), 0);
}
