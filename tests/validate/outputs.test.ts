// The outputs: terminal summary, quality report as HTML and xlsx.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../pipeline/types.ts';
import { outputLayout } from '../../pipeline/layout.ts';
import { hasErrors, qualityReportHtml, qualityReportXlsx, summariseFindings, unitComments, writeQualityReport, type UnitComment } from '../../pipeline/validate/index.ts';
import { codebookFileFor, loadCodebook } from '../../pipeline/codebook/index.ts';
import { DEFAULT_PATHS } from '../../pipeline/paths.ts';
import { contentData } from '../factsheets/content-data.ts';
import { num } from '../../pipeline/validate/messages.ts';

const F = (over: Partial<Finding>): Finding => ({
  severity: 'warning',
  rule: 'value.decimal-comma',
  message: 'Kommune 4601 Bergen: celle E6 inneholder teksten «2,5».',
  file: 'is248_2024.xlsx',
  sheet: 'Årsverk',
  cell: 'E6',
  unit: '4601',
  ...over,
});

const findings: Finding[] = [
  F({}),
  F({ severity: 'error', rule: 'sum.tiltak-utdanning', cell: 'T4', unit: '030105', message: 'Bydel 030105 Frogner: ikke like.' }),
  F({ severity: 'error', rule: 'unit.unknown', sheet: 'Innsending', cell: 'A8', unit: '4699', message: 'Celle A8: 4699 er ukjent.' }),
  F({ severity: 'info', rule: 'value.blank', cell: 'G7', unit: '1812' }),
  // Hostile text, as a clerk's header or comment could carry into a message.
  F({ rule: 'header.unknown', cell: 'AG1', unit: undefined, message: '=HYPERLINK("http://x","klikk") <script>alert(1)</script>' }),
  F({ rule: 'header.unknown', cell: 'AH1', unit: undefined, message: '+47 22 00 00 00' }),
  F({ rule: 'header.unknown', cell: 'AI1', unit: undefined, message: '@SUM(A1)' }),
  F({ rule: 'header.unknown', cell: 'AJ1', unit: undefined, message: '-1+2' }),
];

describe('Norwegian numbers in messages', () => {
  it('uses decimal comma, no-break-space thousands and U+2212', () => {
    expect([num(12.4), num(17436), num(-1.5), num(1234567.891), num(0.004), num(-0.001)]).toEqual([
      '12,4',
      '17\u00a0436',
      '\u22121,5',
      '1\u00a0234\u00a0567,89',
      '0',
      '0',
    ]);
  });
});

describe('hasErrors', () => {
  it('is true only with an error-level finding', () => {
    expect(hasErrors(findings)).toBe(true);
    expect(hasErrors(findings.filter((f) => f.severity !== 'error'))).toBe(false);
    expect(hasErrors([])).toBe(false);
  });
});

describe('terminal summary', () => {
  const text = summariseFindings(findings);

  it('counts by severity and rule', () => {
    expect(text.split('\n')[0]).toBe('is248_2024.xlsx: 2 errors, 5 warnings, 1 info');
    expect(text).toMatch(/^ {2}warning header\.unknown +4 {2}Unknown column ignored$/m);
    expect(text).toMatch(/^ {2}error {3}sum\.tiltak-utdanning +1 /m);
  });

  it('shows the first errors with file, sheet, cell and rule, and fits a terminal', () => {
    expect(text).toContain('is248_2024.xlsx › Årsverk!T4  [sum.tiltak-utdanning]');
    expect(text).toContain('is248_2024.xlsx › Innsending!A8  [unit.unknown]');
    expect(text.split('\n').every((l) => l.length <= 100)).toBe(true);
    expect(text.split('\n').length).toBeLessThan(40);
    expect(text).toMatch(/Errors must be fixed/);
  });

  it('limits how many findings it shows', () => {
    const many = Array.from({ length: 500 }, (_, i) => F({ severity: 'error', cell: `E${i + 2}` }));
    const lines = summariseFindings(many).split('\n');
    expect(lines[0]).toBe('is248_2024.xlsx: 500 errors, 0 warnings, 0 info');
    expect(lines.filter((l) => l.startsWith('  x ')).length).toBe(8);
  });
});

