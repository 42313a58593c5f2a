import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kommunerInYear, loadReference, sizeGroupOf } from '../../pipeline/reference/index.ts';

const ref = loadReference('data/reference');

describe('reference data', () => {
  it('has the kommune counts of each year (spec §1)', () => {
    const counts = Object.fromEntries([2015, 2016, 2017, 2018, 2019, 2020, 2023, 2024].map((y) => [y, kommunerInYear(ref, y).length]));
    expect(counts).toEqual({ 2015: 428, 2016: 428, 2017: 426, 2018: 422, 2019: 422, 2020: 356, 2023: 356, 2024: 357 });
  });

  it('names pre-2017 kommuner that disappeared in 2017', () => {
    const y2016 = new Map(kommunerInYear(ref, 2016).map((k) => [k.code, k.name]));
    expect(y2016.get('0720')).toBe('Stokke');
    expect(y2016.get('0719')).toBe('Andebu');
    expect(y2016.has('0710')).toBe(false);
  });

  it('joins population, målform and health trusts for 2024 units', () => {
    expect(ref.kommuner.size).toBe(357);
    expect(ref.bydeler.size).toBe(15);
    const bergen = ref.population.get(2024)?.get('4601');
    expect(bergen && bergen.age0_17 + bergen.age18plus).toBe(bergen?.total);
    expect(ref.malform.get('4601')).toBeDefined();
    expect(ref.healthTrusts.get('030101')?.rhf).toBe('Helse Sør-Øst');
    // National population 1 January 2024 (SOURCES.md).
    expect(ref.population.get(2024)?.get('00')?.total).toBe(5_550_203);
  });

  it('puts kommuner in size groups by inhabitants', () => {
    expect(sizeGroupOf('kommune', 1999)).toBe('lt2000');
    expect(sizeGroupOf('kommune', 2000)).toBe('2000-4999');
    expect(sizeGroupOf('kommune', 49_999)).toBe('20000-49999');
    expect(sizeGroupOf('kommune', 50_000)).toBe('ge50000');
    expect(sizeGroupOf('bydel', 100_000)).toBe('bydel');
  });

  it('reads the fylkeskommuner\'s målform where one is recorded, and rejects unknown codes and values', () => {
    expect(Object.fromEntries(ref.fylkeMalform)).toEqual({ '15': 'nynorsk', '46': 'nynorsk' });
    for (const code of ref.fylkeMalform.keys()) expect(ref.fylker.has(code)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'is248-ref-'));
    try {
      cpSync('data/reference', dir, { recursive: true });
      writeFileSync(join(dir, 'fylke-malform.csv'), 'fylkesnummer,fylkesnavn,malform,source_id\n46,Vestland,nynorsk,FM2\n12,Hordaland,nynorsk,X\n');
      expect(() => loadReference(dir)).toThrow(/fylke-malform\.csv:3: fylkesnummer "12" is not in fylker\.csv/);
      writeFileSync(join(dir, 'fylke-malform.csv'), 'fylkesnummer,fylkesnavn,malform,source_id\n46,Vestland,Nynorsk,FM2\n');
      expect(() => loadReference(dir)).toThrow(/fylke-malform\.csv:2: malform "Nynorsk" is not one of bokmal, nynorsk, noytral/);
      rmSync(join(dir, 'fylke-malform.csv'));
      expect(loadReference(dir).fylkeMalform.size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
