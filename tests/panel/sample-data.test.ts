// The panel built from the committed sample workbooks (through ingest) against an independent sum over the
// same workbooks, read with exceljs directly (tests/sample-data/read-workbooks.ts, not the ingest module):
// reported units' tiltak + the last reported values of each non-reporter (its one predecessor the year before)
// + for the first year, the median-rate estimate computed here from the CSV population.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codebookFileFor, loadCodebook } from '../../pipeline/codebook/index.ts';
import { ingestWorkbook } from '../../pipeline/ingest/index.ts';
import { buildPanel } from '../../pipeline/panel/index.ts';
import { loadReference } from '../../pipeline/reference/index.ts';
import type { Panel } from '../../pipeline/types.ts';
import { readFolder, type ReadYear } from '../sample-data/read-workbooks.ts';

const DATA = 'data/raw';
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const present = YEARS.every((y) => existsSync(join(DATA, `is248_${y}.xlsx`)));

const csvRows = (f: string) => readFileSync(`data/reference/${f}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const to2024 = new Map<string, string[]>(); // `${year}:${code}` → 2024 codes
for (const [y, code, , c24] of csvRows('kommune-crosswalk-to-2024.csv')) to2024.set(`${y}:${code}`, [...(to2024.get(`${y}:${code}`) ?? []), c24!]);
const pop = new Map<string, { a: number; c: number }>();
for (const r of csvRows('folketall-historiske-grenser.csv')) pop.set(`${r[0]}:${r[1]}`, { a: Number(r[5]), c: Number(r[4]) });
for (const r of csvRows('folketall.csv')) if (r[2] === 'bydel') pop.set(`${r[0]}:${r[1]}`, { a: Number(r[5]), c: Number(r[4]) });

type Sums = { V: number; B: number };
function tiltak(arsverk: Record<string, number | null>): Sums {
  const s = { V: 0, B: 0 };
  for (const [k, v] of Object.entries(arsverk)) if (/^[VB]_T\d+$/.test(k) && v !== null) s[k[0] as 'V' | 'B'] += v;
  return s;
}
const reported = (y: ReadYear, code: string) => {
  const u = y.units.get(code);
  return u !== undefined && u.status !== 'ikke levert' && u.arsverk !== undefined && Object.values(u.arsverk).some((v) => v !== null);
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)]! : (s[m - 1]! + s[m]!) / 2;
};
const sizeGroup = (code: string, inhabitants: number) =>
  code.length === 6 ? 'bydel' : [2000, 5000, 10000, 20000, 50000].filter((b) => inhabitants >= b).length;

/** The one code of `year − 1` that `code` (of `year`) continues. */
function predecessor(all: Map<number, ReadYear>, year: number, code: string): string {
  const prev = all.get(year - 1)!;
  if (prev.units.has(code)) return code;
  const mine = year === 2024 ? [code] : to2024.get(`${year}:${code}`)!;
  const cands = [...prev.units.keys()].filter((c) => {
    const t = to2024.get(`${year - 1}:${c}`);
    return t?.length === 1 && mine.length === 1 && t[0] === mine[0];
  });
  if (cands.length !== 1) throw new Error(`no single predecessor for ${code} (${year})`);
  return cands[0]!;
}

function expected(all: Map<number, ReadYear>, year: number): Sums & { imputed: number } {
  const y = all.get(year)!;
  const s = { V: 0, B: 0, imputed: 0 };
  const codes = [...y.units.keys()];
  for (const code of codes) {
    if (reported(y, code)) {
      const t = tiltak(y.units.get(code)!.arsverk!);
      s.V += t.V;
      s.B += t.B;
      continue;
    }
    s.imputed++;
    if (year === YEARS[0]) {
      const p = pop.get(`${year}:${code}`)!;
      const group = sizeGroup(code, p.a + p.c);
      const peers = codes.filter((c) => reported(y, c) && sizeGroup(c, pop.get(`${year}:${c}`)!.a + pop.get(`${year}:${c}`)!.c) === group);
      const rate = (c: string, g: 'V' | 'B') => (tiltak(y.units.get(c)!.arsverk!)[g] / (g === 'V' ? pop.get(`${year}:${c}`)!.a : pop.get(`${year}:${c}`)!.c)) * 10_000;
      s.V += (median(peers.map((c) => rate(c, 'V'))) * p.a) / 10_000;
      s.B += (median(peers.map((c) => rate(c, 'B'))) * p.c) / 10_000;
      continue;
    }
    const prevCode = predecessor(all, year, code);
    const prev = all.get(year - 1)!;
    if (!reported(prev, prevCode)) throw new Error(`${prevCode} did not report in ${year - 1} either; this check assumes it did`);
    const t = tiltak(prev.units.get(prevCode)!.arsverk!);
    s.V += t.V;
    s.B += t.B;
  }
  return s;
}

describe.skipIf(!present)('panel from the sample workbooks', () => {
  let panel: Panel;
  let raw: Map<number, ReadYear>;
  beforeAll(async () => {
    const reference = loadReference('data/reference');
    const codebook = loadCodebook(codebookFileFor('data/codebooks', 2024));
    const extracts = [];
    for (const year of YEARS) extracts.push(await ingestWorkbook(join(DATA, `is248_${year}.xlsx`), { codebook, reference, year }));
    panel = buildPanel(extracts, { reportYear: 2024, reference, codebook });
    raw = await readFolder(DATA);
  });

  it.each(YEARS)('national sums %i equal the independent sum over the workbook', (year) => {
    const e = expected(raw, year);
    const rows = panel.rows.filter((r) => r.year === year);
    expect(rows.reduce((s, r) => s + r.total.V, 0)).toBeCloseTo(e.V, 6);
    expect(rows.reduce((s, r) => s + r.total.B, 0)).toBeCloseTo(e.B, 6);
    const counts = panel.imputationCounts.find((c) => c.year === year)!;
    expect(counts.carriedForward + counts.estimated).toBe(e.imputed);
    expect(counts.units).toBe(raw.get(year)!.units.size);
  });
});
