import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportError, tablesWorkbook, writeTablesWorkbook } from '../../pipeline/export/index.ts';
import type { CellValue, ColumnFormat, TableModel } from '../../pipeline/registry/types.ts';
import { awkward, DANGEROUS, headline, units } from './fixtures.ts';

const CREATED = new Date(Date.UTC(2025, 4, 1, 8, 30, 0));
const NOTICE = 'Eksempeldata – ikke offisielle tall';
const TABLES: TableModel[] = [headline, units, ...awkward];

/** What a Norwegian reader sees for a number in a column format, computed with ICU, not with our formatters. */
function shown(v: number, format: ColumnFormat): string {
  const nb = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat('nb-NO', o).format(v);
  const digits: Record<ColumnFormat, number> = {
    text: 0, integer: 0, decimal1: 1, decimal2: 2, percent1: 1, signedInteger: 0, signedDecimal1: 1, signedPercent1: 1,
  };
  const d = { minimumFractionDigits: digits[format], maximumFractionDigits: digits[format] };
  const signed = format.startsWith('signed') ? ({ signDisplay: 'exceptZero' } as const) : {};
  if (format === 'text') return String(v);
  return nb({ ...d, ...signed, ...(format.includes('ercent') ? { style: 'percent' } : {}) });
}

function loaded(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  return wb.xlsx.load(buf as unknown as ArrayBuffer).then(() => wb);
}

function text(v: ExcelJS.CellValue): string {
  return typeof v === 'string' ? v : v && typeof v === 'object' && 'text' in v ? String(v.text) : String(v ?? '');
}

/** The header row: the first row whose first cell is the first column's label. */
function headerRowOf(ws: ExcelJS.Worksheet, table: TableModel): number {
  for (let r = 1; r <= 10; r++) if (text(ws.getCell(r, 1).value).startsWith(table.columns[0]!.label)) return r;
  throw new Error(`no header row in ${ws.name}`);
}

let synthetic: Buffer;
let official: Buffer;
let wb: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  synthetic = await tablesWorkbook(TABLES, { title: 'Tabeller 2024', synthetic: true, created: CREATED });
  official = await tablesWorkbook(TABLES, { title: 'Tabeller 2024', synthetic: false, created: CREATED });
  wb = await loaded(synthetic);
  zip = await JSZip.loadAsync(synthetic);
});

describe('tablesWorkbook: structure', () => {
  it('has a contents sheet first, then one sheet per table with a valid, unique name', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Innhold');
    expect(names).toHaveLength(TABLES.length + 1);
    for (const n of names) {
      expect(n.length).toBeGreaterThan(0);
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[:\\/?*[\]]/);
      expect(n).not.toMatch(/^'|'$/);
      expect(n.toLowerCase()).not.toBe('history');
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    // Derived from the id: a plain id is kept as it is.
    expect(names[1]).toBe('headline');
    expect(names[2]).toBe(units.id.slice(0, 31));
  });

  it('puts each table title on its sheet, the notice on every sheet and in the properties when synthetic', async () => {
    for (const ws of wb.worksheets) expect(text(ws.getCell(1, 1).value)).toBe(NOTICE);
    TABLES.forEach((t, i) => expect(text(wb.worksheets[i + 1]!.getCell(2, 1).value)).toBe(t.title));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(NOTICE);
    expect(wb.title).toContain(NOTICE);
    expect(wb.created.getTime()).toBe(CREATED.getTime());
    expect(wb.modified.getTime()).toBe(CREATED.getTime());

    const real = await loaded(official);
    for (const ws of real.worksheets) ws.eachRow((row) => row.eachCell((c) => expect(text(c.value)).not.toContain('Eksempeldata')));
    expect(await (await JSZip.loadAsync(official)).file('docProps/core.xml')!.async('string')).not.toContain('Eksempeldata');
    expect(text(real.worksheets[1]!.getCell(1, 1).value)).toBe(headline.title);
  });

  it('lists every table on the contents sheet with a link to cell A1 of its sheet', async () => {
    const contents = wb.worksheets[0]!;
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const links = [...xml.matchAll(/<hyperlink\b([^>]*)\/>/g)].map((m) => m[1]!);
    expect(links).toHaveLength(TABLES.length);
    const sheetNames = wb.worksheets.slice(1).map((w) => w.name);
    sheetNames.forEach((name, i) => {
      const attrs = links[i]!;
      const location = /location="([^"]*)"/.exec(attrs)![1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      expect(location).toBe(`'${name.replace(/'/g, "''")}'!A1`);
      // An internal link only: no relationship to an "external" target.
      expect(attrs).not.toContain('r:id');
      const ref = /ref="([A-Z]+\d+)"/.exec(attrs)![1]!;
      expect(text(contents.getCell(ref).value)).toBe(name);
      expect(text(contents.getCell(contents.getCell(ref).row, 2).value)).toBe(TABLES[i]!.title);
    });
    for (const file of Object.keys(zip.files).filter((f) => f.endsWith('.rels'))) {
      expect(await zip.file(file)!.async('string')).not.toContain('TargetMode="External"');
    }
  });
});

