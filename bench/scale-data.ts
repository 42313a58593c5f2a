// Synthetic scale for `npm run bench -- --only scale`: the year's data with every kommune (Oslo and its bydeler
// aside) replicated `factor − 1` times under new unit codes in the same fylke, as if the country had `factor`
// times the kommuner. Made in memory from the loaded data (harmonised panel, survey answers, reference entries
// the later stages look up), so the stages after the data stages — registry (tables, figures, charts), the
// Excel tables, the report's HTML and the fact-sheet batch — run on `factor` × the units with the pipeline's
// own code. A replica's code is the kommune's code and the replica number (4601 → 46012, 46013, 46014): 5
// digits, which no real unit has, and the first two still name the fylke.
import type { BuildData } from '../pipeline/build/data.ts';
import { OSLO } from '../pipeline/harmonise/index.ts';
import { hashParts } from '../pipeline/cache/hash.ts';

export function replicaCode(code: string, replica: number): string {
  return `${code}${replica}`;
}

/** `data` with `factor` × its kommuner (factor 1: `data` itself). */
export function scaleData(data: BuildData, factor: number): BuildData {
  if (factor === 1) return data;
  const copies = Array.from({ length: factor - 1 }, (_, i) => i + 2);
  const kommuner = new Set(data.panel.units.filter((u) => u.kind === 'kommune' && u.code !== OSLO).map((u) => u.code));
  /** A map with every kommune's entry copied to its replicas. */
  const widen = <V>(m: Map<string, V>): Map<string, V> => {
    const out = new Map(m);
    for (const [code, v] of m) if (kommuner.has(code)) for (const r of copies) out.set(replicaCode(code, r), v);
    return out;
  };
  const widenByYear = <V>(m: Map<number, Map<string, V>>): Map<number, Map<string, V>> => new Map([...m].map(([y, inner]) => [y, widen(inner)]));
  const ref = data.reference;
  const reference = {
    ...ref,
    kommuner: new Map([...widen(ref.kommuner)].map(([code, k]) => [code, code === k.code ? k : { ...k, code, name: `${k.name} ${code.slice(-1)}` }])),
    population: widenByYear(ref.population),
    populationHistorical: widenByYear(ref.populationHistorical),
    malform: widen(ref.malform),
    healthTrusts: widen(ref.healthTrusts),
    names: new Map([...ref.names].map(([y, inner]) => [y, new Map([...widen(inner)].map(([c, n]) => [c, kommuner.has(c) ? n : `${n} ${c.slice(-1)}`]))])),
  } as BuildData['reference'];
  const replicate = <T extends { code: string }>(rows: readonly T[], rename?: (row: T, code: string) => T): T[] => [
    ...rows,
    ...copies.flatMap((r) => rows.filter((row) => kommuner.has(row.code)).map((row) => (rename ?? ((x: T, code: string) => ({ ...x, code })))(row, replicaCode(row.code, r)))),
  ];
  const panel = {
    ...data.panel,
    units: replicate(data.panel.units, (u, code) => ({ ...u, code, name: `${u.name} ${code.slice(-1)}` })),
    rows: replicate(data.panel.rows),
    answers: replicate(data.panel.answers),
  };
  const keys = { panel: hashParts([{ value: { panel: data.keys.panel, factor } }]), findings: data.keys.findings };
  return { ...data, reference, panel, keys };
}
