// Synthetic scale for `npm run bench -- --only scale`: the year's data with every kommune (Oslo and its bydeler
// aside) replicated `factor − 1` times under new unit codes in the same fylke, as if the country had `factor`
// times the kommuner. Made in memory from the loaded data (harmonised panel, survey answers, reference entries
// the later stages look up), so the stages after the data stages — registry (tables, figures, charts), the
// Excel tables, the report's HTML and the fact-sheet batch — run on `factor` × the units with the pipeline's
// own code. A replica's code is the kommune's code and the replica number (4601 → 46012, 46013, 46014): 5
// digits, which no real unit has.
//
// Where the replicas go matters for the fact sheets: a kommune's sheet draws the other kommuner of its fylke
// and a fylke's sheet lists them, so a sheet costs more in a fylke with more kommuner.
//   'new'   (default) each replica set forms new fylker (46 → 462, 463, 464): 4× the fylker of today's size,
//           as if there were four countries; every sheet as large as today.
//   'same'  the replicas join their kommune's fylke: fylker 4× as large, and so is what each sheet compares.
// The country's population (in 'same' also the fylke's) grows by the replicas', so the rates stay as today's.
import type { BuildData, PopulationCount } from '../pipeline/types.ts';
import { OSLO } from '../pipeline/harmonise/index.ts';
import { hashParts } from '../pipeline/cache/hash.ts';

export function replicaCode(code: string, replica: number): string {
  return `${code}${replica}`;
}

export type ReplicaFylker = 'new' | 'same';

/** `data` with `factor` × its kommuner (factor 1: `data` itself). */
export function scaleData(data: BuildData, factor: number, fylker: ReplicaFylker = 'new'): BuildData {
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
  // New fylker: each fylke with kommuner (not Oslo) gets `factor − 1` copies, with the fylke's population and målform.
  const fylkeCodes = new Set(data.panel.units.filter((u) => kommuner.has(u.code)).map((u) => u.fylke));
  const fylkeOf = (fylke: string, replica: number): string => (fylker === 'new' ? replicaCode(fylke, replica) : fylke);
  const widenFylker = <V>(m: Map<string, V>): Map<string, V> => {
    if (fylker === 'same') return m;
    const out = new Map(m);
    for (const [code, v] of m) if (fylkeCodes.has(code)) for (const r of copies) out.set(fylkeOf(code, r), v);
    return out;
  };
  const ref = data.reference;
  // The country's population (and in 'same' the fylke's) grows by the replicas', so rates stay today's.
  const fylkeOfKommune = new Map(data.panel.units.filter((u) => kommuner.has(u.code)).map((u) => [u.code, u.fylke]));
  const grown = (inner: Map<string, PopulationCount>): Map<string, PopulationCount> => {
    const out = new Map(inner);
    const add = (key: string, p: PopulationCount): void => {
      const cur = out.get(key);
      if (cur) out.set(key, { total: cur.total + (factor - 1) * p.total, age0_17: cur.age0_17 + (factor - 1) * p.age0_17, age18plus: cur.age18plus + (factor - 1) * p.age18plus });
    };
    for (const [code, fylke] of fylkeOfKommune) {
      const p = inner.get(code);
      if (!p) continue;
      add('00', p);
      if (fylker === 'same') add(fylke, p);
    }
    return out;
  };
  const reference = {
    ...ref,
    kommuner: new Map([...widen(ref.kommuner)].map(([code, k]) => [code, code === k.code ? k : { ...k, code, name: `${k.name} ${code.slice(-1)}` }])),
    population: new Map([...widenByYear(ref.population)].map(([y, inner]) => [y, grown(widenFylker(inner))])),
    fylker: new Map([...widenFylker(ref.fylker)].map(([code, f]) => [code, code === f.code ? f : { ...f, code, name: `${f.name} ${code.slice(-1)}`, nameOfficial: `${f.name} ${code.slice(-1)}` }])),
    fylkeMalform: widenFylker(ref.fylkeMalform),
    populationHistorical: widenByYear(ref.populationHistorical),
    malform: widen(ref.malform),
    healthTrusts: widen(ref.healthTrusts),
    names: new Map([...ref.names].map(([y, inner]) => [y, new Map([...widen(inner)].map(([c, n]) => [c, kommuner.has(c) ? n : `${n} ${c.slice(-1)}`]))])),
  };
  const replicate = <T extends { code: string }>(rows: readonly T[], rename?: (row: T, code: string) => T): T[] => [
    ...rows,
    ...copies.flatMap((r) => rows.filter((row) => kommuner.has(row.code)).map((row) => (rename ?? ((x: T, code: string) => ({ ...x, code })))(row, replicaCode(row.code, r)))),
  ];
  const panel = {
    ...data.panel,
    units: replicate(data.panel.units, (u, code) => {
      const r = Number(code.slice(-1));
      return { ...u, code, name: `${u.name} ${r}`, fylke: fylkeOf(u.fylke, r), fylkeName: fylker === 'new' ? `${u.fylkeName} ${r}` : u.fylkeName };
    }),
    rows: replicate(data.panel.rows),
    answers: replicate(data.panel.answers),
  };
  const keys = { panel: hashParts([{ value: { panel: data.keys.panel, factor, fylker } }]), findings: data.keys.findings, codebook: data.keys.codebook, reference: hashParts([{ value: { reference: data.keys.reference, factor, fylker } }]) };
  return { ...data, reference, panel, keys };
}