describe('tablesWorkbook: a table sheet', () => {
  const cases = [
    { table: headline, sheet: 1 },
    { table: units, sheet: 2 },
  ];

  it.each(cases)('writes the header with units and freezes the rows above the data ($table.id)', ({ table, sheet }) => {
    const ws = wb.worksheets[sheet]!;
    const h = headerRowOf(ws, table);
    table.columns.forEach((col, c) => {
      const cell = ws.getCell(h, c + 1);
      const expected = col.unit && !col.label.toLowerCase().includes(col.unit.toLowerCase()) ? `${col.label} (${col.unit})` : col.label;
      expect(cell.value).toBe(expected);
      expect(cell.font?.bold).toBe(true);
    });
    const view = ws.views[0]!;
    expect(view.state).toBe('frozen');
    expect((view as ExcelJS.WorksheetViewFrozen).ySplit).toBe(h);
  });

  it('shows the unit in the header (2023 → "2023 (årsverk)"), not twice when the label says it', () => {
    const ws = wb.worksheets[1]!;
    const h = headerRowOf(ws, headline);
    expect(ws.getCell(h, 2).value).toBe('2023 (årsverk)');
    expect(ws.getCell(h, 6).value).toBe('Årsverk per 10 000 i målgruppen');
  });

  it.each(cases)('writes numbers as numbers of the same value with a format for the column ($table.id)', ({ table, sheet }) => {
    const ws = wb.worksheets[sheet]!;
    const first = headerRowOf(ws, table) + 1;
    table.rows.forEach((row, r) => {
      table.columns.forEach((col, c) => {
        const cell = ws.getCell(first + r, c + 1);
        const v: CellValue | undefined = row.cells[col.key];
        if (typeof v === 'number') {
          expect(cell.type).toBe(ExcelJS.ValueType.Number);
          expect(cell.value).toBe(v === 0 ? 0 : v); // −0 is written as 0
          if (col.format === 'text') return;
          const fmt = cell.numFmt;
          const section = fmt.split(';')[0]!;
          const decimals = /\.(0+)/.exec(section)?.[1]!.length ?? 0;
          const want = { integer: 0, decimal1: 1, decimal2: 2, percent1: 1, signedInteger: 0, signedDecimal1: 1, signedPercent1: 1 }[col.format];
          expect(decimals, `${col.key} ${fmt}`).toBe(want);
          expect(section.includes('%'), fmt).toBe(col.format.includes('ercent'));
          if (col.format.startsWith('signed')) {
            const parts = fmt.split(';');
            expect(parts[0]!.startsWith('+'), fmt).toBe(true);
            expect(parts[1], fmt).toContain('\u2212');
          } else {
            expect(fmt).not.toContain(';');
          }
          // Thousands grouped except for shares (which stay below 100 %).
          if (!col.format.includes('ercent')) expect(section).toContain('#,##0');
        } else if (v === null || v === undefined) {
          if (col.format === 'text') expect(cell.value).toBe('–');
          else expect(cell.value).toBeNull();
        } else {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.value).toBe(v);
          expect(cell.numFmt).toBe('@');
        }
      });
    });
  });

  it('keeps text that looks like a number as text: codes with leading zeros, "1 234", "-1", "007"', () => {
    const ws = wb.worksheets[2]!;
    const first = headerRowOf(ws, units) + 1;
    const values = units.rows.flatMap((_, r) => [1, 2, 7].map((c) => ws.getCell(first + r, c).value));
    for (const s of ['0301', '1507', '1 234', '-1', '007', '3']) expect(values).toContain(s);
    expect(values.filter((v) => typeof v === 'number')).toEqual([]);
  });

  it('makes total and subtotal rows bold and data rows not', () => {
    for (const { table, sheet } of cases) {
      const ws = wb.worksheets[sheet]!;
      const first = headerRowOf(ws, table) + 1;
      table.rows.forEach((row, r) => {
        for (let c = 1; c <= table.columns.length; c++) {
          expect(ws.getCell(first + r, c).font?.bold === true, `${table.id} row ${r}`).toBe(row.kind === 'total' || row.kind === 'subtotal');
        }
      });
    }
  });

  it('fits each column to its widest cell (as a Norwegian reader sees it) and its header wraps', () => {
    for (const { table, sheet } of cases) {
      const ws = wb.worksheets[sheet]!;
      const h = headerRowOf(ws, table);
      table.columns.forEach((col, c) => {
        const width = ws.getColumn(c + 1).width!;
        for (const row of table.rows) {
          const v = row.cells[col.key];
          const len = typeof v === 'number' ? shown(v, col.format).length : typeof v === 'string' ? v.length : 1;
          expect(width, `${table.id}.${col.key} ${String(v)}`).toBeGreaterThanOrEqual(len);
        }
        const header = String(ws.getCell(h, c + 1).value);
        if (header.length > width) expect(ws.getCell(h, c + 1).alignment?.wrapText).toBe(true);
      });
    }
  });

  it('wraps a data cell longer than the widest column instead of making the column huge', async () => {
    const long = 'Lang merknad '.repeat(12).trim();
    const t: TableModel = { ...headline, id: 'long', rows: [{ cells: { gruppe: long, a2023: 1 } }] };
    const ws = (await loaded(await tablesWorkbook([t], { synthetic: false, created: CREATED }))).worksheets[1]!;
    const cell = ws.getCell(headerRowOf(ws, t) + 1, 1);
    expect(cell.value).toBe(long);
    expect(ws.getColumn(1).width!).toBeLessThan(long.length);
    expect(cell.alignment?.wrapText).toBe(true);
  });

  it('puts the notes and the source line below the table', () => {
    for (const { table, sheet } of cases) {
      const ws = wb.worksheets[sheet]!;
      const last = headerRowOf(ws, table) + table.rows.length;
      const below: string[] = [];
      for (let r = last + 1; r <= ws.rowCount; r++) below.push(text(ws.getCell(r, 1).value));
      const noteAt = table.notes.map((n) => below.indexOf(n));
      noteAt.forEach((i) => expect(i).toBeGreaterThanOrEqual(0));
      const sourceAt = below.findIndex((s) => /^Kilde: /.test(s) && s.includes(table.source.replace(/^Kilde: /, '')));
      expect(sourceAt).toBeGreaterThan(Math.max(...noteAt));
      expect(below.filter((s) => s.startsWith('Kilde:'))).toHaveLength(1);
    }
  });
});

