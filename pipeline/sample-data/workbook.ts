// Writes one synthetic year as `is248_<year>.xlsx` in the format of spec §1: sheets Innsending, Årsverk and
// Spørsmål with variable codes in row 1, plus `Om dataene` and document properties that say the data are
// synthetic. Codes are text. The planned blemishes are applied to their cells and reported back.
import ExcelJS from 'exceljs';
import { workbookName } from '../paths.ts';
import type { UnitCode } from '../types.ts';
import { BLEMISH_PLAN, decimalCommaText, formulaFor, type BlemishPlan } from './blemishes.ts';
import type { Blemish, GeneratedUnit, GeneratedYear } from './model.ts';
import { formatNumber } from './summary.ts';
import { fixZipTimestamps } from '../util/zip-timestamps.ts';

export const SYNTHETIC_NOTICE = 'Eksempeldata – ikke offisielle tall';

/** The fixed time stamp of a year's workbook (1 May of the following year), so content is reproducible. */
export function workbookDate(year: number): Date {
  return new Date(Date.UTC(year + 1, 4, 1));
}

export interface WrittenWorkbook {
  file: string;
  bytes: Uint8Array;
  blemishes: Blemish[];
}

export async function writeWorkbook(data: GeneratedYear, seed: number): Promise<WrittenWorkbook> {
  const { year, codebook } = data;
  const file = workbookName(year);
  const date = workbookDate(year);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'is248-rapport sample-data (syntetiske data)';
  wb.lastModifiedBy = wb.creator;
  wb.created = date;
  wb.modified = date;
  wb.title = `IS-24/8 ${year} – eksempeldata (syntetiske data)`;
  wb.subject = 'Kommunalt psykisk helse- og rusarbeid – syntetiske eksempeldata';
  wb.description = `${SYNTHETIC_NOTICE}. Syntetiske data laget av is248-rapport (npm run sample-data), frø/seed ${seed}.`;
  wb.keywords = 'eksempeldata; syntetiske data; ikke offisielle tall; IS-24/8';
  wb.category = 'Eksempeldata';

  const id = codebook.idColumn;
  const name = codebook.nameColumn;
  const innsending = sheet(wb, 'Innsending', [id, name, 'status', 'dato']);
  const arsverk = sheet(wb, 'Årsverk', [id, name, ...codebook.arsverk.map((v) => v.code)]);
  const sporsmal = sheet(wb, 'Spørsmål', [id, name, ...codebook.questions.map((q) => q.code)]);
  const rows = new Map<string, Map<UnitCode, ExcelJS.Row>>([['Innsending', new Map()], ['Årsverk', new Map()], ['Spørsmål', new Map()]]);

  for (const u of data.units) {
    const r = innsending.addRow([u.code, u.name, u.status, u.date ? new Date(`${u.date}T00:00:00Z`) : null]);
    r.getCell(4).numFmt = 'dd.mm.yyyy';
    rows.get('Innsending')!.set(u.code, r);
    if (u.status === 'ikke levert' && u.nonReporterRow !== 'empty') continue;
    rows.get('Årsverk')!.set(u.code, arsverk.addRow([u.code, u.name, ...codebook.arsverk.map((v) => tenthsValue(u, v.code))]));
    rows.get('Spørsmål')!.set(u.code, sporsmal.addRow([u.code, u.name, ...codebook.questions.map((q) => u.answers?.[q.code] ?? null)]));
  }
  for (const ws of [innsending, arsverk, sporsmal]) {
    ws.getColumn(1).eachCell((cell, n) => {
      if (n > 1) cell.numFmt = '@';
    });
  }
  aboutSheet(wb, data, seed);

  const blemishes = BLEMISH_PLAN.filter((b) => b.year === year).map((plan) => applyBlemish(plan, data, rows, file));
  const jump = jumpBlemish(data, rows, file);
  if (jump) blemishes.push(jump);

  const buffer = await wb.xlsx.writeBuffer();
  return { file, bytes: fixZipTimestamps(new Uint8Array(buffer), date), blemishes };
}

function sheet(wb: ExcelJS.Workbook, title: string, header: string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  ws.addRow(header).font = { bold: true };
  ws.getColumn(1).width = 10;
  ws.getColumn(2).width = 28;
  return ws;
}

function tenthsValue(u: GeneratedUnit, code: string): number | null {
  const t = u.tenths?.[code];
  return t === undefined ? null : t / 10;
}