describe('quality report', () => {
  it('HTML: Norwegian, grouped by severity, escaped', () => {
    const html = qualityReportHtml(findings, { year: 2024 });
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nb">/);
    expect(html).toContain('<title>Datakvalitet IS-24/8 2024</title>');
    const sections = [...html.matchAll(/<section data-severity="(\w+)"><h2>([^<]+)<\/h2>/g)].map((m) => [m[1], m[2]]);
    expect(sections).toEqual([
      ['error', 'Feil (2)'],
      ['warning', 'Advarsler (5)'],
      ['info', 'Merknader (1)'],
    ]);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;');
    // Self-contained: no external resources.
    expect(html).not.toMatch(/<(link|img)\b|src="http/);
  });

  it('xlsx is reproducible: the same findings give the same bytes', async () => {
    const { qualityReportXlsx } = await import('../../pipeline/validate/index.ts');
    const a = await qualityReportXlsx(findings, { year: 2024 });
    await new Promise((r) => setTimeout(r, 2100)); // past the 2-second resolution of zip time stamps
    const b = await qualityReportXlsx(findings, { year: 2024 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('HTML without findings says so', () => {
    expect(qualityReportHtml([], { year: 2024 })).toContain('Ingen funn');
  });

  it('writes kvalitet.html and kvalitet.xlsx: one row per finding, frozen header, autofilter, text only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'is248-kvalitet-'));
    const out = await writeQualityReport(findings, outputLayout(dir).year(2024).quality, { year: 2024 });
    expect(out.html).toBe(join(dir, '2024', 'kvalitet', 'kvalitet.html'));
    expect(readFileSync(out.html, 'utf8')).toContain('Datakvalitet IS-24/8 2024');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.xlsx);
    const ws = wb.getWorksheet('Funn')!;
    expect(ws.rowCount).toBe(findings.length + 1);
    expect(ws.getRow(1).values).toEqual([undefined, 'Alvorlighet', 'Regel', 'Beskrivelse', 'Fil', 'Ark', 'Celle', 'Enhet', 'Variabel', 'Melding', 'Kommentar fra enheten']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    // Errors first.
    expect(ws.getCell('A2').value).toBe('Feil');
    // Hostile strings stay strings (never formulas).
    const messages = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getCell(`I${i + 2}`));
    for (const text of ['=HYPERLINK("http://x","klikk") <script>alert(1)</script>', '+47 22 00 00 00', '@SUM(A1)', '-1+2']) {
      const cell = messages.find((c) => c.value === text);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.numFmt).toBe('@');
    }
    // Widths fit the content, within limits.
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual('Celle'.length);
    expect(ws.getColumn(9).width).toBeLessThanOrEqual(100);

    // Read back, no cell of the sheet is a formula.
    let formulas = 0;
    ws.eachRow((row) => row.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0)));
    expect(formulas).toBe(0);
  });
});

