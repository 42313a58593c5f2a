// The broken-workbook corpus, ingest side: workbook-level problems and every normalisation of cell
// values, each with the exact findings expected (rule and cell) — and nothing else.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, ingestFixture, reference } from '../fixtures/check.ts';
import type { UnitReport, YearExtract } from '../../pipeline/types.ts';

function unit(extract: YearExtract, code: string): UnitReport {
  const u = extract.units.find((x) => x.code === code);
  if (!u) throw new Error(`unit ${code} not in ${extract.file}`);
  return u;
}

describe('workbook-level problems', () => {
  it.each([
    ['not-excel.xlsx', ['error file.not-excel !']],
    ['empty-workbook.xlsx', ['error file.empty !']],
    ['missing-sheet.xlsx', ['error sheet.missing Spørsmål!']],
    ['missing-header.xlsx', ['error header.missing Årsverk!']],
    ['duplicate-header.xlsx', ['error header.duplicate Årsverk!AG1']],
    ['extra-column.xlsx', ['warning header.unknown Årsverk!AG1']],
  ])('%s gives exactly %j', async (name, expected) => {
    const { brief } = await check(name);
    expect(brief).toEqual(expected);
  });

  it('names the missing header and the missing sheet', async () => {
    const header = await check('missing-header.xlsx');
    expect(header.findings[0]).toMatchObject({ variable: 'B_U23', file: 'missing-header.xlsx' });
    expect(header.findings[0]!.message).toContain('B_U23');
    const sheet = await check('missing-sheet.xlsx');
    expect(sheet.findings[0]!.message).toContain('Spørsmål');
    // The two sheets that are there are still read.
    expect(sheet.extract.units).toHaveLength(6);
    expect(Object.values(unit(sheet.extract, '4601').answers).every((a) => a === null)).toBe(true);
  });

  it('reads nothing from a file that is not a workbook, and says what it looks like', async () => {
    const { extract, findings } = await check('not-excel.xlsx');
    expect(extract.units).toEqual([]);
    expect(findings[0]!.message).toMatch(/tekstfil/);
  });

  it('turns a missing file, a directory, a damaged zip and a zip that is no workbook into findings, never exceptions', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { ingestWorkbook } = await import('../../pipeline/ingest/index.ts');
    const { codebook, fixture } = await import('../fixtures/check.ts');
    const dir = mkdtempSync(join(tmpdir(), 'is248-ingest-'));
    const random = join(dir, 'is248_2024.xlsx');
    writeFileSync(random, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    // A damaged workbook: the start of a real one, cut off.
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, readFileSync(fixture('clean.xlsx')).subarray(0, 4000));
    // A complete zip without a workbook part (as a Word document or a zipped folder would be).
    const zipped = join(dir, 'zipped.xlsx');
    writeFileSync(zipped, Buffer.from(readFileSync(fixture('clean.xlsx')).toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xmz'), 'latin1'));
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder);
    const rules = [];
    for (const path of [random, folder, join(dir, 'missing.xlsx'), cut, zipped]) {
      const x = await ingestWorkbook(path, { codebook, reference, year: 2024 });
      rules.push(x.findings.map((f) => f.rule));
    }
    expect(rules).toEqual([['file.damaged'], ['file.not-found'], ['file.not-found'], ['file.damaged'], ['file.not-excel']]);
  });

  it('needs a year from the name or the caller', async () => {
    const { ingestWorkbook } = await import('../../pipeline/ingest/index.ts');
    const { codebook, fixture } = await import('../fixtures/check.ts');
    const x = await ingestWorkbook(fixture('clean.xlsx'), { codebook, reference });
    expect(x.findings.map((f) => f.rule)).toEqual(['file.year-unknown']);
    const named = await ingestWorkbook(fixture('change/is248_2023.xlsx'), { codebook, reference });
    expect(named.year).toBe(2023);
    expect(named.scheme).toBe('A');
    // The artifact names the workbook, not where this machine keeps it (the stage cache survives a move).
    expect(named.file).toBe('is248_2023.xlsx');
    expect(named.units.length).toBeGreaterThan(0);
    expect(new Set(named.units.map((u) => u.source.file))).toEqual(new Set(['is248_2023.xlsx']));
    const clash = await ingestWorkbook(fixture('change/is248_2023.xlsx'), { codebook, reference, year: 2022 });
    expect(clash.findings.map((f) => f.rule)).toContain('file.year-mismatch');
  });
});

