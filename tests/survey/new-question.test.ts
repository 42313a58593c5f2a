// The README's proof: a new choice question added to the codebook YAML (type, text, values, years, chapter; no
// nynorsk labels) plus its column in the year's workbook appears in its chapter of the report (heading, prose,
// figure, table, list of figures), in tabeller-<year>.xlsx and in the fact sheets (bokmål text in nynorsk
// sheets, and the quality report says so), with no other file changed. A year whose workbook lacks the column
// still builds, and the chapter says the question was not asked. Expected numbers are counted here from the
// cells written into the workbook, not read from the pipeline.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../pipeline/build/data.ts';
import type { BuildData } from '../../pipeline/types.ts';
import { memoryLogger } from '../../pipeline/context.ts';
import { exportedTables } from '../../pipeline/export/stage.ts';
import { tablesWorkbook } from '../../pipeline/export/workbook.ts';
import { factsheetHtml, factsheetModel } from '../../pipeline/factsheets/index.ts';
import { formatPercent } from '../../pipeline/format/index.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';
import { computeRegistry, type RegistryArtifact } from '../../pipeline/registry/index.ts';
import { renderFigures } from '../../pipeline/charts/figures.ts';
import { renderReport } from '../../pipeline/report/index.ts';

/** Exactly the YAML of the README's example. */
export const NEW_QUESTION_YAML = `  DIGITAL:
    type: choice
    text: Tilbyr kommunen/bydelen digitale konsultasjoner i psykisk helse- og rusarbeidet?
    values: { 1: "Ja, for alle målgrupper", 2: "Ja, for noen målgrupper", 3: "Nei" }
    years: [2023, null]
    chapter: samarbeid
`;
const TEXT = 'Tilbyr kommunen/bydelen digitale konsultasjoner i psykisk helse- og rusarbeidet';

let dir: string;
let data24: BuildData;
let data23: BuildData;
let art24: RegistryArtifact;
let art23: RegistryArtifact;
/** The answer written for each unit code. */
const written = new Map<string, number | null>();