describe('the units’ comments next to their findings', () => {
  const HOSTILE = ['=HYPERLINK("http://x","klikk")', '+47 22 00 00 00', '-1+2', '@SUM(A1)'];
  const SCRIPT = 'Økningen skyldes nytt <script>alert("x")</script> & «FACT-team».';
  const commented: Finding[] = [
    F({ year: 2024, unit: '4601', rule: 'change.large', cell: 'C6', message: 'Kommune 4601 Bergen: stor endring.' }),
    F({ year: 2024, unit: '4601', cell: 'E6' }),
    F({ year: 2023, unit: '4601', cell: 'E9', file: 'is248_2023.xlsx' }),
    F({ year: 2024, unit: '1812', cell: 'E7' }),
    ...HOSTILE.map((_, i) => F({ year: 2024, unit: `50${10 + i}`, cell: `E${20 + i}` })),
  ];
  const comments: UnitComment[] = [
    { year: 2024, unit: '4601', question: 'KOMMENTAR', text: SCRIPT },
    ...HOSTILE.map((text, i) => ({ year: 2024, unit: `50${10 + i}`, question: 'KOMMENTAR', text })),
  ];

  it('HTML: the comment of the finding’s unit and year in the finding’s row, escaped', () => {
    const html = qualityReportHtml(commented, { year: 2024, comments });
    const rows = [...html.matchAll(/<tr data-rule[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    const rowOf = (cell: string) => rows.find((r) => r.includes(`<td class="cell">${cell}</td>`))!;
    const escaped = 'Økningen skyldes nytt &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «FACT-team».';
    expect(rowOf('C6')).toContain(`<td class="comment">${escaped}</td>`);
    expect(rowOf('E6')).toContain(`<td class="comment">${escaped}</td>`);
    // Another year's finding, and a unit without a comment: an empty cell.
    expect(rowOf('E9')).toContain('<td class="comment"></td>');
    expect(rowOf('E7')).toContain('<td class="comment"></td>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('6 funn har en slik kommentar');
  });

  it('xlsx: the comment next to the finding; a text starting with =, +, - or @ stays text', async () => {
    const bytes = await qualityReportXlsx(commented, { year: 2024, comments });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Funn')!;
    const header = (ws.getRow(1).values as unknown[]).indexOf('Kommentar fra enheten');
    const cellCol = (ws.getRow(1).values as unknown[]).indexOf('Celle');
    expect(header).toBeGreaterThan(0);
    const commentAt = (cell: string) => {
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(cellCol).value === cell) return ws.getRow(r).getCell(header);
      throw new Error(`no row for ${cell}`);
    };
    expect(commentAt('C6').value).toBe(SCRIPT);
    expect(commentAt('E9').value).toBe('');
    HOSTILE.forEach((text, i) => {
      const c = commentAt(`E${20 + i}`);
      expect(c.type, text).toBe(ExcelJS.ValueType.String);
      expect(c.value, text).toBe(text);
      expect(c.formula, text).toBeUndefined();
      expect(c.numFmt).toBe('@');
    });
    let formulas = 0;
    ws.eachRow((row) => row.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0)));
    expect(formulas).toBe(0);
  });

  it('reads the codebook’s text questions (KOMMENTAR), not the other answers, and skips blanks', () => {
    const cb = loadCodebook(codebookFileFor(DEFAULT_PATHS.codebooks, 2024));
    const got = unitComments(
      [
        { year: 2024, code: '4601', answers: { KOMMENTAR: '  Ny tjeneste.  ', RPH: 1 } },
        { year: 2024, code: '1812', answers: { KOMMENTAR: '   ', RPH: 2 } },
        { year: 2023, code: '5001', answers: { KOMMENTAR: null } },
      ],
      () => cb,
    );
    expect(got).toEqual([{ year: 2024, unit: '4601', question: 'KOMMENTAR', text: 'Ny tjeneste.' }]);
  });

  it('the sample data: every comment of a unit with findings shows next to them in the quality report', async () => {
    const data = await contentData();
    const all = unitComments(data.panel.answers, data.codebookOf);
    expect(all.length).toBeGreaterThan(20);
    const html = qualityReportHtml(data.findings, { year: data.reportYear, comments: all });
    const rows = [...html.matchAll(/<tr data-rule[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    const shown = rows.filter((r) => !r.includes('<td class="comment"></td>'));
    const expected = data.findings.filter((f) => all.some((c) => c.year === f.year && c.unit === f.unit));
    expect(shown.length).toBe(expected.length);
    expect(shown.length).toBeGreaterThan(0);
    // The unit with the designed jump explains it: its large-change finding carries its comment.
    expect(shown.some((r) => r.includes('change.large'))).toBe(true);
  });
});
