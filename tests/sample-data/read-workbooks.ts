// A small, independent reader of the written sample workbooks for the tests: it uses exceljs directly (not
// the generator's model nor any project ingest module) and normalises the documented blemishes, noting each.
import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export type Cell = number | string | null;

export interface Normalisation {
  sheet: string;
  cell: string;
  kind: 'code-as-number' | 'decimal-comma' | 'formula' | 'trailing-space';
  raw: string;
}

export interface ReadUnit {
  code: string;
  name: string;
  status: string;
  date: Date | null;
  /** Årsverk by variable code, null = blank; undefined when the unit has no row in `Årsverk`. */
  arsverk?: Record<string, number | null>;
  /** Answers by question code; undefined when the unit has no row in `Spørsmål`. */
  answers?: Record<string, Cell>;
}

export interface ReadYear {
  year: number;
  file: string;
  sheetNames: string[];
  headers: Record<string, string[]>;
  units: Map<string, ReadUnit>;
  about: string[];
  properties: { title: string; subject: string; description: string; keywords: string; creator: string; created: Date; modified: Date };
  normalisations: Normalisation[];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
}

export async function readYear(file: string, year: number): Promise<ReadYear> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const normalisations: Normalisation[] = [];
  const note = (sheet: string, cell: ExcelJS.Cell, kind: Normalisation['kind']) =>
    normalisations.push({ sheet, cell: cell.address, kind, raw: JSON.stringify(cell.value) });

  const code = (sheet: string, cell: ExcelJS.Cell): string => {
    const v = cell.value;
    if (typeof v === 'number') {
      note(sheet, cell, 'code-as-number');
      const s = String(v);
      return s.length <= 4 ? s.padStart(4, '0') : s.padStart(6, '0');
    }
    const s = cellText(v);
    if (s !== s.trim()) note(sheet, cell, 'trailing-space');
    return s.trim();
  };
  const text = (sheet: string, cell: ExcelJS.Cell): string => {
    const s = cellText(cell.value);
    if (s !== s.trim()) note(sheet, cell, 'trailing-space');
    return s.trim();
  };
  const number = (sheet: string, cell: ExcelJS.Cell): number | null => {
    const v = cell.value;
    if (v === null || v === undefined || v === '') return null;
    if (typeof v === 'number') return v;
    if (typeof v === 'string') {
      note(sheet, cell, 'decimal-comma');
      const n = Number(v.trim().replace(',', '.'));
      if (!Number.isFinite(n)) throw new Error(`${file} ${sheet}!${cell.address}: not a number: ${v}`);
      return n;
    }
    if (typeof v === 'object' && 'formula' in v) {
      note(sheet, cell, 'formula');
      return Number(v.result);
    }
    throw new Error(`${file} ${sheet}!${cell.address}: unexpected value ${JSON.stringify(v)}`);
  };

  const sheetNames = wb.worksheets.map((ws) => ws.name);
  const headers: Record<string, string[]> = {};
  const rowsOf = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`${file}: no sheet ${name}`);
    const header: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: false }, (c, col) => (header[col - 1] = cellText(c.value)));
    headers[name] = header;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row, n) => n > 1 && rows.push(row));
    return { header, rows };
  };

  const units = new Map<string, ReadUnit>();
  const inns = rowsOf('Innsending');
  for (const row of inns.rows) {
    const c = code('Innsending', row.getCell(1));
    const date = row.getCell(4).value;
    units.set(c, { code: c, name: text('Innsending', row.getCell(2)), status: text('Innsending', row.getCell(3)), date: date instanceof Date ? date : null });
  }
  const arsverk = rowsOf('Årsverk');
  for (const row of arsverk.rows) {
    const c = code('Årsverk', row.getCell(1));
    const unit = units.get(c);
    if (!unit) throw new Error(`${file}: ${c} in Årsverk but not in Innsending`);
    unit.arsverk = Object.fromEntries(arsverk.header.slice(2).map((v, i) => [v, number('Årsverk', row.getCell(i + 3))]));
  }
  const sporsmal = rowsOf('Spørsmål');
  for (const row of sporsmal.rows) {
    const c = code('Spørsmål', row.getCell(1));
    const unit = units.get(c);
    if (!unit) throw new Error(`${file}: ${c} in Spørsmål but not in Innsending`);
    unit.answers = Object.fromEntries(
      sporsmal.header.slice(2).map((q, i) => {
        const v = row.getCell(i + 3).value;
        return [q, v === null || v === undefined ? null : typeof v === 'number' ? v : cellText(v)];
      }),
    );
  }
  const about: string[] = [];
  wb.getWorksheet('Om dataene')?.eachRow((row) => about.push(cellText(row.getCell(1).value)));
  return {
    year,
    file,
    sheetNames,
    headers,
    units,
    about,
    properties: {
      title: wb.title,
      subject: wb.subject,
      description: wb.description,
      keywords: wb.keywords,
      creator: wb.creator,
      created: wb.created,
      modified: wb.modified,
    },
    normalisations,
  };
}

export async function readFolder(dir: string): Promise<Map<number, ReadYear>> {
  const out = new Map<number, ReadYear>();
  for (const name of readdirSync(dir).sort()) {
    const m = /^is248_(\d{4})\.xlsx$/.exec(name);
    if (m) out.set(Number(m[1]), await readYear(join(dir, name), Number(m[1])));
  }
  return out;
}

/** Every cell of every sheet, as JSON, plus the document properties: for comparing two generated folders. */
export async function dumpCells(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push(row.values));
    return { name: ws.name, rows };
  });
  const { title, subject, description, keywords, creator, created, modified } = wb;
  return JSON.stringify({ sheets, properties: { title, subject, description, keywords, creator, created, modified } });
}

let cached: Promise<Map<number, ReadYear>> | undefined;
/** The committed workbooks in data/raw, read once per test file. */
export function committed(): Promise<Map<number, ReadYear>> {
  return (cached ??= readFolder('data/raw'));
}
