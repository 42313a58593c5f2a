// The build end to end, as a command in a copy of the project: a workbook with an error stops it after the
// quality report; a change to a finding's wording, a style, a fact-sheet template, a codebook label or one
// workbook rebuilds exactly the stages that depend on it (and the outputs show the change), nothing else.
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputLayout } from '../../pipeline/layout.ts';
import { cacheListing, copyProject, mtimes, recomputed, rewritten, type ProjectCopy } from './project-copy.ts';

const YEAR = 2024;
const UNIT = '4601';
let project: ProjectCopy;
let cacheDir: string;
let yearDir: string;

/** Builds (fact sheets for one unit only) and says what was computed and written. */
async function build(): Promise<{ code: number; output: string; stages: string[]; files: string[]; rendered: number }> {
  const cacheBefore = cacheListing(cacheDir);
  const filesBefore = mtimes(yearDir);
  const r = await project.build('--unit', UNIT);
  const rendered = Number(/(\d+) rendered/.exec(r.output)?.[1] ?? NaN);
  return { ...r, stages: recomputed(cacheBefore, cacheListing(cacheDir)), files: rewritten(filesBefore, mtimes(yearDir)), rendered };
}

const years = (): number[] =>
  readdirSync(join(project.root, 'data', 'raw'))
    .map((f) => /^is248_(\d{4})\.xlsx$/.exec(f)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .filter((y) => y <= YEAR);

/**
 * The fact-sheet index and manifest are rewritten by every run of the batch (they list every unit's state); the
 * web edition (web/) has its own incremental pages, tested in tests/web.
 */
const SHEET_BOOKKEEPING = ['faktaark/.manifest.json', 'faktaark/index.csv', 'faktaark/index.html'];
const withoutBookkeeping = (files: string[]): string[] => files.filter((f) => !SHEET_BOOKKEEPING.includes(f) && !f.startsWith(`web${sep}`));

beforeAll(async () => {
  project = copyProject();
  const layout = outputLayout(project.out);
  cacheDir = layout.cache;
  yearDir = layout.year(YEAR).dir;
  const first = await project.build('--unit', UNIT);
  expect(first.code, first.output).toBe(0);
}, 900_000);

afterAll(() => project?.remove());

describe('the build, end to end', { timeout: 900_000 }, () => {
  it('a rerun with nothing changed computes and writes nothing', async () => {
    const r = await build();
    expect(r.code, r.output).toBe(0);
    expect(r.stages).toEqual([]);
    expect(withoutBookkeeping(r.files)).toEqual([]);
    expect(r.rendered).toBe(0);
    expect(r.output).toContain('Report: up to date');
  });

  it("a finding's new wording reaches the quality report; ingest and validate run again, the fact sheet does not", async () => {
    project.edit('pipeline/validate/messages.ts', 'inneholder formelen =${p.formula}; den lagrede', 'har formelen =${p.formula}; den lagrede');
    const r = await build();
    expect(r.code, r.output).toBe(0);
    // Ingest makes findings with these messages too: every year is read again, and validated again.
    for (const y of years()) expect(r.stages).toContain(`ingest/is248_${y}`);
    for (const y of years().filter((y) => y >= 2016)) expect(r.stages).toContain(`validate/is248_${y}`);
    expect(r.stages).toContain(`quality/kvalitet-${YEAR}`);
    const quality = readFileSync(outputLayout(project.out).year(YEAR).quality.html, 'utf8');
    expect(quality.includes('har formelen =')).toBe(true);
    expect(quality.includes('inneholder formelen =')).toBe(false);
    // The panel is recomputed (its extracts carry the findings) to the same content: the charts stay cached.
    expect(r.stages).toContain(`panel/panel-${YEAR}`);
    expect(r.stages).not.toContain(`figures/figures-${YEAR}`);
    expect(r.rendered).toBe(0);
  });

  it("a change to the report's stylesheet prints the report again and nothing else", async () => {
    project.edit('templates/report/report.css', /\nh1 \{/, '\n/* e2e: style change */\nh1 {');
    const r = await build();
    expect(r.code, r.output).toBe(0);
    expect(r.stages).toEqual([`report/rapport-${YEAR}`]);
    expect(withoutBookkeeping(r.files)).toEqual([`rapport/rapport-${YEAR}.html`, `rapport/rapport-${YEAR}.pdf`]);
    expect(readFileSync(outputLayout(project.out).year(YEAR).report.html, 'utf8').includes('e2e: style change')).toBe(true);
    expect(r.rendered).toBe(0);
  });

  it("a change to the fact sheets' template renders the sheet again and nothing else", async () => {
    project.edit('templates/factsheet/i18n/nb.json', '"pdfTitle": "Faktaark {year}: {name} ({code})"', '"pdfTitle": "Faktaarket {year}: {name} ({code})"');
    const r = await build();
    expect(r.code, r.output).toBe(0);
    expect(r.stages).toEqual([]);
    expect(r.rendered).toBe(1);
    const sheet = withoutBookkeeping(r.files);
    expect(sheet).toEqual([expect.stringMatching(new RegExp(`^faktaark/${UNIT}-.*\\.html$`)), expect.stringMatching(new RegExp(`^faktaark/${UNIT}-.*\\.pdf$`))]);
    expect(readFileSync(join(yearDir, sheet[0]!), 'utf8').includes('<title>Faktaarket 2024')).toBe(true);
  });

  it('a codebook label reaches the tables and the report; the statistikkpakke stays as it was', async () => {
    project.edit('data/codebooks/is248-codebook.yaml', '1: { nb: "Ja, eget tilbud", nn: "Ja, eige tilbod" }', '1: { nb: "Ja, eget e2e-tilbud", nn: "Ja, eige tilbod" }');
    const r = await build();
    expect(r.code, r.output).toBe(0);
    expect(r.stages).toContain(`registry/registry-${YEAR}`);
    expect(r.stages).toContain(`report/rapport-${YEAR}`);
    expect(r.stages).toContain(`export/tabeller-${YEAR}`);
    expect(r.stages.filter((s) => s.startsWith('statistikkpakke/'))).toEqual([]);
    expect(readFileSync(outputLayout(project.out).year(YEAR).report.html, 'utf8').includes('Ja, eget e2e-tilbud')).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(outputLayout(project.out).year(YEAR).tables.xlsx);
    const texts = wb.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])).filter((v) => typeof v === 'string'));
    expect(texts.some((t) => t.startsWith('Ja, eget e2e-tilbud'))).toBe(true);
  });

  it('one changed workbook reads that year again, and rebuilds the panel and what shows it; the other years stay cached', async () => {
    const file = join(project.root, 'data', 'raw', `is248_${YEAR}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // Rask psykisk helsehjelp's årsverk, a number on the survey sheet that no sum checks.
    const ws = wb.getWorksheet('Spørsmål')!;
    const header = ws.getRow(1).values as ExcelJS.CellValue[];
    const col = header.findIndex((v) => v === 'RPH_ARSVERK');
    let changed = false;
    ws.eachRow((row) => {
      const cell = row.getCell(col);
      if (changed || String(row.getCell(1).value).trim() !== UNIT || typeof cell.value !== 'number') return;
      cell.value += 0.5;
      changed = true;
    });
    expect(changed).toBe(true);
    await wb.xlsx.writeFile(file);
    const r = await build();
    expect(r.code, r.output).toBe(0);
    expect(r.stages).toContain(`ingest/is248_${YEAR}`);
    for (const y of years().filter((y) => y < YEAR)) expect(r.stages).not.toContain(`ingest/is248_${y}`);
    for (const s of [`panel/panel-${YEAR}`, `registry/registry-${YEAR}`, `report/rapport-${YEAR}`, `export/tabeller-${YEAR}`]) expect(r.stages).toContain(s);
    // The fylke's statistikkpakke shows årsverk, not Rask psykisk helsehjelp: it stays as it was.
    expect(r.stages.filter((s) => s.startsWith('statistikkpakke/'))).toEqual([]);
    expect(r.rendered).toBe(1);
  });
});

describe('a workbook with an error', { timeout: 900_000 }, () => {
  it('stops the build after the quality report and writes nothing else', async () => {
    const data = join(project.root, 'broken-data');
    cpSync(join(project.root, 'data', 'raw'), data, { recursive: true });
    const file = join(data, `is248_${YEAR}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Årsverk')!;
    // A second row for the first unit: a duplicate unit is an error.
    const first = ws.getRow(2).values as ExcelJS.CellValue[];
    ws.addRow(first.slice(1));
    await wb.xlsx.writeFile(file);
    const out = join(project.root, 'broken-output');
    const r = await project.build('--data', data, '--out', out);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain('nothing else was built');
    const layout = outputLayout(out).year(YEAR);
    expect(readdirSync(layout.dir)).toEqual(['kvalitet']);
    expect(readFileSync(layout.quality.html, 'utf8')).toMatch(/unit\.duplicate|flere ganger|to ganger|dobbel/i);
    expect(existsSync(layout.report.pdf)).toBe(false);
  });
});
