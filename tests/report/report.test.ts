// The real report from the sample data in data/raw: built once (data and registry from a cache under the
// system temp folder), printed to PDF and read back with pdfjs. Headline numbers are recomputed here from the
// panel rows, TOC page numbers checked against the pages where the headings are, the HTML checked with axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import type { LaunchedBrowser } from '../../pipeline/print/index.ts';
import type { PdfInspection, PdfLine, StructNode } from '../../pipeline/print/inspect.ts';
import { checkPdfUa } from '../../pipeline/print/pdfua.ts';
import { loadProject } from '../../pipeline/project/index.ts';
import { chapterHeading, defaultChapters, type BuildReportResult } from '../../pipeline/report/index.ts';
import { sampleReport, type SampleReport } from './sample-report.ts';

const CHAPTERS = defaultChapters();
const OUT = join(tmpdir(), 'is248-report-test');
const NOTICE = 'Eksempeldata – ikke offisielle tall';
const MM = 72 / 25.4;
const isHeader = (l: PdfLine): boolean => l.top < 22 * MM;
const isFooter = (l: PdfLine): boolean => l.top > (297 - 20) * MM;
const body = (lines: PdfLine[]): PdfLine[] => lines.filter((l) => !isHeader(l) && !isFooter(l));
/** Norwegian integer as the report prints it (no-break space as thousands separator); sums of one-decimal
 * årsverk are first rounded to one decimal, so float noise (15540.4999…) does not flip the last digit. */
