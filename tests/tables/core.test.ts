// The core tables against independent loops over the panel rows, for report year 2024 (new scheme: no changes
// across it) and 2023 (changes computed). Every core item must compute, carry a source line and notes.
import { beforeAll, describe, expect, it } from 'vitest';
import { codebookForYear } from '../../pipeline/codebook/index.ts';
import { computeRegistry } from '../../pipeline/registry/index.ts';
import { CORE_ITEMS } from '../../pipeline/registry/core.ts';
import type { ComputeInput, RegistryArtifact, TableModel } from '../../pipeline/registry/types.ts';
import type { Panel } from '../../pipeline/types.ts';
import { sampleInput } from '../aggregate/input.ts';

let in24: ComputeInput;
let in23: ComputeInput;
let a24: RegistryArtifact;
let a23: RegistryArtifact;

beforeAll(async () => {
  in24 = await sampleInput(2024);
  in23 = await sampleInput(2023);
  a24 = computeRegistry(in24, CORE_ITEMS);
  a23 = computeRegistry(in23, CORE_ITEMS);
});

/** Årsverk and target-group population summed by each row's size group: a plain loop, not the code under test. */
function sumsBySizeGroup(panel: Panel, year: number): Map<string, { V: number; B: number; young: number; adult: number }> {
  const sums = new Map<string, { V: number; B: number; young: number; adult: number }>();
  for (const r of panel.rows) {
    if (r.year !== year) continue;
    const s = sums.get(r.sizeGroup) ?? { V: 0, B: 0, young: 0, adult: 0 };
    s.V += r.total.V;
    s.B += r.total.B;
    s.young += r.population.age0_17;
    s.adult += r.population.age18plus;
    sums.set(r.sizeGroup, s);
  }
  return sums;
}

const cell = (t: TableModel, first: string, key: string) => t.rows.find((r) => Object.values(r.cells)[0] === first)?.cells[key];

describe('every core item', () => {
  it('computes for both report years, with the catalogue ids', () => {
    for (const a of [a24, a23]) {
      expect(Object.keys(a.tables).length + Object.keys(a.figures).length + Object.keys(a.facts).length + Object.keys(a.tableSets).length).toBe(CORE_ITEMS.length);
    }
    for (const id of ['headline', 'series', 'size-units', 'size-rates', 'fylke', 'helseforetak', 'largest', 'tiltak-V', 'tiltak-B', 'utdanning-V', 'utdanning-B', 'higher-education', 'psychologists', 'response', 'endring-reell', 'quality', 'appendix-units']) {
      expect(a24.tables[id], id).toBeDefined();
    }
    for (const id of ['series-long', 'size-rates', 'size-spread', 'fylke-rates', 'map-rates', 'tiltak', 'utdanning']) expect(a24.figures[id], id).toBeDefined();
    expect(a24.facts['national']).toBeDefined();
  });

  it('the statistikkpakke set: one enheter-<fylke> table per fylke, each unit once, the total as in the fylke table', () => {
    const set = a24.tableSets['enheter']!;
    const fylker = [...new Set(in24.panel.units.map((u) => u.fylke))].sort();
    expect(Object.keys(set).sort()).toEqual(fylker.map((f) => `enheter-${f}`));
    const listed = Object.values(set).flatMap((t) => t.rows.filter((r) => r.kind !== 'total').map((r) => r.cells['code']));
    expect(listed.sort()).toEqual(in24.panel.units.map((u) => u.code).sort());
    const fylkeTable = a24.tables['fylke']!;
    for (const t of Object.values(set)) {
      const totalRow = t.rows.find((r) => r.kind === 'total')!;
      const name = String(totalRow.cells['name']).replace(/ i alt$/, '');
      const row = fylkeTable.rows.find((r) => r.cells['group'] === name)!;
      expect(row, name).toBeDefined();
      const same: Record<string, string> = { arsverkV: 'V', arsverkB: 'B', per10000V: 'rateV', per10000B: 'rateB' };
      for (const [k, f] of Object.entries(same)) expect(totalRow.cells[k], `${t.id} ${k}`).toBe(row.cells[f]);
      // Changes follow the report's rule: none across the 2024 scheme break.
      for (const r of t.rows) expect([r.cells['changeV'], r.cells['changeB']]).toEqual([null, null]);
    }
  });

  it('has a title, notes, a sample-data source line and cells only in its columns', () => {
    for (const a of [a24, a23]) {
      for (const t of [...Object.values(a.tables), ...Object.values(a.figures).map((f) => f.table)]) {
        expect(t.title.length, t.id).toBeGreaterThan(10);
        expect(t.notes.length, t.id).toBeGreaterThan(0);
        expect(t.source).toBe('Kilde: Helsedirektoratet, IS-24/8. Eksempeldata – ikke offisielle tall.');
        const keys = new Set(t.columns.map((c) => c.key));
        for (const r of t.rows) for (const k of Object.keys(r.cells)) expect(keys.has(k), `${t.id}.${k}`).toBe(true);
      }
      for (const t of Object.values(a.tables)) {
        for (const c of t.columns.filter((c) => c.format !== 'text')) expect(c.unit, `${t.id}.${c.key} unit`).toBeTruthy();
      }
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(computeRegistry(in24, CORE_ITEMS))).toBe(JSON.stringify(a24));
  });
});