function aboutSheet(wb: ExcelJS.Workbook, data: GeneratedYear, seed: number): void {
  const ws = wb.addWorksheet('Om dataene');
  ws.getColumn(1).width = 120;
  ws.addRow([SYNTHETIC_NOTICE]).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const line of [
    `Denne arbeidsboka inneholder syntetiske data for IS-24/8 «Kommunalt psykisk helse- og rusarbeid», rapporteringsår ${data.year}.`,
    `Tallene er laget av et program (is248-rapport, pipeline/sample-data) med frø (seed) ${seed}. De er ikke innrapportert av kommunene og må ikke brukes som offisiell statistikk.`,
    'Ekte er bare enhetene (årets kommunenummer og -navn og Oslos bydeler) og folketallene (SSB via FHI). Årsverk, svar og kommentarer er oppdiktet,',
    'men kalibrert slik at nasjonale summer og andeler ligger nær tallene i de publiserte rapportene.',
    `Skjema for årsverkskategorier: ${data.scheme}. Lag dataene på nytt med: npm run sample-data -- --seed ${seed}`,
    'Noen celler har bevisste feil (tapt ledende null, desimalkomma som tekst, formel, mellomrom, ett usannsynlig hopp); se data/raw/README.md.',
  ]) {
    ws.addRow([line]);
  }
}

function rowOf(rows: Map<string, Map<UnitCode, ExcelJS.Row>>, sheet: string, code: UnitCode, file: string): ExcelJS.Row {
  const row = rows.get(sheet)?.get(code);
  if (!row) throw new Error(`${file}: no row for ${code} in sheet ${sheet} to place a blemish`);
  return row;
}

function applyBlemish(plan: BlemishPlan, data: GeneratedYear, rows: Map<string, Map<UnitCode, ExcelJS.Row>>, file: string): Blemish {
  const base = { year: data.year, file, sheet: plan.sheet };
  if (plan.kind === 'decimal-comma' || plan.kind === 'formula') {
    const v = plan.variable!;
    const unit = data.units.find((u) => u.status !== 'ikke levert' && (u.tenths?.[v] ?? 0) >= 10 && u.tenths![v]! % 10 !== 0);
    if (!unit) throw new Error(`${file}: no unit with a suitable ${v} value for a ${plan.kind} blemish`);
    const column = data.codebook.arsverk.findIndex((x) => x.code === v) + 3;
    const cell = rowOf(rows, plan.sheet, unit.code, file).getCell(column);
    const tenths = unit.tenths![v]!;
    if (plan.kind === 'decimal-comma') {
      cell.value = decimalCommaText(tenths);
      return { ...base, cell: cell.address, unit: unit.code, what: `${v} written as the text "${cell.value}" (decimal comma) instead of the number ${tenths / 10}` };
    }
    const formula = formulaFor(tenths);
    cell.value = { formula, result: tenths / 10 };
    return { ...base, cell: cell.address, unit: unit.code, what: `${v} written as the formula \`=${formula}\` (cached result ${tenths / 10})` };
  }
  const code = plan.unit!;
  const row = rowOf(rows, plan.sheet, code, file);
  if (plan.kind === 'code-as-number') {
    const cell = row.getCell(1);
    cell.value = Number(code);
    cell.numFmt = 'General';
    return { ...base, cell: cell.address, unit: code, what: `code ${code} stored as the number ${Number(code)} (lost leading zero)` };
  }
  if (plan.kind === 'trailing-space-code') {
    const cell = row.getCell(1);
    cell.value = `${code}  `;
    return { ...base, cell: cell.address, unit: code, what: `code "${code}" with two trailing spaces` };
  }
  const cell = row.getCell(2);
  const name = cell.text;
  cell.value = `${name} `;
  return { ...base, cell: cell.address, unit: code, what: `name "${name}" with a trailing space` };
}

/** The designed implausible jump: documented at the unit's voksne columns in `Årsverk`. */
function jumpBlemish(data: GeneratedYear, rows: Map<string, Map<UnitCode, ExcelJS.Row>>, file: string): Blemish | undefined {
  if (!data.jump) return undefined;
  const { code, group, before, after } = data.jump;
  const row = rowOf(rows, 'Årsverk', code, file);
  const columns = data.codebook.arsverk.map((v, i) => ({ v, col: i + 3 })).filter(({ v }) => v.group === group);
  const range = `${row.getCell(columns[0]!.col).address}:${row.getCell(columns[columns.length - 1]!.col).address}`;
  const pct = Math.round(((after - before) / before) * 100);
  return {
    year: data.year,
    file,
    sheet: 'Årsverk',
    cell: range,
    unit: code,
    what: `implausible jump: ${group === 'V' ? 'voksne' : 'barn og unge'} total ${formatNumber(before / 10, 1)} → ${formatNumber(after / 10, 1)} årsverk (+${pct} %) from ${data.year - 1}; tiltak and utdanning still sum to it`,
  };
}
