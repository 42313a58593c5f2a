import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportedTables, exportTables, tablesWorkbookPath } from '../../pipeline/export/index.ts';
import type { FigureModel, RegistryArtifact, TableModel } from '../../pipeline/registry/types.ts';
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
};

describe('export stage', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('puts the workbook at <out>/<year>/tabeller/tabeller-<year>.xlsx', () => {
    expect(tablesWorkbookPath('/x/output', 2024)).toBe(join('/x/output', '2024', 'tabeller', 'tabeller-2024.xlsx'));
  });

  it('exports the tables, then the data of figures that no table already shows', () => {
    expect(exportedTables(artifact).map((t) => t.id)).toEqual(['headline', units.id, 'figur-tiltak']);
  });

  it('writes every exported table, marked as sample data, with the injected date', async () => {
    const out = mkdtempSync(join(tmpdir(), 'export-stage-'));
    dirs.push(out);
    const created = new Date(Date.UTC(2025, 2, 3));
    const result = await exportTables(artifact, { out, created });
    expect(result.file).toBe(tablesWorkbookPath(out, 2024));
    expect(result.tables).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(result.file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Innhold', 'headline', units.id.slice(0, 31), 'figur-tiltak']);
    expect(wb.created.getTime()).toBe(created.getTime());
    expect(wb.worksheets[3]!.getCell(2, 1).value).toBe('Årsverk etter tiltak');
    for (const ws of wb.worksheets) expect(ws.getCell(1, 1).value).toBe('Eksempeldata – ikke offisielle tall');
  });
});