describe('headline', () => {
  it('equals a plain sum per year, with changes only within a scheme', () => {
    for (const [input, a] of [[in24, a24], [in23, a23]] as const) {
      const t = a.tables['headline']!;
      const { panel } = input;
      let prev: { V: number; B: number; scheme: string } | undefined;
      for (const year of panel.years) {
        let V = 0, B = 0, scheme = '';
        for (const r of panel.rows) {
          if (r.year !== year) continue;
          V += r.total.V;
          B += r.total.B;
          scheme = r.scheme;
        }
        const row = t.rows.find((r) => r.cells['year'] === String(year))!;
        expect(row.cells['V']).toBeCloseTo(V, 6);
        expect(row.cells['B']).toBeCloseTo(B, 6);
        expect(row.cells['all']).toBeCloseTo(V + B, 6);
        if (prev && prev.scheme === scheme) {
          expect(row.cells['change']).toBeCloseTo(V + B - prev.V - prev.B, 6);
          expect(row.cells['changePct']).toBeCloseTo((V + B - prev.V - prev.B) / (prev.V + prev.B), 10);
        } else {
          expect(row.cells['change']).toBeNull();
        }
        prev = { V, B, scheme };
      }
    }
    expect(a24.tables['headline']!.notes.join(' ')).toMatch(/nye kategorier/);
    expect(cell(a23.tables['headline']!, '2023', 'change')).toBeCloseTo(17436 - 17074, 0);
  });
});

