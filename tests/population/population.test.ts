import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportingUnits } from '../../pipeline/harmonise/index.ts';
import { osloPopulation, ownPopulation, populationOnBorders, unitInfos } from '../../pipeline/population/index.ts';
import { loadReference } from '../../pipeline/reference/index.ts';

const ref = loadReference('data/reference');

/** folketall CSV rows read directly, independent of the loaders under test. */
function csv(file: string): string[][] {
  return readFileSync(`data/reference/${file}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
}
const onBorders2024 = csv('folketall.csv');
const historical = csv('folketall-historiske-grenser.csv');
const row = (rows: string[][], year: number, code: string) => {
  const r = rows.find((x) => Number(x[0]) === year && x[1] === code);
  if (!r) throw new Error(`no row ${year} ${code}`);
  return { total: Number(r[3]), age0_17: Number(r[4]), age18plus: Number(r[5]) };
};

describe('population on the report year’s borders', () => {
  it('takes 2024-structure population straight from folketall.csv, bydeler included', () => {
    const p = populationOnBorders(ref, 2016, 2024);
    expect(p.get('3905')).toEqual(row(onBorders2024, 2016, '3905'));
    expect(p.get('030101')).toEqual(row(onBorders2024, 2016, '030101'));
    expect(p.get('1580')).toEqual(row(onBorders2024, 2016, '1580'));
  });

  it('builds 2023-structure population from each year’s own borders', () => {
    const p = populationOnBorders(ref, 2019, 2023);
    // 1507 Ålesund (2020–2023) = the five 2019 kommuner it was made of
    const parts = ['1504', '1523', '1529', '1534', '1546'].map((c) => row(historical, 2019, c));
    expect(p.get('1507')).toEqual({
      total: parts.reduce((s, x) => s + x.total, 0),
      age0_17: parts.reduce((s, x) => s + x.age0_17, 0),
      age18plus: parts.reduce((s, x) => s + x.age18plus, 0),
    });
    // 3803 Tønsberg (2020–2023) became 3905 unchanged, so its 2016 figure equals folketall.csv's 3905 (which includes
    // part of Stokke)
    expect(populationOnBorders(ref, 2016, 2023).get('3803')).toEqual(row(onBorders2024, 2016, '3905'));
    expect(p.has('1508')).toBe(false);
  });

  it.each([2015, 2019, 2020, 2023])('2023-structure kommuner add up to the national population in %i', (year) => {
    const p = populationOnBorders(ref, year, 2023);
    let total = 0;
    for (const [code, v] of p) if (code.length === 4) total += v.total;
    expect(total).toBe(row(onBorders2024, year, '00').total);
    for (const v of p.values()) expect(v.age0_17 + v.age18plus).toBe(v.total);
  });

  it('gives each year’s own-structure population (kommuner on own borders, bydeler)', () => {
    const p = ownPopulation(ref, 2016);
    expect(p.get('0720')).toEqual(row(historical, 2016, '0720'));
    expect(p.get('030115')).toEqual(row(onBorders2024, 2016, '030115'));
  });

  it('keeps Oslo kommune’s population, Sentrum, Marka and no-bydel residents included', () => {
    const oslo = osloPopulation(ref, 2024);
    expect(oslo.total).toBe(717_710); // SOURCES.md
    let bydeler = 0;
    for (const b of ref.bydeler.keys()) bydeler += row(onBorders2024, 2024, b).total;
    expect(bydeler).toBe(713_067);
    expect(oslo.total - bydeler).toBe(1_528 + 1_666 + 1_449);
  });
});

describe('UnitInfo', () => {
  const units2024 = unitInfos(ref, 2024);
  const by = new Map(units2024.map((u) => [u.code, u]));

  it('lists every 2024 unit once, sorted', () => {
    expect(units2024.map((u) => u.code)).toEqual(reportingUnits(ref, 2024));
    expect(units2024).toHaveLength(356 + 15);
  });

  it('describes a kommune from the reference files', () => {
    expect(by.get('4601')).toEqual({
      code: '4601',
      name: 'Bergen',
      kind: 'kommune',
      parallelNames: [],
      fylke: '46',
      fylkeName: 'Vestland',
      sizeGroup: 'ge50000',
      malform: 'noytral', // malform.csv
      helseforetak: 'Helse Bergen HF',
      rhf: 'Helse Vest',
    });
    expect(by.get('1826')?.parallelNames).toEqual(['Aarborte']);
    expect(by.get('1580')?.sizeGroup).toBe('5000-9999'); // 9 357 inhabitants on 1.1.2024
    expect(by.get('1580')?.name).toBe('Haram');
  });

  it('gives bydeler their own helseforetak and Oslo’s målform', () => {
    const frogner = by.get('030105')!;
    expect(frogner.kind).toBe('bydel');
    expect(frogner.sizeGroup).toBe('bydel');
    expect(frogner.helseforetak).toBe('Diakonhjemmet Sykehus');
    expect(frogner.malform).toBe('noytral'); // malform.csv: 0301 Oslo
    expect(frogner.fylke).toBe('03');
  });

  it('describes the 2023 structure with its counties and 1507 Ålesund', () => {
    const u = new Map(unitInfos(ref, 2023).map((x) => [x.code, x]));
    expect(u.size).toBe(355 + 15);
    expect(u.get('1507')).toMatchObject({ name: 'Ålesund', fylke: '15', fylkeName: 'Møre og Romsdal', sizeGroup: 'ge50000' });
    expect(u.get('3803')).toMatchObject({ name: 'Tønsberg', fylkeName: 'Vestfold og Telemark' });
    expect(u.get('3001')?.fylkeName).toBe('Viken');
    expect(u.has('1508')).toBe(false);
  });

  it('refuses report years it cannot describe', () => {
    expect(() => unitInfos(ref, 2019)).toThrow(/not supported/);
  });
});
