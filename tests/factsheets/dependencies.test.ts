// factsheetDependencies: changes exactly when what a sheet shows changes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import { factsheetDependencies } from '../../pipeline/factsheets/index.ts';
import type { UnitInfo } from '../../pipeline/types.ts';
import { contentData } from './content-data.ts';

let data: BuildData;
beforeAll(async () => {
  data = await contentData();
});

/** A copy of the data where one unit's report-year årsverk for one tiltak (and its total) grows by `delta`. */
function withChange(base: BuildData, code: string, delta: number): BuildData {
  const rows = base.panel.rows.map((r) => {
    if (r.code !== code || r.year !== base.reportYear) return r;
    const key = Object.keys(r.values).find((k) => k.startsWith('V_T'))!;
    return { ...r, values: { ...r.values, [key]: r.values[key]! + delta }, total: { ...r.total, V: r.total.V + delta } };
  });
  return { ...base, panel: { ...base.panel, rows } };
}

const json = (v: unknown) => JSON.stringify(v);

describe('factsheetDependencies', () => {
  it('is the same for the same data (a fresh copy of it too)', () => {
    const copy = { ...data, panel: { ...data.panel } };
    for (const code of ['4601', '46', '00', '030101']) expect(json(factsheetDependencies(copy, code))).toBe(json(factsheetDependencies(data, code)));
  });

  it('changing one kommune changes its own sheet, its fylke and the country, not a kommune elsewhere', () => {
    const units = data.panel.units.filter((u) => u.kind === 'kommune');
    // A small kommune, and one in another fylke and another size group.
    const changed = units.find((u) => u.fylke === '46' && u.sizeGroup === '2000-4999')!;
    const other: UnitInfo = units.find((u) => u.fylke !== '46' && u.sizeGroup === 'ge50000' && u.code !== '0301')!;
    const changedData = withChange(data, changed.code, 1.5);
    const before = (code: string) => json(factsheetDependencies(data, code));
    const after = (code: string) => json(factsheetDependencies(changedData, code));
    expect(after(changed.code)).not.toBe(before(changed.code));
    expect(after('46')).not.toBe(before('46'));
    expect(after('00')).not.toBe(before('00')); // lists the fylker' årsverk
    // A kommune in another fylke and size group: the country's rates move in the third decimal only.
    expect(after(other.code)).toBe(before(other.code));
    expect(after('030101')).toBe(before('030101'));
  });

  it('a kommune of the same size group sees the changed unit in its position strip', () => {
    const units = data.panel.units.filter((u) => u.kind === 'kommune');
    const changed = units.find((u) => u.fylke === '46' && u.sizeGroup === '2000-4999')!;
    const peer = units.find((u) => u.fylke !== '46' && u.sizeGroup === '2000-4999')!;
    const changedData = withChange(data, changed.code, 1.5);
    expect(json(factsheetDependencies(changedData, peer.code))).not.toBe(json(factsheetDependencies(data, peer.code)));
  });

  it('a change too small to show (0,001 årsverk) does not reach the country or another fylke', () => {
    const code = data.panel.units.find((u) => u.kind === 'kommune' && u.fylke === '46')!.code;
    const tiny = withChange(data, code, 0.001);
    // Shown numbers have one decimal: 0,001 årsverk may tip the unit's own rounded figures, never the country's.
    expect(json(factsheetDependencies(tiny, '00'))).toBe(json(factsheetDependencies(data, '00')));
    expect(json(factsheetDependencies(tiny, '50'))).toBe(json(factsheetDependencies(data, '50')));
  });

  it('changes with the unit’s answers and findings', () => {
    const code = '4601';
    const answers = data.panel.answers.map((a) =>
      a.code === code && a.year === data.reportYear ? { ...a, answers: { ...a.answers, RPH: a.answers['RPH'] === 1 ? 3 : 1 } } : a,
    );
    const a2 = { ...data, panel: { ...data.panel, answers } };
    expect(json(factsheetDependencies(a2, code))).not.toBe(json(factsheetDependencies(data, code)));
    const f2 = { ...data, findings: [...data.findings, { severity: 'warning' as const, rule: 'change.large', message: 'x', file: 'is248_2024.xlsx', unit: code, year: data.reportYear }] };
    expect(json(factsheetDependencies(f2, code))).not.toBe(json(factsheetDependencies(data, code)));
    expect(json(factsheetDependencies(f2, '4602'))).toBe(json(factsheetDependencies(data, '4602')));
  });
});

describe('roundModel', () => {
  it('rounds as the sheet shows: shares to whole per cents (one decimal under 1 %), changes to 0,1 %, the rest to one decimal', async () => {
    const { roundModel } = await import('../../pipeline/factsheets/dependencies.ts');
    const { round } = await import('../../pipeline/format/index.ts');
    expect(roundModel({ share: 0.1249, shareLand: 0.005, changeRelative: -0.01249, arsverk: 12.25, rank: 3 })).toEqual({
      share: 0.12,
      shareLand: 0.005,
      changeRelative: -0.012,
      arsverk: 12.3,
      rank: 3,
    });
    // Agrees with the formatters' decimal rounding, ties included (1.005 is 1.00499… in binary).
    const xs = [1.005, 2.675, 0.15, 0.25, 0.35, 10.45, -10.45, 1234.55, 0.0005, 33.333, -0.04];
    for (const x of xs) expect((roundModel({ v: x }) as { v: number }).v, String(x)).toBe(round(x, 1) || 0);
    for (let i = 0; i < 2000; i++) {
      const x = ((i * 7919) % 1_000_003) / 1000; // three-decimal values, ties included
      expect((roundModel({ v: x }) as { v: number }).v).toBe(round(x, 1));
    }
  });
});
