// Which units get a sheet, their written standard and file-name slugs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import { factsheetUnits, slug } from '../../pipeline/factsheets/index.ts';
import { contentData, fylkeMalformCsv, isBydelCode, malformCsv } from './content-data.ts';

let data: BuildData;
beforeAll(async () => {
  data = await contentData();
});

describe('slug', () => {
  it.each([
    ['Bergen', 'bergen'],
    ['Ålesund', 'alesund'],
    ['Bærum', 'baerum'],
    ['Måsøy', 'masoy'],
    ['St. Hanshaugen', 'st-hanshaugen'],
    ['Grünerløkka', 'grunerlokka'],
    ['Guovdageaidnu - Kautokeino', 'guovdageaidnu-kautokeino'],
    ['Porsáŋgu', 'porsangu'],
    ['Unjárga', 'unjarga'],
    ['Nordre Follo', 'nordre-follo'],
    ['Møre og Romsdal', 'more-og-romsdal'],
  ])('%s → %s', (name, expected) => {
    expect(slug(name)).toBe(expected);
  });
});

describe('factsheetUnits', () => {
  it('has one sheet per kommune (Oslo as a whole), bydel, fylke and the country', () => {
    const units = factsheetUnits(data);
    const count = (k: string) => units.filter((u) => u.kind === k).length;
    expect(count('kommune')).toBe(data.reference.kommuner.size); // 357 in 2024, Oslo included
    expect(count('bydel')).toBe(data.reference.bydeler.size);
    expect(count('fylke')).toBe(data.reference.fylker.size);
    expect(count('land')).toBe(1);
    expect(units).toHaveLength(357 + 15 + 15 + 1);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    expect(units.find((u) => u.code === '0301')).toMatchObject({ kind: 'kommune', name: 'Oslo', fylke: '03' });
    for (const u of units) {
      expect(u.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (u.kind === 'kommune') expect(u.fylke).toBe(u.code.slice(0, 2));
      if (u.kind === 'bydel') expect(u.fylke).toBe('03');
    }
  });

  it('picks nynorsk for nynorsk kommuner, bokmål for bokmål and neutral ones; bydeler follow Oslo; fylker their own', () => {
    const malform = malformCsv();
    const units = factsheetUnits(data);
    for (const u of units.filter((x) => x.kind === 'kommune')) {
      expect(u.lang, u.code).toBe(malform.get(u.code) === 'nynorsk' ? 'nn' : 'nb');
    }
    const oslo = malform.get('0301') === 'nynorsk' ? 'nn' : 'nb';
    for (const u of units.filter((x) => isBydelCode(x.code))) expect(u.lang).toBe(oslo);
    // A fylke: its own målform where fylke-malform.csv records one, else bokmål; the country: bokmål.
    const fylkeMalform = fylkeMalformCsv();
    for (const u of units.filter((x) => x.kind === 'fylke')) expect(u.lang, u.code).toBe(fylkeMalform.get(u.code) === 'nynorsk' ? 'nn' : 'nb');
    expect(units.find((u) => u.code === '46')?.lang).toBe('nn');
    expect(units.find((u) => u.code === '03')?.lang).toBe('nb');
    expect(units.find((u) => u.kind === 'land')?.lang).toBe('nb');
    const nynorsk = [...malform.values()].filter((m) => m === 'nynorsk').length;
    const nynorskFylker = [...fylkeMalform.values()].filter((m) => m === 'nynorsk').length;
    expect(units.filter((u) => u.lang === 'nn')).toHaveLength(nynorsk + nynorskFylker);
    expect(nynorsk).toBeGreaterThan(50);
  });
});
