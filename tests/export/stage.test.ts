import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportedTables, exportTables } from '../../pipeline/export/index.ts';
import { outputLayout } from '../../pipeline/layout.ts';
import type { FigureModel, RegistryArtifact, TableModel } from '../../pipeline/registry/types.ts';
import { parseExcelCsv } from '../util/read-csv.ts';
import { headline, units } from './fixtures.ts';

function figure(id: string, table: TableModel): FigureModel {
  return { id, title: `Figur ${id}`, altText: '', spec: { data: { values: [] }, mark: 'bar' }, table, notes: [], source: table.source };
}

const byTiltak: TableModel = { ...headline, id: 'tiltak-data', title: 'Årsverk etter tiltak', rows: headline.rows.slice(0, 2) };

const artifact: RegistryArtifact = {
  reportYear: 2024,
  synthetic: true,
  tables: { headline, [units.id]: units },
  // The first figure shows exactly the headline table's numbers; the second has its own.
  figures: { 'series-long': figure('series-long', { ...headline, id: 'series-long' }), tiltak: figure('tiltak', byTiltak) },
    questions: [],
  facts: {},
  tableSets: {},
};

describe('export stage', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('the layout puts the workbook at <out>/<year>/tabeller/tabeller-<year>.xlsx', () => {
    expect(outputLayout('/x/output').year(2024).tables.xlsx).toBe(join('/x/output', '2024', 'tabeller', 'tabeller-2024.xlsx'));
  });

  it('exports the tables, then the data of figures that no table already shows', () => {
    expect(exportedTables(artifact).map((t) => t.id)).toEqual(['headline', units.id, 'figur-tiltak']);
  });

  it('writes every exported table, marked as sample data, with the injected date', async () => {
    const out = mkdtempSync(join(tmpdir(), 'export-stage-'));
    dirs.push(out);
    const created = new Date(Date.UTC(2025, 2, 3));
    const files = outputLayout(out).year(2024).tables;
    const result = await exportTables(artifact, { files, created });
    expect(result.file).toBe(files.xlsx);
    expect(result.tables).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(result.file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Innhold', 'headline', units.id.slice(0, 31), 'figur-tiltak']);
    expect(wb.created.getTime()).toBe(created.getTime());
    expect(wb.worksheets[3]!.getCell(2, 1).value).toBe('Årsverk etter tiltak');
    for (const ws of wb.worksheets) expect(ws.getCell(1, 1).value).toBe('Eksempeldata – ikke offisielle tall');
  });

  it('writes every exported table also as CSV beside the workbook, and removes the CSV of a table no longer exported', async () => {
    const out = mkdtempSync(join(tmpdir(), 'export-stage-'));
    dirs.push(out);
    const files = outputLayout(out).year(2024).tables;
    const dir = files.csvDir;
    expect(dir).toBe(join(out, '2024', 'tabeller', 'csv'));
    const result = await exportTables(artifact, { files, created: new Date(0) });
    expect(result.csvDir).toBe(dir);
    expect(readdirSync(dir).sort()).toEqual(exportedTables(artifact).map((t) => `${t.id}.csv`).sort());
    const { rows } = await parseExcelCsv(readFileSync(join(dir, 'figur-tiltak.csv'), 'utf8'));
    expect(rows.slice(0, 2)).toEqual([['Eksempeldata – ikke offisielle tall'], ['Årsverk etter tiltak']]);
    expect(rows[4]).toEqual(['Voksne', '13125', '13488', '363', '2,8', '31,9']);

    writeFileSync(join(dir, 'old-table.csv'), 'x');
    await exportTables({ ...artifact, figures: {} }, { files, created: new Date(0) });
    expect(readdirSync(dir).sort()).toEqual(['headline.csv', `${units.id}.csv`].sort());
  });
});
