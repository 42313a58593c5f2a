// The sample data for the fact-sheet content tests, through the cached data stages (output/.cache/), and a
// few independent helpers: they read the panel and the reference data directly, never pipeline/factsheets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../../pipeline/build/data.ts';
import type { BuildData } from '../../pipeline/types.ts';
import { memoryLogger } from '../../pipeline/context.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';
import type { Group, PanelRow, PopulationCount } from '../../pipeline/types.ts';

let cached: Promise<BuildData> | undefined;
export function contentData(): Promise<BuildData> {
  cached ??= loadData(
    { data: DEFAULT_PATHS.data, out: DEFAULT_PATHS.out },
    { log: memoryLogger(), now: () => new Date('2025-03-01T12:00:00Z'), root: PROJECT_ROOT },
  );
  return cached;
}

export const isBydelCode = (code: string): boolean => /^0301\d\d$/.test(code);

/** A reference CSV read on its own: first column (the code) → third column (the målform). */
function codeToMalform(name: string): Map<string, string> {
  const lines = readFileSync(join(DEFAULT_PATHS.reference, name), 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((l) => l.split(',')).map((f) => [f[0]!, f[2]!]));
}

/** malform.csv: kommunenummer → malform. */
export const malformCsv = (): Map<string, string> => codeToMalform('malform.csv');
/** fylke-malform.csv: fylkesnummer → malform. */
export const fylkeMalformCsv = (): Map<string, string> => codeToMalform('fylke-malform.csv');

export function rowsOf(data: BuildData, year: number, pick: (r: PanelRow) => boolean): PanelRow[] {
  return data.panel.rows.filter((r) => r.year === year && pick(r));
}

export function total(rows: PanelRow[], g: Group): number {
  return rows.reduce((a, r) => a + r.total[g], 0);
}

export function pop(rows: PanelRow[]): PopulationCount {
  return rows.reduce((a, r) => ({ total: a.total + r.population.total, age0_17: a.age0_17 + r.population.age0_17, age18plus: a.age18plus + r.population.age18plus }), {
    total: 0,
    age0_17: 0,
    age18plus: 0,
  });
}

/** Årsverk per 10 000 in the target group, computed here from scratch. */
export function rate(arsverk: number, p: PopulationCount, g: Group): number {
  return (arsverk / (g === 'V' ? p.age18plus : p.age0_17)) * 10000;
}

export function refPop(data: BuildData, year: number, code: string): PopulationCount {
  const p = data.reference.population.get(year)?.get(code);
  if (!p) throw new Error(`no population for ${code} in ${year}`);
  return p;
}
