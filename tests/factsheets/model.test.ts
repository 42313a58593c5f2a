// factsheetModel: the numbers a sheet shows, recomputed here from the panel and the reference data for a
// small kommune, Bergen, a bydel, Oslo as a whole, a fylke and the country.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import { schemeForYear } from '../../pipeline/codebook/index.ts';
import { factsheetModel } from '../../pipeline/factsheets/index.ts';
import type { FactsheetModel } from '../../pipeline/factsheets/index.ts';
import type { Group, PanelRow, UnitInfo } from '../../pipeline/types.ts';
import { contentData, isBydelCode, pop, rate, refPop, rowsOf, total } from './content-data.ts';

let data: BuildData;
let R: number;
let info: Map<string, UnitInfo>;
beforeAll(async () => {
  data = await contentData();
  R = data.reportYear;
  info = new Map(data.panel.units.map((u) => [u.code, u]));
});

const GROUPS: Group[] = ['V', 'B'];
const close = (a: number | undefined, b: number) => expect(a).toBeCloseTo(b, 6);
/** The report year's change as the report's rule has it: none when the two years use different årsverk schemes (codebook). */
function expectChange(actual: number | undefined, before: number, after: number): void {
  const scheme = (y: number) => schemeForYear(data.codebookOf(y), y);
  if (scheme(R - 1) !== scheme(R)) expect(actual).toBeUndefined();
  else close(actual, after - before);
}

function landRate(year: number, g: Group): number {
  const rows = rowsOf(data, year, () => true);
  return rate(total(rows, g), refPop(data, year, '00'), g);
}
function osloRows(year: number): PanelRow[] {
  return rowsOf(data, year, (r) => isBydelCode(r.code));
}
function fylkeRate(fylke: string, g: Group): number {
  if (fylke === '03') return rate(total(osloRows(R), g), refPop(data, R, '0301'), g);
  const rows = rowsOf(data, R, (r) => info.get(r.code)?.fylke === fylke);
  return rate(total(rows, g), pop(rows), g);
}
function sizeGroupRate(year: number, group: string, g: Group): number {
  const rows = rowsOf(data, year, (r) => r.sizeGroup === group);
  return rate(total(rows, g), pop(rows), g);
}
function unitRate(code: string, g: Group): number | undefined {
  if (code === '0301') return rate(total(osloRows(R), g), refPop(data, R, '0301'), g);
  const r = rowsOf(data, R, (x) => x.code === code)[0];
  return r ? rate(r.total[g], r.population, g) : undefined;
}

function checkSingleUnit(code: string): FactsheetModel {
  const m = factsheetModel(data, code);
  const row = rowsOf(data, R, (r) => r.code === code)[0]!;
  const prev = rowsOf(data, R - 1, (r) => r.code === code)[0]!;
  const u = info.get(code)!;
  expect(m.unit).toMatchObject({ code, name: u.name, population: row.population, sizeGroup: u.sizeGroup });
  for (const g of GROUPS) {
    const k = m.keyFigures.groups.find((x) => x.group === g)!;
    close(k.arsverk, row.total[g]);
    close(k.arsverkPrevious, prev.total[g]);
    expectChange(k.change, prev.total[g], row.total[g]);
    if (k.change !== undefined) close(k.changeRelative, (row.total[g] - prev.total[g]) / prev.total[g]);
    else expect(k.changeRelative).toBeUndefined();
    close(k.per10000, rate(row.total[g], row.population, g));
    const cmp = Object.fromEntries(k.comparisons.map((c) => [c.kind, c.per10000]));
    close(cmp['land'], landRate(R, g));
    close(cmp['fylke'], fylkeRate(u.fylke, g));
    if (u.kind === 'kommune') close(cmp['sizeGroup'], sizeGroupRate(R, u.sizeGroup, g));
    // Trend: the unit and the country in every year.
    const series = m.trend.groups.find((x) => x.group === g)!.series;
    for (const year of data.panel.years) {
      const r = rowsOf(data, year, (x) => x.code === code)[0]!;
      close(series.find((s) => s.key === 'unit')!.values.find((v) => v.year === year)!.value, rate(r.total[g], r.population, g));
      close(series.find((s) => s.key === 'land')!.values.find((v) => v.year === year)!.value, landRate(year, g));
    }
  }
  // Tiltak profile: shares of the unit's own tiltak sum, and of the country's.
  const tiltakV = m.profile.tiltak.find((t) => t.group === 'V')!.rows;
  const codes = tiltakV.map((r) => r.code);
  const own = codes.reduce((a, c) => a + (row.values[c] ?? 0), 0);
  const all = rowsOf(data, R, () => true);
  const land = codes.reduce((a, c) => a + all.reduce((b, r) => b + (r.values[c] ?? 0), 0), 0);
  for (const r of tiltakV) {
    close(r.arsverk, row.values[r.code] ?? 0);
    close(r.share, (row.values[r.code] ?? 0) / own);
    close(r.shareLand, all.reduce((b, x) => b + (x.values[r.code] ?? 0), 0) / land);
  }
  // Survey: the unit's answer and how many of all units gave the same.
  const answers = data.panel.answers.filter((a) => a.year === R);
  const mine = answers.find((a) => a.code === code)!.answers;
  for (const a of m.survey.answers.filter((x) => x.type === 'choice' && x.value !== null)) {
    expect(a.value).toBe(mine[a.question]);
    expect(a.same).toBe(answers.filter((x) => x.answers[a.question] === mine[a.question]).length);
    expect(a.n).toBe(answers.filter((x) => typeof x.answers[a.question] === 'number').length);
  }
  expect(m.survey.answers.length).toBeGreaterThan(10);
  return m;
}