describe('normalisations are made and recorded', () => {
  it('the clean workbook gives no findings and six units with every value', async () => {
    const { extract, brief } = await check('clean.xlsx');
    expect(brief).toEqual([]);
    expect(extract.units.map((u) => u.code)).toEqual(['030101', '030102', '030105', '1103', '4601', '1812']);
    expect(extract.scheme).toBe('B');
    const bergen = unit(extract, '4601');
    expect(bergen).toMatchObject({ name: 'Bergen', status: 'levert', date: '2025-03-05' });
    expect(bergen.source.rows).toEqual({ Innsending: 6, Årsverk: 6, Spørsmål: 6 });
    // The fixture puts 29 årsverk per 10 000 adults (18+, 1 January 2024), to the hundredth, into Bergen's tiltak for voksne.
    const adults = reference.populationHistorical.get(2024)!.get('4601')!.age18plus;
    const tiltakV = Object.entries(bergen.arsverk)
      .filter(([k]) => k.startsWith('V_T'))
      .reduce((s, [, v]) => s + (v ?? 0), 0);
    expect(tiltakV).toBeCloseTo(Math.round((29 * adults) / 100) / 100, 6);
    expect(bergen.answers.KOMMENTAR).toBe('Tallene er hentet fra lønnssystemet.');
    expect(bergen.answers.RPH).toBe(1);
    expect(extract.columns?.['Årsverk']?.['V_T21']).toBe('C');
  });

  it('codes that lost their leading zero', async () => {
    const { extract, brief } = await check('leading-zero.xlsx');
    expect(brief).toEqual(['warning code.leading-zero Innsending!A3 030102', 'warning code.leading-zero Årsverk!A4 030105']);
    // Still one unit each: the repaired code joins the other sheets' rows.
    expect(extract.units.map((u) => u.code)).toEqual(['030101', '030102', '030105', '1103', '4601', '1812']);
    expect(unit(extract, '030105').source.rows).toEqual({ Innsending: 4, Årsverk: 4, Spørsmål: 4 });
  });

  it('numbers stored as text with a decimal comma', async () => {
    const { extract, brief, findings } = await check('decimal-comma.xlsx');
    expect(brief).toEqual(['warning value.decimal-comma Årsverk!E7 1812']);
    const clean = await ingestFixture('clean.xlsx');
    expect(unit(extract, '1812').arsverk).toEqual(unit(clean, '1812').arsverk);
    expect(findings[0]!.message).toMatch(/^Kommune 1812 Sømna: celle E7 inneholder teksten «\d+,\d+»/);
  });

  it('formulas: the cached result is used; without one it is an error', async () => {
    const clean = await ingestFixture('clean.xlsx');
    const withResult = await check('formula.xlsx');
    expect(withResult.brief).toEqual(['warning value.formula Årsverk!E6 4601']);
    expect(unit(withResult.extract, '4601').arsverk).toEqual(unit(clean, '4601').arsverk);

    const without = await check('formula-no-result.xlsx');
    // The cell is read as blank, so Bergen's sums for voksne no longer agree either.
    expect(without.brief).toEqual(['error sum.tiltak-utdanning Årsverk!C6 4601', 'error value.formula-no-result Årsverk!E6 4601']);
    expect(unit(without.extract, '4601').arsverk.V_T23).toBeNull();
  });

  it('blank cells become null, reported once per row', async () => {
    const { extract, brief, findings } = await check('blank-cells.xlsx');
    expect(brief).toEqual(['info value.blank Årsverk!G7 1812']);
    expect(findings[0]!.message).toContain('G7, I7 og X7');
    const somna = unit(extract, '1812');
    expect([somna.arsverk.V_T25, somna.arsverk.V_T27, somna.arsverk.B_U21]).toEqual([null, null, null]);
  });

  it('stray and trailing spaces', async () => {
    const { extract, brief } = await check('trailing-spaces.xlsx');
    expect(brief).toEqual([
      'warning text.whitespace Innsending!B6 4601',
      'warning value.whitespace Innsending!A6 4601',
      'warning value.whitespace Innsending!C6 4601',
    ]);
    expect(unit(extract, '4601')).toMatchObject({ name: 'Bergen', status: 'levert' });
    expect(extract.units).toHaveLength(6);
  });

  it('rich text, hyperlinks, dates as text or numbers, status in capitals', async () => {
    const { extract, brief } = await check('cell-formats.xlsx');
    expect(brief).toEqual([
      'info date.serial Innsending!D5 1103',
      'info date.text Innsending!D4 030105',
      'info status.normalised Innsending!C6 4601',
      'info value.hyperlink Innsending!B3 030102',
      'info value.rich-text Innsending!B2 030101',
    ]);
    expect(unit(extract, '030101').name).toBe('Gamle Oslo');
    expect(unit(extract, '030102').name).toBe('Grünerløkka');
    expect(unit(extract, '030105').date).toBe('2025-03-03');
    // Excel serial 45720 counts days from 1899-12-30: 2025-03-04.
    expect(unit(extract, '1103').date).toBe(new Date(Date.UTC(1899, 11, 30) + 45720 * 86_400_000).toISOString().slice(0, 10));
    expect(unit(extract, '4601').status).toBe('levert');
  });

  it('a duplicated unit keeps its first row', async () => {
    const { extract, brief, findings } = await check('duplicate-unit.xlsx');
    expect(brief).toEqual(['error unit.duplicate Årsverk!A8 1103']);
    expect(unit(extract, '1103').source.rows['Årsverk']).toBe(5);
    expect(findings[0]!.message).toContain('rad 5 og 8');
  });
});
