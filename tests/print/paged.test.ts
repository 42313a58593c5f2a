// The paged (report) mode with a real browser: a synthetic report printed, finished (metadata, qpdf) and
// read back with pdfjs. Where a heading, row or figure landed is found from the PDF's text, independently of
// the destinations the print engine itself used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf, structRoles, type PdfInspection, type PdfLine } from '../../pipeline/print/inspect.ts';
import { launchBrowser, type LaunchedBrowser } from '../../pipeline/print/launch.ts';
import { finishPdf } from '../../pipeline/print/postprocess.ts';
import { printPdf, type PrintResult } from '../../pipeline/print/print.ts';
import {
  CHAPTERS,
  chartLabels,
  FIGURES,
  NOTICE,
  REPORT_TITLE,
  reportHtml,
  rowCells,
  rowName,
  TABLE_HEADER,
  TABLE_ROWS,
  TABLES,
  UNLINKED_TARGET,
  UNLINKED_TEXT,
} from './fixtures/docs.ts';

const MM = 72 / 25.4;
/** Header lines sit in the top margin (22 mm), footer lines in the bottom margin (20 mm) of an A4 page. */
const isHeader = (l: PdfLine): boolean => l.top < 22 * MM;
const isFooter = (l: PdfLine): boolean => l.top > (297 - 20) * MM;
const body = (lines: PdfLine[]): PdfLine[] => lines.filter((l) => !isHeader(l) && !isFooter(l));

const DEFAULT_HEAD = 'Kommunalt psykisk helse- og rusarbeid';
const METADATA = {
  title: REPORT_TITLE,
  author: 'Helsedirektoratet (eksempel)',
  subject: 'Årsverk, kompetanse og innhold i tjenestene',
  keywords: ['psykisk helse', 'rus', 'IS-24/8'],
};

let chrome: LaunchedBrowser;
let printed: PrintResult;
let pdf: PdfInspection;

beforeAll(async () => {
  chrome = await launchBrowser();
  printed = await printPdf(chrome.browser, {
    // With a script that would change the title and an image from the network: neither may happen.
    html: reportHtml()
      .replace('<p class="subtitle">', '<img src="http://example.com/logo.png" alt="" width="1" height="1"><p class="subtitle">')
      .replace('</body>', "<script>document.title = 'JS-RAN';</script></body>"),
    mode: 'paged',
    paged: { frame: { fontFamily: "'Open Sans', sans-serif", notice: NOTICE, defaultHead: DEFAULT_HEAD } },
  });
  pdf = await inspectPdf(await finishPdf(printed.pdf, { metadata: METADATA, headings: printed.headings }));
});

afterAll(async () => {
  await chrome?.close();
});

/** 1-based page whose body has a line equal to `text` (not counting the TOC page). */
function pageOfLine(text: string): number {
  const pages = pdf.pages.filter((p) => p.number > 2 && body(p.lines).some((l) => l.text === text)).map((p) => p.number);
  expect(pages, `"${text}" should be in the body of exactly one page`).toHaveLength(1);
  return pages[0]!;
}

/** The number a TOC line gives for an entry ("1.1 Hovedtall 3" → 3). */
function tocNumber(entry: string): number {
  const toc = pdf.pages[1]!;
  const line = body(toc.lines).find((l) => l.text.startsWith(`${entry} `) && /\d+$/.test(l.text.slice(entry.length)));
  expect(line, `TOC line for "${entry}"`).toBeDefined();
  return Number(line!.text.slice(entry.length).trim());
}

