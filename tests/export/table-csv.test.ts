import { describe, expect, it } from 'vitest';
import { headerText, tableCsv } from '../../pipeline/export/index.ts';
import { formatCell, MISSING } from '../../pipeline/format/index.ts';
import type { TableModel } from '../../pipeline/registry/types.ts';
import { excelValue, parseExcelCsv } from '../util/read-csv.ts';
import { DANGEROUS, headline, units } from './fixtures.ts';

/** The number a reader sees in the report (`+2,8 %`, `−41`, `13 488`), read as a number, in per cent for a share. */
function shown(text: string): number {
  return Number(text.replace(/[\s\u00a0+%]/g, '').replace('\u2212', '-').replace(',', '.'));
}

async function readBack(table: TableModel, synthetic: boolean) {
  const { rows } = await parseExcelCsv(tableCsv(table, { synthetic }));
  const top = synthetic ? 1 : 0;
  return { rows, top, header: rows[top + 2]!, data: rows.slice(top + 3, top + 3 + table.rows.length), after: rows.slice(top + 3 + table.rows.length) };
}

describe('a table as CSV', () => {
  it('is laid out like its worksheet: notice, title, blank, header with units, data, blank, notes, source', async () => {
    for (const table of [headline, units]) {
      const { rows, top, header, after } = await readBack(table, true);
      expect(rows[0]).toEqual(['Eksempeldata – ikke offisielle tall']);
      expect(rows[top]).toEqual([table.title]);
      expect(rows[top + 1]).toEqual([]);
      expect(header).toEqual(table.columns.map(headerText));
      expect(after).toEqual([[], ...table.notes.map((n) => [n]), [/^kilde/i.test(table.source) ? table.source : `Kilde: ${table.source}`]]);
    }
    const real = await readBack(headline, false);
    expect(real.rows[0]).toEqual([headline.title]);
    expect(real.rows.flat().join(' ')).not.toContain('Eksempeldata');
  });

  it('gives every number as Excel reads it and equal to what the report shows; missing values empty or –', async () => {
    for (const table of [headline, units]) {
      const { data } = await readBack(table, true);
      let numbers = 0;
      table.rows.forEach((row, r) =>
        table.columns.forEach((col, c) => {
          const field = data[r]![c]!;
          const value = row.cells[col.key];
          if (value === null || value === undefined) return expect(field).toBe(col.format === 'text' ? MISSING : '');
          if (typeof value === 'string') return;
          numbers++;
          expect(typeof excelValue(field), `${table.id} ${col.key} row ${r}: "${field}"`).toBe('number');
          if (col.format !== 'text') expect(excelValue(field)).toBe(shown(formatCell(value, col.format)));
        }),
      );
      expect(numbers).toBeGreaterThan(10);
    }
  });

  it('keeps text as text, and text that would be a formula behind an apostrophe', async () => {
    const { data } = await readBack(units, true);
    const names = data.map((r) => r[1]);
    for (const s of DANGEROUS) expect(names).toContain(`'${s}`);
    expect(names).toContain('Hjartdal – Bø (sammenslått) æøå ÆØÅ');
    expect(data.map((r) => r[0])).toContain('0301');
  });
});