describe('factsheetModel', () => {
  it('a small kommune: key figures, comparisons, trend, profile, rank, survey', () => {
    const smallest = data.panel.units
      .filter((u) => u.kind === 'kommune')
      .map((u) => ({ u, p: rowsOf(data, R, (r) => r.code === u.code)[0]!.population.total }))
      .sort((a, b) => a.p - b.p)[0]!.u;
    const m = checkSingleUnit(smallest.code);
    expect(m.unit.sizeGroup).toBe('lt2000');
    // Rank among the kommuner of the same size group (1 = highest rate).
    const peers = data.panel.units.filter((u) => u.kind === 'kommune' && u.sizeGroup === 'lt2000').map((u) => unitRate(u.code, 'V')!);
    const own = unitRate(smallest.code, 'V')!;
    const pos = m.position!.groups.find((g) => g.group === 'V')!;
    expect(pos.n).toBe(peers.length);
    expect(pos.rank).toBe(1 + peers.filter((x) => x > own).length);
    expect(m.position!.among).toEqual({ kind: 'sizeGroup', sizeGroup: 'lt2000' });
  });

  it('Bergen: compared with Vestland, kommuner over 50 000 and the country', () => {
    const m = checkSingleUnit('4601');
    expect(m.unit.fylke).toEqual({ code: '46', name: 'Vestland' });
    expect(m.keyFigures.groups[0]!.comparisons.map((c) => c.kind)).toEqual(['fylke', 'sizeGroup', 'land']);
    // Oslo as a whole is a kommune of 50 000 and over: it is among Bergen's peers.
    expect(m.position!.groups[0]!.values.map((v) => v.code)).toContain('0301');
  });

  it('a bydel: compared with Oslo and the country; among the bydeler', () => {
    const m = checkSingleUnit('030101');
    expect(m.unit.kind).toBe('bydel');
    expect(m.keyFigures.groups[0]!.comparisons.map((c) => c.kind)).toEqual(['fylke', 'land']);
    expect(m.position!.among).toEqual({ kind: 'bydeler' });
    expect(m.position!.groups[0]!.n).toBe(15);
  });

  it('Oslo as a whole: the sum of its bydeler on Oslo kommune’s population', () => {
    const m = factsheetModel(data, '0301');
    const rows = osloRows(R);
    const prev = osloRows(R - 1);
    expect(rows).toHaveLength(15);
    expect(m.unit.fromBydeler).toBe(true);
    expect(m.unit.population).toEqual(refPop(data, R, '0301'));
    for (const g of GROUPS) {
      const k = m.keyFigures.groups.find((x) => x.group === g)!;
      close(k.arsverk, total(rows, g));
      expectChange(k.change, total(prev, g), total(rows, g));
      close(k.per10000, rate(total(rows, g), refPop(data, R, '0301'), g));
      close(k.comparisons.find((c) => c.kind === 'land')!.per10000, landRate(R, g));
    }
    expect(m.members.map((r) => r.code)).toEqual(rows.map((r) => r.code).sort());
    close(m.members[0]!.arsverk.V, rows.find((r) => r.code === m.members[0]!.code)!.total.V);
    expect(m.survey.answers).toEqual([]);
    // The distribution of the bydeler's answers to RPH.
    const rph = m.survey.distributions.find((d) => d.question === 'RPH')!;
    const bydelAnswers = data.panel.answers.filter((a) => a.year === R && isBydelCode(a.code)).map((a) => a.answers['RPH']);
    expect(rph.counts.find((c) => c.value === 1)!.count).toBe(bydelAnswers.filter((v) => v === 1).length);
    expect(rph.n).toBe(bydelAnswers.filter((v) => typeof v === 'number').length);
  });

  it('a fylke: the sum of its kommuner, compared with the country, listing its kommuner', () => {
    const m = factsheetModel(data, '46');
    const rows = rowsOf(data, R, (r) => info.get(r.code)?.fylke === '46');
    expect(m.unit).toMatchObject({ kind: 'fylke', name: 'Vestland' });
    expect(m.unit.population).toEqual(pop(rows));
    expect(m.unit.population).toEqual(refPop(data, R, '46'));
    for (const g of GROUPS) {
      const k = m.keyFigures.groups.find((x) => x.group === g)!;
      close(k.arsverk, total(rows, g));
      close(k.per10000, rate(total(rows, g), pop(rows), g));
      expect(k.comparisons.map((c) => c.kind)).toEqual(['land']);
    }
    expect(m.members.map((r) => r.code).sort()).toEqual(rows.map((r) => r.code).sort());
    expect(m.position!.among).toEqual({ kind: 'fylker' });
    expect(m.position!.groups[0]!.n).toBe(15);
  });

  it('the country: every unit on the national population; the fylker listed', () => {
    const m = factsheetModel(data, '00');
    const rows = rowsOf(data, R, () => true);
    expect(m.unit.kind).toBe('land');
    for (const g of GROUPS) {
      const k = m.keyFigures.groups.find((x) => x.group === g)!;
      close(k.arsverk, total(rows, g));
      close(k.per10000, landRate(R, g));
      expect(k.comparisons).toEqual([]);
    }
    expect(m.members).toHaveLength(15);
    close(
      m.members.reduce((a, r) => a + r.arsverk.V, 0),
      total(rows, 'V'),
    );
    expect(m.position).toBeUndefined();
  });

  it('marks the series breaks: the 2020 reform and the 2024 scheme change', () => {
    const m = factsheetModel(data, '4601');
    expect(m.trend.breaks).toEqual([
      { year: 2020, reason: 'reform', comparable: true },
      { year: 2024, reason: 'scheme', comparable: false },
    ]);
    expect(m.quality.schemeChanged).toBe(true);
  });

  it('notes the years a unit was carried forward', () => {
    const carried = data.panel.rows.find((r) => r.imputation.kind === 'carried-forward' && !isBydelCode(r.code))!;
    const m = factsheetModel(data, carried.code);
    expect(m.quality.imputation.map((n) => n.year)).toContain(carried.year);
    const all = data.panel.rows.filter((r) => r.code === carried.code && r.imputation.kind !== 'reported').map((r) => r.year);
    expect(m.quality.imputation.map((n) => n.year).sort()).toEqual(all.sort());
  });

  it('lists the warnings found for a unit (Bergen has one in 2020)', () => {
    const m = factsheetModel(data, '4601');
    const own = data.findings.filter((f) => f.unit === '4601' && f.severity !== 'info');
    expect(own.length).toBeGreaterThan(0);
    expect(m.quality.findings.map((f) => f.rule).sort()).toEqual([...new Set(own.map((f) => f.rule))].sort());
  });

  it('is plain JSON, with no NaN or infinite numbers', () => {
    for (const code of ['00', '03', '0301', '030105', '1101', '46', '5612']) {
      const m = factsheetModel(data, code);
      const json = JSON.stringify(m, (_, v) => {
        if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`non-finite number in ${code}`);
        return v;
      });
      expect(JSON.parse(json)).toEqual(m);
    }
  });

  it('throws a coded error for a code without a sheet', () => {
    expect(() => factsheetModel(data, '9999')).toThrow(/no fact sheet/);
  });
});