describe('tablesWorkbook: text is never a formula', () => {
  it('stores strings that start with = + - @ tab or CR as shared strings and has no <f> element anywhere', async () => {
    const sheets = Object.keys(zip.files).filter((f) => f.startsWith('xl/worksheets/') && f.endsWith('.xml'));
    expect(sheets.length).toBe(TABLES.length + 1);
    for (const f of sheets) {
      const xml = await zip.file(f)!.async('string');
      expect(xml).not.toMatch(/<f[\s>/]/);
      expect(xml).not.toMatch(/t="(str|inlineStr)"/);
    }
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(shared).toContain('=HYPERLINK(&quot;http://example.com/x&quot;,&quot;klikk&quot;)');

    const ws = wb.worksheets[2]!;
    const first = headerRowOf(ws, units) + 1;
    const seen = new Set<string>();
    for (let r = first; r < first + units.rows.length; r++) {
      for (const c of [2, 7]) {
        const cell = ws.getCell(r, c);
        if (typeof cell.value === 'string') seen.add(cell.value);
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      }
    }
    for (const s of DANGEROUS) expect(seen, JSON.stringify(s)).toContain(s);
  });

  it('keeps control characters, CR and literal "_x0041_" exactly (escaped as the format requires)', async () => {
    const odd = ['a\u0001b', 'line\r\nbreak', 'c_x0041_d', 'e_x005f_f', 'tab\there', '\uFFFEz'];
    const t: TableModel = { ...headline, id: 'odd', rows: odd.map((s) => ({ cells: { gruppe: s } })), title: 'Æ\rØ', notes: ['_x0020_'] };
    const buf = await tablesWorkbook([t], { synthetic: false, created: CREATED });
    const ws = (await loaded(buf)).worksheets[1]!;
    const first = headerRowOf(ws, t) + 1;
    expect(odd.map((_, r) => ws.getCell(first + r, 1).value)).toEqual(odd);
    expect(ws.getCell(1, 1).value).toBe('Æ\rØ');
    const all: ExcelJS.CellValue[] = [];
    ws.eachRow((row) => row.eachCell((c) => all.push(c.value)));
    expect(all).toContain('_x0020_');
    const shared = await (await JSZip.loadAsync(buf)).file('xl/sharedStrings.xml')!.async('string');
    expect(shared).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('also keeps a formula-like title, note, source, label and id as text', async () => {
    const evil = '=HYPERLINK("http://example.com","x")';
    const t: TableModel = {
      id: evil,
      title: evil,
      columns: [{ key: 'a', label: evil, unit: '+1', format: 'integer' }],
      rows: [{ cells: { a: evil } }],
      notes: [evil],
      source: evil,
    };
    const buf = await tablesWorkbook([t], { synthetic: false, created: CREATED });
    const z = await JSZip.loadAsync(buf);
    for (const f of Object.keys(z.files).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      expect(await z.file(f)!.async('string')).not.toMatch(/<f[\s>/]/);
    }
    const ws = (await loaded(buf)).worksheets[1]!;
    const values: ExcelJS.CellValue[] = [];
    ws.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values.filter((v) => typeof v === 'string' && v.startsWith('=')).length).toBeGreaterThanOrEqual(4);
  });
});

describe('tablesWorkbook: edge cases', () => {
  it('writes a table without rows and a table without notes', async () => {
    const empty: TableModel = { ...headline, id: 'empty', rows: [], notes: [] };
    const ws = (await loaded(await tablesWorkbook([empty], { synthetic: false, created: CREATED }))).worksheets[1]!;
    const h = headerRowOf(ws, empty);
    expect(text(ws.getCell(h + 2, 1).value)).toBe(`Kilde: ${headline.source}`);
  });

  it('writes an empty cell for NaN and infinite numbers, never a text "NaN"', async () => {
    const t: TableModel = { ...headline, id: 'nan', rows: [{ cells: { gruppe: 'x', a2023: Number.NaN, a2024: Number.POSITIVE_INFINITY } }] };
    const ws = (await loaded(await tablesWorkbook([t], { synthetic: false, created: CREATED }))).worksheets[1]!;
    const r = headerRowOf(ws, t) + 1;
    expect(ws.getCell(r, 2).value).toBeNull();
    expect(ws.getCell(r, 3).value).toBeNull();
  });

  it('rejects a cell that is neither number, string nor null with a coded error naming table, row and column', async () => {
    const bad = { ...headline, rows: [{ cells: { gruppe: 'x', a2023: { formula: '1+1' } as unknown as number } }] };
    const err = await tablesWorkbook([bad], { synthetic: false, created: CREATED }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).code).toBe('export.bad-cell');
    expect((err as ExportError).message).toContain('headline');
    expect((err as ExportError).message).toContain('a2023');
  });
});

describe('tablesWorkbook: deterministic bytes', () => {
  it('gives identical bytes for the same input and date, different bytes for another date', async () => {
    const again = await tablesWorkbook(TABLES, { title: 'Tabeller 2024', synthetic: true, created: CREATED });
    expect(Buffer.compare(again, synthetic)).toBe(0);
    const later = await tablesWorkbook(TABLES, { title: 'Tabeller 2024', synthetic: true, created: new Date(Date.UTC(2026, 0, 2)) });
    expect(Buffer.compare(later, synthetic)).not.toBe(0);
  });
});

describe('writeTablesWorkbook', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'export-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same bytes to the file, leaving no temporary file behind', async () => {
    const file = join(dir, 'nested', 'tabeller.xlsx');
    await writeTablesWorkbook(file, TABLES, { title: 'Tabeller 2024', synthetic: true, created: CREATED });
    expect(Buffer.compare(readFileSync(file), synthetic)).toBe(0);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['tabeller.xlsx']);
  });
});
