// The header row: missing (row 1 already holds data) gives one finding that names the sheet, the row and
// what is there, and nothing about each column or unit after it; shifted down by title rows it is found
// and the sheet read as usual, with a warning.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { codebookForYear } from '../../pipeline/codebook/index.ts';
import { ingestWorkbook } from '../../pipeline/ingest/index.ts';
import type { UnitReport } from '../../pipeline/types.ts';
import { validateExtract } from '../../pipeline/validate/index.ts';
import { brief, codebook, fixture, reference } from '../fixtures/check.ts';

const dir = mkdtempSync(join(tmpdir(), 'is248-header-row-'));

/** clean.xlsx with the sheet `sheet` edited, ingested and validated. */
async function edited(name: string, sheet: string, edit: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture('clean.xlsx'));
  edit(wb.getWorksheet(sheet)!);
  const path = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(path);
  const extract = await ingestWorkbook(path, { codebook, reference, year: 2024 });
  const validated = validateExtract(extract, { yearCodebook: codebookForYear(codebook, 2024), reference, codebook });
  const findings = [...extract.findings, ...validated];
  return { extract, findings, brief: brief(findings) };
}

const values = (units: UnitReport[]) => units.map((u) => ({ code: u.code, status: u.status, arsverk: u.arsverk, answers: u.answers }));

describe('header row', () => {
  it('missing in Årsverk: one finding naming the sheet, the row and the unit found there, and no cascade', async () => {
    const { findings, brief: b } = await edited('no-header', 'Årsverk', (ws) => ws.spliceRows(1, 1));
    expect(b).toEqual(['error header.row-missing Årsverk!A1']);
    const f = findings[0]!;
    expect(f.file).toBe('no-header.xlsx');
    expect(f.message).toMatch(/^Arket Årsverk mangler overskriftsraden: rad 1 /);
    expect(f.message).toContain('030101 i A1');
    expect(f.message).toContain('enhetsnr');
  });

  it('missing in every sheet: one finding each', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('clean.xlsx'));
    for (const ws of wb.worksheets) ws.spliceRows(1, 1);
    const path = join(dir, 'no-headers.xlsx');
    await wb.xlsx.writeFile(path);
    const extract = await ingestWorkbook(path, { codebook, reference, year: 2024 });
    const validated = validateExtract(extract, { yearCodebook: codebookForYear(codebook, 2024), reference, codebook });
    expect(brief([...extract.findings, ...validated])).toEqual([
      'error header.row-missing Innsending!A1',
      'error header.row-missing Spørsmål!A1',
      'error header.row-missing Årsverk!A1',
    ]);
  });

  it('a first row with neither headers nor a unit code is named as what it is', async () => {
    const { findings, brief: b } = await edited('garbage-header', 'Spørsmål', (ws) => {
      ws.spliceRows(1, 1, ['Svar fra kommunen', 'se vedlegg']);
    });
    expect(b).toEqual(['error header.row-not-found Spørsmål!A1']);
    expect(findings[0]!.message).toContain('«Svar fra kommunen» i A1');
  });

  it('a misspelt unit-code header: one error saying the sheet cannot be read, and no finding per unit', async () => {
    const { findings, brief: b } = await edited('id-header', 'Årsverk', (ws) => {
      ws.getCell('A1').value = 'enhetsnummer';
    });
    expect(b).toEqual(['error header.id-missing Årsverk!A1', 'warning header.unknown Årsverk!A1']);
    expect(findings.find((f) => f.rule === 'header.id-missing')!.message).toContain('«enhetsnummer»');
  });

  it('shifted down by title rows: found, read as the clean workbook, with a warning naming the row', async () => {
    const clean = await ingestWorkbook(fixture('clean.xlsx'), { codebook, reference, year: 2024 });
    const { extract, findings, brief: b } = await edited('title-rows', 'Årsverk', (ws) => {
      ws.spliceRows(1, 0, ['Årsverk 2024 – Oslo og Vestland'], ['Fylt ut av kommunen']);
    });
    expect(b).toEqual(['warning header.row-shifted Årsverk!A3']);
    expect(findings[0]!.message).toContain('rad 3');
    expect(findings[0]!.message).toContain('«Årsverk 2024 – Oslo og Vestland» i A1');
    expect(values(extract.units)).toEqual(values(clean.units));
    expect(extract.units.find((u) => u.code === '4601')!.source.rows['Årsverk']).toBe(clean.units.find((u) => u.code === '4601')!.source.rows['Årsverk']! + 2);
  });

  it('findings under a shifted header name the cells of the real rows', async () => {
    const { brief: b } = await edited('title-rows-text', 'Årsverk', (ws) => {
      ws.spliceRows(1, 0, ['Årsverk 2024']);
      ws.getCell('E7').value = 'mange';
    });
    // E7 is row 6 of the unshifted sheet: unit 4601 Bergen, whose tiltak no longer sum to its utdanning.
    expect(b).toEqual(['error sum.tiltak-utdanning Årsverk!C7 4601', 'error value.not-a-number Årsverk!E7 4601', 'warning header.row-shifted Årsverk!A2']);
  });
});