describe('size and fylke tables', () => {
  it('size-rates equals plain sums by each row’s size group; the total row is the nation', () => {
    const { panel, reportYear, reference } = in24;
    const t = a24.tables['size-rates']!;
    const sums = sumsBySizeGroup(panel, reportYear);
    const under2000 = sums.get('lt2000')!;
    expect(cell(t, 'Under 2 000', 'rateV')).toBeCloseTo((under2000.V / under2000.adult) * 10000, 8);
    expect(cell(t, 'Under 2 000', 'rateB')).toBeCloseTo((under2000.B / under2000.young) * 10000, 8);
    const bydel = sums.get('bydel')!;
    expect(cell(t, 'Bydeler i Oslo', 'B')).toBeCloseTo(bydel.B, 6);
    const total = t.rows.find((r) => r.kind === 'total')!;
    let V = 0;
    for (const s of sums.values()) V += s.V;
    expect(total.cells['V']).toBeCloseTo(V, 6);
    const pop = reference.population.get(reportYear)!.get('00')!;
    expect(total.cells['rateV']).toBeCloseTo((V / pop.age18plus) * 10000, 8);
    const units = a24.tables['size-units']!;
    expect(units.rows.find((r) => r.kind === 'total')!.cells['units']).toBe(panel.units.length);
  });

  it('fylke rows add up to the land row', () => {
    for (const a of [a24, a23]) {
      const t = a.tables['fylke']!;
      const data = t.rows.filter((r) => r.kind !== 'total');
      const land = t.rows.find((r) => r.kind === 'total')!;
      for (const k of ['V', 'B']) expect(data.reduce((s, r) => s + (r.cells[k] as number), 0)).toBeCloseTo(land.cells[k] as number, 6);
    }
  });

  it('helseforetak rows add up to their RHF, RHFs to the land', () => {
    const t = a24.tables['helseforetak']!;
    let hf = 0, rhf = 0;
    for (const r of t.rows) {
      if (r.kind === 'subtotal') {
        expect(hf).toBeCloseTo(r.cells['V'] as number, 6);
        rhf += r.cells['V'] as number;
        hf = 0;
      } else if (r.kind === 'total') expect(rhf).toBeCloseTo(r.cells['V'] as number, 6);
      else hf += r.cells['V'] as number;
    }
  });
});

describe('tiltak and utdanning', () => {
  it('tiltak-V in 2023 equals plain sums per variable, with the change from 2022', () => {
    const { panel } = in23;
    const t = a23.tables['tiltak-V']!;
    const sums = (year: number) => {
      const out: Record<string, number> = {};
      for (const r of panel.rows) if (r.year === year) for (const [k, v] of Object.entries(r.values)) if (k.startsWith('V_T')) out[k] = (out[k] ?? 0) + v;
      return out;
    };
    const now = sums(2023);
    const before = sums(2022);
    const labels = Object.entries(in23.codebook.arsverk.tiltak['A']?.['V'] ?? {});
    expect(t.rows.filter((r) => r.kind !== 'total')).toHaveLength(labels.length);
    for (const [code, label] of labels) {
      expect(cell(t, label, 'now')).toBeCloseTo(now[code]!, 6);
      expect(cell(t, label, 'change')).toBeCloseTo(now[code]! - before[code]!, 6);
    }
    const total = t.rows.find((r) => r.kind === 'total')!;
    expect(total.cells['now']).toBeCloseTo(Object.values(now).reduce((s, x) => s + x, 0), 6);
  });

  it('across the 2024 scheme break, shows no last-year values or changes and says why', () => {
    for (const id of ['tiltak-V', 'tiltak-B', 'utdanning-V', 'utdanning-B']) {
      const t = a24.tables[id]!;
      for (const r of t.rows) {
        expect(r.cells['before'], id).toBeNull();
        expect(r.cells['change'], id).toBeNull();
      }
      expect(t.notes.join(' '), id).toMatch(/ikke sammenlignbare/);
      expect(t.rows.length).toBeGreaterThan(3);
    }
  });

  it('utdanning totals equal tiltak totals (both sum to the group total)', () => {
    for (const g of ['V', 'B']) {
      const tot = (id: string) => a24.tables[id]!.rows.find((r) => r.kind === 'total')!.cells['now'] as number;
      expect(tot(`utdanning-${g}`)).toBeCloseTo(tot(`tiltak-${g}`), 3);
    }
  });
});