const nbInt = (x: number): string => String(Math.round(Math.round(x * 10) / 10)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
const norm = (s: string): string => s.replace(/\u00a0/g, ' ');

let built: SampleReport;
let chrome: LaunchedBrowser;
let data: BuildData;
let report: BuildReportResult;
let pdf: PdfInspection;
let html: string;
let log: SampleReport['log'];

beforeAll(async () => {
  built = await sampleReport(OUT);
  ({ chrome, data, report, pdf, html, log } = built);
}, 400_000);

afterAll(async () => {
  await built?.close();
});

/** Pages whose body has a line equal to `text`, after the front matter. */
function pagesWithLine(text: string, after = 1): number[] {
  return pdf.pages.filter((p) => p.number > after && body(p.lines).some((l) => norm(l.text) === text)).map((p) => p.number);
}

/** The TOC pages: from "Innhold" to the page before chapter 1. */
function tocLines(): string[] {
  const first = pagesWithLine(chapterHeading(CHAPTERS[0]!))[0]!;
  return pdf.pages.filter((p) => p.number > 1 && p.number < first).flatMap((p) => body(p.lines).map((l) => norm(l.text)));
}

describe('the report built from the sample data', () => {
  it('writes the HTML and the PDF under <out>/<year>/rapport/', () => {
    expect(report.pdf).toBe(join(OUT, String(data.reportYear), 'rapport', `rapport-${data.reportYear}.pdf`));
    expect(report.html).toBe(join(OUT, String(data.reportYear), 'rapport', `rapport-${data.reportYear}.html`));
    expect(report.pages).toBe(pdf.pageCount);
    expect(pdf.pageCount).toBeGreaterThan(20);
    expect(log.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('states the headline numbers, recomputed here from the panel rows', () => {
    const year = data.reportYear;
    const rows = data.panel.rows.filter((r) => r.year === year);
    expect(rows.length).toBe(data.panel.units.length);
    const V = rows.reduce((s, r) => s + r.total.V, 0);
    const B = rows.reduce((s, r) => s + r.total.B, 0);
    const pop = rows.reduce((s, r) => s + r.population.total, 0);
    const sammendrag = pagesWithLine(chapterHeading(CHAPTERS[0]!))[0]!;
    const text = norm(pdf.pages[sammendrag - 1]!.text.replace(/\n/g, ' '));
    expect(text).toContain(`utførte kommunene og Oslos bydeler ${norm(nbInt(V + B))} årsverk`);
    expect(text).toContain(`${norm(nbInt(V))} årsverk for voksne og ${norm(nbInt(B))} for barn og unge`);
    expect(text).toContain(`${((V + B) / pop * 1000).toFixed(1).replace('.', ',')} årsverk per 1 000 innbyggere`);
    const reported = rows.filter((r) => r.imputation.kind === 'reported').length;
    expect(text).toContain(`${reported} av ${rows.length} kommuner og bydeler leverte skjema`);
  });

  it('each TOC entry gives the page where its heading is', () => {
    const toc = tocLines();
    let checked = 0;
    const headings = html.matchAll(/<h([12]) id="(kap-[^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g);
    for (const [, , , inner] of headings) {
      const heading = norm(inner!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
      const pages = pagesWithLine(heading);
      expect(pages, heading).toHaveLength(1);
      const line = toc.find((l) => l.startsWith(`${heading} `) && /^\d+$/.test(l.slice(heading.length + 1)));
      expect(line, `TOC line for ${heading}`).toBeDefined();
      expect(Number(line!.slice(heading.length + 1)), heading).toBe(pages[0]);
      checked++;
    }
    expect(checked).toBeGreaterThan(CHAPTERS.length * 2);
  });

  it('has a bookmark per chapter pointing to its first page', () => {
    for (const c of CHAPTERS) {
      const entry = pdf.outline.find((e) => e.title === chapterHeading(c));
      expect(entry, c.id).toBeDefined();
      expect(entry!.page).toBe(pagesWithLine(chapterHeading(c))[0]);
    }
  });

  it('is tagged, in Norwegian, with title, author and subject; every figure has alt text', () => {
    expect(pdf.tagged).toBe(true);
    expect(pdf.metadata.lang).toBe('nb');
    expect(pdf.metadata.title).toBe(`Kommunalt psykisk helse- og rusarbeid ${data.reportYear}`);
    // From the project file: the authors (SINTEF writes the report for Helsedirektoratet).
    expect(pdf.metadata.author).toBe(loadProject().authors.join(', '));
    expect(pdf.metadata.author).not.toBe('Helsedirektoratet');
    // Sample data: the Subject says so, as every page does.
    expect(data.synthetic).toBe(true);
    expect(pdf.metadata.subject).toBe('Årsverk, kompetanse og innhold i tjenestene. Eksempeldata – ikke offisielle tall');
    const alts: string[] = [];
    const walk = (n: StructNode | null): void => {
      if (!n) return;
      if (n.role === 'Figure') alts.push(n.alt ?? '');
      n.children.forEach(walk);
    };
    pdf.pages.forEach((p) => walk(p.structure));
    const figures = (html.match(/<div class="figure/g) ?? []).length;
    expect(figures).toBeGreaterThan(10);
    expect(alts.filter((a) => a.length > 20).length).toBeGreaterThanOrEqual(figures);
  });

  it('passes the machine-checkable PDF/UA-1 conditions (pipeline/print/pdfua.ts)', async () => {
    const result = await checkPdfUa(new Uint8Array(readFileSync(report.pdf)));
    expect(result.failures).toEqual([]);
    // Something was checked: every chart is a Figure (with its alt text), the chapters are headings, the tables have TH.
    const charts = (html.match(/<svg[^>]*role="img"/g) ?? []).length;
    expect(charts).toBeGreaterThan(10);
    expect(result.counts.figures).toBe(charts);
    expect(result.counts.headings).toBeGreaterThanOrEqual(CHAPTERS.length);
    expect(result.counts.th).toBeGreaterThan(100);
    expect(result.counts.pages).toBe(pdf.pageCount);
    expect(result.counts.fonts).toBeGreaterThan(0);
    // The TOC's and cross-references' links, each in a Link element.
    expect(result.counts.annotations).toBeGreaterThanOrEqual(CHAPTERS.length);
  });

  it('says it is sample data on the cover and in every page footer; page numbers "side n av N"', () => {
    expect(norm(pdf.pages[0]!.text)).toContain(NOTICE);
    for (const page of pdf.pages) {
      const footer = page.lines.filter(isFooter).map((l) => norm(l.text)).join(' ');
      expect(footer, `page ${page.number}`).toContain(NOTICE);
      if (page.number > 1) expect(footer).toContain(`side ${page.number} av ${pdf.pageCount}`);
    }
  });

  it('no page starts with a table\'s or figure\'s source line cut off from what it belongs to', () => {
    for (const page of pdf.pages.slice(1)) {
      const first = body(page.lines)[0];
      expect(first && norm(first.text).startsWith('Kilde:'), `page ${page.number} starts with "${first?.text}"`).toBe(false);
    }
  });

  it('the appendix lists every unit, and its header row is repeated on each of its pages', () => {
    const start = pagesWithLine(chapterHeading(CHAPTERS.at(-1)!))[0]!;
    const pages = pdf.pages.slice(start - 1);
    expect(pages.length).toBeGreaterThan(3);
    const text = pages.map((p) => norm(p.text)).join('\n');
    for (const u of data.panel.units) expect(text, u.code).toContain(u.code);
    const header = body(pages[0]!.lines).find((l) => /^Fylke /.test(l.text))?.text;
    expect(header).toBeDefined();
    const codes = new Set(data.panel.units.map((u) => u.code));
    for (const p of pages.slice(1)) {
      const lines = body(p.lines).map((l) => l.text);
      const firstRow = lines.findIndex((t) => t.split(' ').some((w) => codes.has(w)));
      expect(lines.indexOf(header!), `header row on page ${p.number}`).toBeGreaterThanOrEqual(0);
      expect(lines.indexOf(header!), `header before the rows on page ${p.number}`).toBeLessThan(firstRow);
    }
  });

  it('the HTML passes axe-core with no violations', async () => {
    const page = await chrome.browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
      const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
        violations: { id: string; help: string; nodes: { target: string[] }[] }[];
      };
      const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