const ctx = { log: memoryLogger(), now: () => new Date('2025-03-01T12:00:00Z'), root: PROJECT_ROOT };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'is248-newq-'));
  const codebooks = join(dir, 'codebooks');
  const raw = join(dir, 'raw');
  mkdirSync(codebooks);
  mkdirSync(raw);
  const yaml = readFileSync(join(DEFAULT_PATHS.codebooks, 'is248-codebook.yaml'), 'utf8');
  writeFileSync(join(codebooks, 'is248-codebook.yaml'), yaml.replace(/^questions:\n/m, `questions:\n${NEW_QUESTION_YAML}`));
  // 2023 as it is (no DIGITAL column); 2024 with the column: 1, 2, 3 and now and then a blank.
  copyFileSync(join(DEFAULT_PATHS.data, 'is248_2023.xlsx'), join(raw, 'is248_2023.xlsx'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(DEFAULT_PATHS.data, 'is248_2024.xlsx'));
  const sheet = wb.getWorksheet('Spørsmål')!;
  const col = sheet.columnCount + 1;
  sheet.getCell(1, col).value = 'DIGITAL';
  for (let r = 2; r <= sheet.rowCount; r++) {
    const code = String(sheet.getCell(r, 1).value ?? '').trim();
    if (!code) continue;
    const v = r % 11 === 0 ? null : r % 5 === 0 ? 3 : r % 2 === 0 ? 1 : 2;
    sheet.getCell(r, col).value = v;
    written.set(code.padStart(code.length > 4 ? 6 : 4, '0'), v);
  }
  await wb.xlsx.writeFile(join(raw, 'is248_2024.xlsx'));

  const opts = { data: raw, out: join(dir, 'out'), codebooks };
  data24 = await loadData({ ...opts, year: 2024 }, ctx);
  data23 = await loadData({ ...opts, year: 2023 }, ctx);
  const input = (d: BuildData) => ({ panel: d.panel, reportYear: d.reportYear, codebook: d.codebook, reference: d.reference, findings: d.findings });
  art24 = computeRegistry(input(data24));
  art23 = computeRegistry(input(data23));
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The expected national shares, counted from the panel's 2024 answers of the units the workbook has. */
function expected(): { n: number; share: Record<number, number> } {
  const given = data24.panel.answers.filter((a) => a.year === 2024 && typeof a.answers['DIGITAL'] === 'number').map((a) => a.answers['DIGITAL'] as number);
  // Every non-blank cell written became an answer of a unit that sent the form.
  expect(given.length).toBeGreaterThan(300);
  expect(given.length).toBeLessThanOrEqual([...written.values()].filter((v) => v !== null).length);
  const share = Object.fromEntries([1, 2, 3].map((v) => [v, given.filter((x) => x === v).length / given.length]));
  return { n: given.length, share };
}

const pct = (x: number) => formatPercent(x, { digits: 0, style: 'word' });
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="kap-${id}"`);
  const end = html.indexOf('<section', start);
  return html.slice(start, end < 0 ? undefined : end);
};

describe('a new choice question from the codebook alone', () => {
  it('gets its table, development table and figure, with the shares counted from the workbook', () => {
    const e = expected();
    const t = art24.tables['digital']!;
    const total = t.rows.find((r) => r.kind === 'total')!;
    expect(total.cells['n']).toBe(e.n);
    for (const v of [1, 2, 3]) expect(total.cells[`svar${v}`]).toBeCloseTo(e.share[v]!, 12);
    expect(t.title).toContain(TEXT);
    expect(art24.figures['digital']!.altText).toContain(pct(e.share[1]!));
    expect(art24.tables['digital-utvikling']!.rows.map((r) => r.cells['ar'])).toEqual(['2024']); // 2023's workbook lacks the column
  });

  it('appears in its chapter of the report: heading, prose with its numbers, figure, table, list of figures', async () => {
    const e = expected();
    const svgs = await renderFigures(art24.figures);
    const report = renderReport({ artifact: art24, svgs, now: new Date('2025-03-01T12:00:00Z') });
    const chapter = section(report.html, 'samarbeid');
    expect(chapter).toContain(`<h2`);
    expect(chapter).toContain(TEXT);
    expect(chapter).toContain('id="figur-digital"');
    expect(chapter).toContain('id="tabell-digital-utvikling"');
    expect(chapter).toContain(`${pct(e.share[1]!)} svarte «Ja, for alle målgrupper»`);
    const fig = report.figures.find((f) => f.anchor === 'figur-digital')!;
    expect(fig.text).toContain(TEXT);
    expect(fig.number).toMatch(/^Figur 8\.\d+$/);
    expect(report.toc.some((s) => s.level === 'section' && s.text === TEXT)).toBe(true);
  });

  it('has its sheets in the Excel file', async () => {
    const tables = exportedTables(art24);
    const buf = await tablesWorkbook(tables, { title: 'x', synthetic: true, created: new Date('2025-03-01T12:00:00Z') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    for (const name of ['digital', 'digital-utvikling']) {
      const ws = wb.getWorksheet(name);
      expect(ws, name).toBeDefined();
      const text = ws!.getSheetValues().flat().map(String).join(' ');
      expect(text).toContain('Ja, for alle målgrupper');
    }
  });

  it('has its line in the fact sheets, bokmål text in nynorsk sheets, and the quality report says so', () => {
    const unit = [...written.entries()].find(([code, v]) => v === 1 && data24.panel.answers.some((a) => a.year === 2024 && a.code === code))![0];
    const model = factsheetModel(data24, unit);
    const line = model.survey.answers.find((a) => a.question === 'DIGITAL')!;
    expect(line.value).toBe(1);
    for (const lang of ['nb', 'nn'] as const) {
      const html = factsheetHtml(model, { lang, synthetic: true });
      expect(html, lang).toContain(TEXT);
      expect(html, lang).toContain('Ja, for alle målgrupper');
    }
    const notes = data24.findings.filter((f) => f.rule === 'codebook.nn-missing' && f.variable === 'DIGITAL');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain('bokmålsteksten');
  });

  it('a report year whose workbook lacks the column builds, and the chapter says the question was not asked', async () => {
    expect(art23.tables['digital']!.rows).toEqual([]);
    const svgs = await renderFigures(art23.figures);
    const report = renderReport({ artifact: art23, svgs, now: new Date('2025-03-01T12:00:00Z') });
    const chapter = section(report.html, 'samarbeid');
    expect(chapter).toContain(`${TEXT}?» ble ikke stilt i 2023.`);
    expect(chapter).not.toContain('id="figur-digital"');
  });
});