describe('appendix, method and facts', () => {
  it('appendix lists every unit once; its columns sum to the nation', () => {
    const t = a24.tables['appendix-units']!;
    expect(t.rows).toHaveLength(in24.panel.units.length);
    expect(new Set(t.rows.map((r) => r.cells['code'])).size).toBe(t.rows.length);
    let V = 0;
    for (const r of in24.panel.rows) if (r.year === 2024) V += r.total.V;
    expect(t.rows.reduce((s, r) => s + (r.cells['V'] as number), 0)).toBeCloseTo(V, 6);
    const carried = t.rows.filter((r) => String(r.cells['flag']).startsWith('Videreført')).length;
    expect(carried).toBe(in24.panel.rows.filter((r) => r.year === 2024 && r.imputation.kind === 'carried-forward').length);
  });

  it('response counts come from the imputation counts of each year', () => {
    const t = a24.tables['response']!;
    for (const c of in24.panel.imputationCounts) {
      const row = t.rows.find((r) => r.cells['year'] === String(c.year))!;
      expect(row.cells['carried']).toBe(c.carriedForward);
      expect(row.cells['rate']).toBeCloseTo(c.reported / c.units, 12);
    }
  });

  it('quality counts every finding once', () => {
    const t = a24.tables['quality']!;
    expect(t.rows.reduce((s, r) => s + (r.cells['count'] as number), 0)).toBe(in24.findings.length);
  });

  it('national facts agree with the headline table', () => {
    const f = a23.facts['national']!.values;
    const h = a23.tables['headline']!;
    expect(f['arsverkTotal']).toBeCloseTo(cell(h, '2023', 'all') as number, 8);
    expect(f['changeTotal']).toBeCloseTo(cell(h, '2023', 'change') as number, 8);
    expect(f['realGrowthTotal']).toBeCloseTo(cell(h, '2023', 'real') as number, 8);
    expect(f['schemeBreak']).toBe(0);
    expect(a24.facts['national']!.values['schemeBreak']).toBe(1);
    expect(a24.facts['national']!.values['changeTotal']).toBeNull();
    expect(f['changedMethodV']).toBe(19);
  });
});

describe('chapter facts', () => {
  it('name the size groups with the highest and lowest rate, from plain sums over the rows', () => {
    const { panel, reportYear } = in24;
    const sums = sumsBySizeGroup(panel, reportYear);
    sums.delete('bydel');
    const ratesV = [...sums].map(([g, s]) => [g, (s.V / s.adult) * 10_000] as const).sort((a, b) => b[1] - a[1]);
    const ratesB = [...sums].map(([g, s]) => [g, (s.B / s.young) * 10_000] as const).sort((a, b) => b[1] - a[1]);
    const f = a24.facts['chapters']!.values;
    expect(f['sizeVHighRate']).toBeCloseTo(ratesV[0]![1], 9);
    expect(f['sizeVLowRate']).toBeCloseTo(ratesV[ratesV.length - 1]![1], 9);
    expect(f['sizeBHighRate']).toBeCloseTo(ratesB[0]![1], 9);
    expect(f['sizeBLowRate']).toBeCloseTo(ratesB[ratesB.length - 1]![1], 9);
    // The labels are those of the size-rates table's rows with these rates.
    expect(cell(a24.tables['size-rates']!, f['sizeVHigh'] as string, 'rateV')).toBe(f['sizeVHighRate']);
    expect(cell(a24.tables['size-rates']!, f['sizeBLow'] as string, 'rateB')).toBe(f['sizeBLowRate']);
  });

  it('give the largest tiltak and its share of the group total', () => {
    const { panel, reportYear, codebook } = in24;
    const labels = new Map<string, string>();
    for (const v of codebookForYear(codebook, reportYear).arsverk) if (v.kind === 'tiltak' && v.group === 'V') labels.set(v.code, v.label);
    const sums = new Map<string, number>();
    let total = 0;
    for (const r of panel.rows) {
      if (r.year !== reportYear) continue;
      for (const code of labels.keys()) sums.set(code, (sums.get(code) ?? 0) + (r.values[code] ?? 0));
      total += r.total.V;
    }
    const [topCode, topValue] = [...sums].sort((a, b) => b[1] - a[1])[0]!;
    const f = a24.facts['chapters']!.values;
    expect(f['tiltakTopV']).toBe(labels.get(topCode));
    expect(f['tiltakTopVArsverk']).toBeCloseTo(topValue, 6);
    expect(f['tiltakTopVShare']).toBeCloseTo(topValue / total, 9);
  });
});
