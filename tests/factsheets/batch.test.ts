// The fact-sheet batch with a stand-in content and fake printers: incremental rendering, what a failure
// leaves behind, the index, shards, the statistikkpakke.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import { fileURLToPath } from 'node:url';
import { SHEET_STAGE } from '../../pipeline/factsheets/render.ts';
import { runFactsheets, type FactsheetOptions } from '../../pipeline/factsheets/run.ts';
import { sourceClosure } from '../../pipeline/stage/code-key.ts';
import { fakePrinters, sampleData, standInContent, standInUnits, testContext, withChangedUnit } from './batch-fixtures.ts';

let data: BuildData;
let out: string;
beforeAll(async () => {
  data = await sampleData();
});
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'factsheets-batch-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const run = (extra: Partial<FactsheetOptions> = {}, ctx = testContext()) =>
  runFactsheets({ data: 'unused', out, buildData: data, content: standInContent(), backend: () => fakePrinters(), codeKey: 'code-v1', progress: 'none', ...extra }, ctx);
const sheetDir = () => join(out, String(data.reportYear), 'faktaark');

describe('fact-sheet batch (stand-in content, fake printers)', () => {
  it('renders every sheet, writes PDF and HTML per unit, the index and the manifest', async () => {
    const units = standInUnits(data);
    const r = await run();
    expect(r).toMatchObject({ rendered: units.length, skipped: 0, failed: 0, exitCode: 0 });
    for (const u of units) {
      const pdf = await PDFDocument.load(readFileSync(join(sheetDir(), `${u.code}-${u.slug}.pdf`)));
      expect(pdf.getPageCount()).toBe(2);
      expect(pdf.getTitle()).toBe(`Faktaark ${u.name}`);
      expect(readFileSync(join(sheetDir(), `${u.code}-${u.slug}.html`), 'utf8')).toContain(`<h1>${u.name}</h1>`);
    }
    const csv = readFileSync(join(sheetDir(), 'index.csv'), 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('code;name;kind;fylke;lang;file;html;pages;status;reason');
    expect(csv).toHaveLength(units.length + 1);
    const first = units[0]!;
    expect(csv).toContain(`${first.code};${first.name};kommune;${first.fylke};${first.lang};${first.code}-${first.slug}.pdf;${first.code}-${first.slug}.html;2;rendered;`);
    expect(readFileSync(join(sheetDir(), 'index.html'), 'utf8')).toContain(`<a href="${first.code}-${first.slug}.pdf">${first.name}</a>`);
    const manifest = JSON.parse(readFileSync(join(sheetDir(), '.manifest.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(manifest.entries).sort()).toEqual(units.map((u) => u.code).sort());
  });

  it('renders nothing and starts no browser on a rerun with nothing changed', async () => {
    await run();
    const backend = fakePrinters();
    const content = standInContent();
    const r = await run({ backend: () => backend, content });
    expect(r).toMatchObject({ rendered: 0, skipped: standInUnits(data).length, failed: 0, exitCode: 0 });
    expect(backend.launches).toBe(0);
    // The quick path: same data keys and code, so not even the dependencies were computed.
    expect(content.modelCalls).toEqual([]);
    expect(r.sheets.every((s) => s.status === 'unchanged' && s.pages === 2)).toBe(true);
  });

  it('renders again only the unit whose data changed (and its fylke), and a sheet whose PDF is gone', async () => {
    await run();
    const [a, b, c, fylke] = standInUnits(data);
    const changed = withChangedUnit(data, a!.code, 1.5);
    const backend = fakePrinters();
    const r = await run({ buildData: changed, backend: () => backend });
    const rendered = r.sheets.filter((s) => s.status === 'rendered').map((s) => s.unit.code);
    expect(rendered.sort()).toEqual([a!.code, fylke!.code].sort());
    unlinkSync(join(sheetDir(), `${c!.code}-${c!.slug}.pdf`));
    const again = await run({ buildData: changed });
    expect(again.sheets.filter((s) => s.status === 'rendered').map((s) => s.unit.code)).toEqual([c!.code]);
    expect(again.sheets.find((s) => s.unit.code === b!.code)?.status).toBe('unchanged');
  });

  it('renders every sheet again when the code or templates change, and with --force', async () => {
    await run();
    expect((await run({ codeKey: 'code-v2' })).rendered).toBe(standInUnits(data).length);
    expect((await run({ codeKey: 'code-v2' })).rendered).toBe(0);
    expect((await run({ codeKey: 'code-v2', force: true })).rendered).toBe(standInUnits(data).length);
    expect(SHEET_STAGE.assets?.dirs).toContain('templates/factsheet');
    const closure = sourceClosure([fileURLToPath(SHEET_STAGE.module)]).files.map((f) => f.split(/[\\/]/).slice(-3).join('/'));
    expect(closure).toEqual(expect.arrayContaining(['pipeline/factsheets/index.ts', 'pipeline/print/postprocess.ts', 'pipeline/batch/browser.ts']));
  });

  it('renders a sheet again in the other language when --lang changes', async () => {
    await run();
    const r = await run({ lang: 'nn' });
    const changed = standInUnits(data).filter((u) => u.lang !== 'nn');
    expect(r.rendered).toBe(changed.length);
    expect(r.sheets.every((s) => s.lang === 'nn')).toBe(true);
  });

  it('records a failing unit, writes no PDF for it (no temporary files either) and exits non-zero; the others are written', async () => {
    const [a, b] = standInUnits(data);
    const ctx = testContext();
    const r = await run({ content: standInContent({ failing: [a!.code] }) }, ctx);
    expect(r).toMatchObject({ failed: 1, exitCode: 1, rendered: standInUnits(data).length - 1 });
    const files = readdirSync(sheetDir());
    expect(files.some((f) => f.startsWith(`${a!.code}-`))).toBe(false);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).toContain(`${b!.code}-${b!.slug}.pdf`);
    expect(r.sheets.find((s) => s.unit.code === a!.code)).toMatchObject({ status: 'failed', reason: `no template for ${a!.code}` });
    expect(ctx.log.lines.some((l) => l.level === 'error' && l.message.includes(`no template for ${a!.code}`))).toBe(true);
    expect(readFileSync(join(sheetDir(), 'index.csv'), 'utf8')).toContain(`;failed;no template for ${a!.code}`);
  });

  it('never leaves a half-written PDF when printing yields bytes that are not a PDF, and keeps the previous one', async () => {
    const [a] = standInUnits(data);
    await run();
    const file = join(sheetDir(), `${a!.code}-${a!.slug}.pdf`);
    const before = readFileSync(file);
    const broken = fakePrinters(async (job) => (job.html.includes(a!.name) ? new TextEncoder().encode('%PDF-1.7\n garbage') : undefined));
    const r = await run({ backend: () => broken, force: true });
    expect(r.sheets.find((s) => s.unit.code === a!.code)?.status).toBe('failed');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(sheetDir()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('selects by --unit and --fylke, refuses unknown codes, and lists unselected units as missing', async () => {
    const [a, , c, fylke] = standInUnits(data);
    const r = await run({ units: [c!.code] });
    expect(r.sheets.filter((s) => s.status === 'rendered').map((s) => s.unit.code)).toEqual([c!.code]);
    expect(r.sheets.find((s) => s.unit.code === a!.code)?.status).toBe('missing');
    const f = await run({ fylke: [fylke!.code] });
    expect(f.sheets.filter((s) => s.status === 'rendered').map((s) => s.unit.code).sort()).toEqual(
      standInUnits(data).filter((u) => u.code === fylke!.code || u.fylke === fylke!.code).map((u) => u.code).sort(),
    );
    const ctx = testContext();
    expect((await run({ units: ['9999'] }, ctx)).exitCode).toBe(2);
    expect(ctx.log.lines.some((l) => l.level === 'error' && l.message.includes('9999'))).toBe(true);
  });

  it('renders each unit in exactly one shard', async () => {
    const count = 3;
    const rendered: string[] = [];
    for (let index = 1; index <= count; index++) {
      const r = await run({ shard: { index, count } });
      rendered.push(...r.sheets.filter((s) => s.status === 'rendered').map((s) => s.unit.code));
    }
    expect(rendered.sort()).toEqual(standInUnits(data).map((u) => u.code).sort());
  });

  it('publishes only approved sheets with approvedOnly', async () => {
    const [a] = standInUnits(data);
    const r = await run({ approvedOnly: true, isApproved: (code) => code === a!.code });
    expect(r.rendered).toBe(1);
    expect(r.sheets.find((s) => s.unit.code === a!.code)?.status).toBe('rendered');
    expect(r.sheets.filter((s) => s.status === 'withheld')).toHaveLength(standInUnits(data).length - 1);
  });

  it('removes the earlier sheets of units that are not approved when publishing approved sheets only', async () => {
    const units = standInUnits(data);
    await run();
    const filesOf = (u: (typeof units)[number]) => readdirSync(sheetDir()).filter((f) => f.startsWith(`${u.code}-`));
    for (const u of units) expect(filesOf(u), u.code).toHaveLength(2);
    const [a] = units;
    const ctx = testContext();
    const r = await run({ approvedOnly: true, isApproved: (code) => code === a!.code }, ctx);
    expect(r.rendered).toBe(0);
    expect(filesOf(a!)).toHaveLength(2);
    for (const u of units.slice(1)) expect(filesOf(u), u.code).toEqual([]);
    expect(ctx.log.lines.some((l) => l.message === `Removed the earlier sheets of ${units.length - 1} units not approved`)).toBe(true);
    // The index lists them as not approved, without a file; a normal run renders them again.
    const index = readFileSync(join(sheetDir(), 'index.csv'), 'utf8');
    expect(index.split('\n').filter((l) => l.includes(';withheld'))).toHaveLength(units.length - 1);
    const again = await run();
    expect(again.rendered).toBe(units.length - 1);
  });

  it('writes the statistikkpakke: one xlsx per fylke with every unit of the fylke and the fylke total', async () => {
    const fylke = standInUnits(data).find((u) => u.kind === 'fylke')!;
    await run();
    const file = join(out, String(data.reportYear), 'statistikkpakke', `${fylke.code}-${fylke.slug}.xlsx`);
    expect(existsSync(file)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const values = wb.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])));
    const members = data.panel.units.filter((u) => u.fylke === fylke.code);
    for (const m of members) expect(values).toContain(m.name);
    // The total row's årsverk for voksne: the members' sum, computed here from the panel.
    const sumV = data.panel.rows.filter((r) => r.year === data.reportYear && members.some((m) => m.code === r.code)).reduce((s, r) => s + r.total.V, 0);
    expect(values.some((v) => typeof v === 'number' && Math.abs(v - sumV) < 1e-9)).toBe(true);
    // Unchanged: not written again; a change in one of its units: written again.
    const mtime = () => statSync(file).mtimeMs;
    const first = mtime();
    await new Promise((r) => setTimeout(r, 20));
    await run();
    expect(mtime()).toBe(first);
    const member = standInUnits(data).find((u) => u.fylke === fylke.code)!;
    await run({ buildData: withChangedUnit(data, member.code, 2) });
    expect(mtime()).toBeGreaterThan(first);
  });
});