describe('paged mode', () => {
  it('prints a report of several pages, tagged, in A4', () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(7);
    expect(pdf.tagged).toBe(true);
    expect(printed.blocked).toEqual(['http://example.com/logo.png']);
    expect(pdf.metadata.title).toBe(REPORT_TITLE);
  });

  it('TOC page numbers equal the pages where the headings, figures and tables are', () => {
    const entries: [string, string][] = [
      ...CHAPTERS.flatMap((c) => [[c.title, c.title] as [string, string], ...c.sections.map(([, t]) => [t, t] as [string, string])]),
      // A figure's caption is below it, a table's above: both on the same page as the element's top.
      ...FIGURES.map((f) => [f.caption, f.caption] as [string, string]),
      ...TABLES.map((t) => [t.caption, t.caption] as [string, string]),
    ];
    expect(entries.length).toBe(14);
    for (const [entry, text] of entries) expect(tocNumber(entry), entry).toBe(pageOfLine(text));
    // Not all on one page: the check means something.
    expect(new Set(entries.map(([e]) => tocNumber(e))).size).toBeGreaterThanOrEqual(4);
  });

  it('fills in the page of a target no link points to, without leaving a helper link behind', () => {
    const line = pdf.pages.flatMap((p) => body(p.lines)).find((l) => l.text.startsWith('Hvordan manglende svar erstattes'));
    const m = /står på side (\d+)\.$/.exec(line?.text ?? '');
    expect(m, line?.text).not.toBeNull();
    expect(Number(m![1])).toBe(pageOfLine(UNLINKED_TEXT));
    expect(printed.pageRefs[UNLINKED_TARGET]).toBe(pageOfLine(UNLINKED_TEXT));
    // Measured with a temporary link, then printed once more without it.
    expect(printed.passes).toBe(3);
    expect(Object.keys(pdf.destinations)).not.toContain(UNLINKED_TARGET);
    expect(Object.keys(pdf.destinations)).toContain('kap-1');
  });

  it('running head names the chapter of each page; the cover has none', () => {
    const starts = CHAPTERS.map((c) => ({ title: c.title, page: pageOfLine(c.title) }));
    for (const page of pdf.pages) {
      const header = page.lines.filter(isHeader).map((l) => l.text);
      if (page.number === 1) {
        expect(header).toEqual([]);
        continue;
      }
      const chapter = starts.filter((s) => s.page <= page.number).at(-1);
      expect(header, `header of page ${page.number}`).toEqual([chapter?.title ?? DEFAULT_HEAD]);
    }
  });

  it('footer says "side n av N" and the sample-data notice on every page (the cover: notice only)', () => {
    const n = pdf.pageCount;
    for (const page of pdf.pages) {
      const footer = page.lines.filter(isFooter).map((l) => l.text).join(' ');
      expect(footer).toContain(NOTICE);
      if (page.number === 1) expect(footer).not.toMatch(/side \d/);
      else expect(footer).toContain(`side ${page.number} av ${n}`);
    }
  });

  it('the long table repeats its header row on every page it spans and never splits a row', () => {
    const header = TABLE_HEADER.join(' ');
    const rowPages = new Set<number>();
    for (let i = 1; i <= TABLE_ROWS; i++) {
      const first = rowName(i).split(' ').slice(0, 2).join(' '); // "Enhet 05"
      const hits = pdf.pages.flatMap((p) => body(p.lines).map((l, k) => ({ p, k, l })).filter(({ l }) => l.text.startsWith(`${first} `)));
      expect(hits, `row ${i}`).toHaveLength(1);
      const { p, k, l } = hits[0]!;
      rowPages.add(p.number);
      // Every cell of the row is on the row's first line…
      expect(l.text.endsWith(rowCells(i).join(' ')), `row ${i}: ${l.text}`).toBe(true);
      // …and a wrapped name continues on the next lines of the same page.
      const name = rowName(i);
      let text = l.text.slice(0, -rowCells(i).join(' ').length).trim();
      for (const next of body(p.lines).slice(k + 1)) {
        if (text.length >= name.length) break;
        text = `${text} ${next.text}`;
      }
      expect(text, `row ${i} on page ${p.number}`).toBe(name);
    }
    expect(rowPages.size).toBeGreaterThanOrEqual(2);
    for (const n of rowPages) {
      const lines = body(pdf.pages[n - 1]!.lines).map((l) => l.text);
      expect(lines.filter((t) => t === header), `header row on page ${n}`).toHaveLength(1);
      // On a continuation page the header row comes first.
      if (!lines.includes(TABLES[1].caption)) expect(lines[0]).toBe(header);
    }
  });

  it('figures are never split: a figure\'s labels and caption are on one page', () => {
    for (const f of FIGURES) {
      const page = pageOfLine(f.caption);
      const text = body(pdf.pages[page - 1]!.lines).map((l) => l.text).join('\n');
      for (const label of chartLabels(f.id)) expect(text, `${f.id} label ${label}`).toContain(label);
      if (f.id === 'fig-3-1') {
        const before = body(pdf.pages[page - 2]!.lines).map((l) => l.text).join('\n');
        expect(before).not.toContain('Gr 1');
      }
    }
  });

  it('has a bookmark per chapter, with its sections below it, pointing to the right pages', () => {
    const top = pdf.outline.filter((e) => e.level === 0);
    for (const c of CHAPTERS) {
      const entries = top.filter((e) => e.title === c.title);
      expect(entries, c.title).toHaveLength(1);
      expect(entries[0]!.page).toBe(pageOfLine(c.title));
      const at = pdf.outline.indexOf(entries[0]!);
      const sections = pdf.outline.slice(at + 1, at + 1 + c.sections.length);
      expect(sections.map((s) => [s.title, s.level])).toEqual(c.sections.map(([, t]) => [t, 1]));
    }
    // Chrome drops the space where the cover title wraps; postprocess puts it back.
    expect(top[0]!.title).toBe(REPORT_TITLE);
  });

  it('is tagged with language, title, author, subject and keywords', () => {
    expect(pdf.marked).toBe(true);
    expect(pdf.hasStructTree).toBe(true);
    expect(pdf.metadata.lang).toBe('nb');
    expect(pdf.metadata.title).toBe(METADATA.title);
    expect(pdf.metadata.author).toBe(METADATA.author);
    expect(pdf.metadata.subject).toBe(METADATA.subject);
    expect(pdf.metadata.keywords).toContain('IS-24/8');
    expect(pdf.metadata.xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Kommunalt psykisk helse- og rusarbeid 2024');
  });

  it('structure: reading order follows the text, figures have alt text, tables header cells, headers/footers are artifacts', () => {
    const roles = pdf.pages.flatMap((p) => structRoles(p.structure));
    // Headings in document order: cover title, Innhold (+ Figurer, Tabeller), then chapters with sections.
    const headings = roles.filter((r) => /^H[1-6]$/.test(r));
    const expected = ['H1', 'H1', 'H2', 'H2', ...CHAPTERS.flatMap((c) => ['H1', ...c.sections.map(() => 'H2')])];
    expect(headings).toEqual(expected);
    const figures = pdf.pages.flatMap((p) => collectAlts(p.structure));
    expect(figures).toEqual(expect.arrayContaining([expect.stringContaining('Søylediagram: årsverk per 10 000')]));
    expect(roles).toContain('Table');
    expect(roles).toContain('TH');
    expect(roles).toContain('Caption');
    for (const page of pdf.pages) {
      for (const line of page.lines) {
        // Outside the structure, marked as artifacts by postprocess.
        if (isHeader(line) || isFooter(line)) expect(line.marking, `page ${page.number}: ${line.text}`).toBe('artifact');
        else expect(line.marking, `page ${page.number}: ${line.text}`).toBe('tagged');
      }
    }
  });
});

function collectAlts(node: PdfInspection['pages'][number]['structure']): string[] {
  if (node === null) return [];
  return [...(node.role === 'Figure' && node.alt !== undefined ? [node.alt] : []), ...node.children.flatMap(collectAlts)];
}
