// The preview on the real pipeline (cached data and registry stages, the report's and the fact sheets' own
// render functions) in a real browser. Everything it may write goes to temporary copies: the templates, the
// workbooks (one is edited to test the review reset) and the output folder.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipeline/context.ts';
import { DEFAULT_PATHS } from '../../pipeline/paths.ts';
import { pipelineSource, startPreview, type Preview } from '../../pipeline/preview/index.ts';
import { launchBrowser, type LaunchedBrowser } from '../../pipeline/print/index.ts';
import { inspectPdf } from '../../pipeline/print/inspect.ts';
import { readReviewState } from '../../pipeline/review/index.ts';
import { editWorkbook } from './edit-workbook.ts';

const SHOTS = join(import.meta.dirname, '..', '..', 'output', 'test-screenshots', 'preview');

describe('preview on the real pipeline', () => {
  let dir: string;
  let preview: Preview;
  let chrome: LaunchedBrowser;
  let page: Page;
  const log = memoryLogger();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'is248-preview-real-'));
    cpSync(DEFAULT_PATHS.templates, join(dir, 'templates'), { recursive: true });
    cpSync(DEFAULT_PATHS.data, join(dir, 'data'), { recursive: true });
    const source = pipelineSource({ data: join(dir, 'data'), out: join(dir, 'output'), templates: join(dir, 'templates'), review: join(dir, 'review') }, { log, now: () => new Date('2025-03-01T10:00:00Z'), root: dir });
    preview = await startPreview({ source, host: '127.0.0.1', port: 0 }, { log, now: () => new Date('2025-03-01T10:00:00Z'), root: dir });
    chrome = await launchBrowser({ offline: false });
    page = await chrome.browser.newPage();
    await page.setViewport({ width: 1200, height: 1000 });
  });
  afterAll(async () => {
    await chrome?.close();
    await preview?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists the chapters the report prints, with their printed numbers', async () => {
    const project = await preview.site.project();
    const { html } = await project.report();
    const printed = [...html.matchAll(/<h1 id="kap-([\w-]+)-tittel">([^<]*)/g)].map((m) => `${m[1]} ${m[2]!.trim()}`);
    expect(printed.length).toBeGreaterThan(10);
    expect(project.chapters.map((c) => `${c.id} ${c.title}`)).toEqual(printed);
  });

  it('lists every unit of the report year on the start page and finds a kommune', async () => {
    const project = await preview.site.project();
    // The start page reloads itself once the report is ready if it was shown before (chapters "being updated"):
    // wait for the report, so the page is not navigated away under the search below.
    await preview.site.renderReport();
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-preview-ready]');
    const rows = await page.$$eval('#sheets tbody tr', (r) => r.length);
    expect(rows).toBe(project.units.length);
    // 357 kommuner + 15 bydeler + 15 fylker + the country (issue 6).
    expect(project.units.filter((u) => u.kind === 'kommune')).toHaveLength(357);
    await page.type('#q', 'sogndal');
    const visible = await page.$$eval('#sheets tbody tr:not([hidden]) td.code', (t) => t.map((x) => x.textContent));
    expect(visible).toEqual(['4640']);
    await page.screenshot({ path: join(SHOTS, 'real-start.png') });
  });

  /** Pixels of about rgb(200, 0, 0) on the viewer's first page (0 until it is drawn). */
  const countRed = () => {
    const canvas = document.querySelector<HTMLCanvasElement>("#pv-pages .pv-page canvas");
    if (!document.documentElement.hasAttribute('data-preview-ready') || canvas === null) return 0;
    const img = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let red = 0;
    for (let i = 0; i < img.length; i += 4) if (Math.abs(img[i]! - 200) < 12 && img[i + 1]! < 40 && img[i + 2]! < 40) red++;
    return red;
  };
  const redPixels = () => page.evaluate(countRed);
  const shownText = () => page.$$eval('#pv-pages .pv-page .textLayer', (layers) => layers.map((l) => l.textContent ?? '').join('\n'));

  it("opens the sheet as Chrome's printed pages, approves it, and prints it again when its style changes", async () => {
    await Promise.all([page.waitForNavigation(), page.click('a[href="/factsheet/4640"]')]);
    await page.waitForSelector('html[data-preview-ready]');
    const pages = await page.$$eval('#pv-pages .pv-page', (p) => p.length);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    // The pages are those of the printed sheet: as many, with the sheet's text on them.
    const pdf = await inspectPdf(new Uint8Array(await (await fetch(`${preview.url}_/print?page=factsheet%3A4640`)).arrayBuffer()));
    expect(pages).toBe(pdf.pageCount);
    expect(await shownText()).toContain('Sogndal');
    expect(await redPixels()).toBe(0);
    await page.click('#pv-approve');
    await page.waitForFunction(() => document.querySelector('#pv-status')?.getAttribute('data-status') === 'approved');
    const reviewFile = join(dir, 'review', 'review-2024.json');
    expect(readReviewState(reviewFile)['factsheet:4640']?.status).toBe('approved');

    const css = join(dir, 'templates', 'factsheet', 'style.css');
    writeFileSync(css, readFileSync(css, 'utf8') + '\nh1 { color: rgb(200, 0, 0) !important; }\n');
    const started = performance.now();
    // The heading is printed red now.
    await page.waitForFunction(`(${countRed.toString()})() > 200`, { timeout: 30_000 });
    console.log(`style edit → sheet printed and drawn again in ${Math.round(performance.now() - started)} ms`);
    await page.screenshot({ path: join(SHOTS, 'real-sheet.png') });
  });

  it('shows a report chapter and follows an edit of its template', async () => {
    await page.goto(`${preview.url}report/metode`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-preview-ready]');
    // The chapter's printed pages: its running head (the paged mode's @page margin box) and its heading.
    const first = await page.$eval('#pv-pages .pv-page .textLayer', (l) => l.textContent ?? '');
    expect(first).toMatch(/\d+ Om datagrunnlaget og metode/);
    expect(first).toContain('Eksempeldata');
    const file = join(dir, 'templates', 'report', 'chapters', 'metode.md');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nTestendring fra *forhåndsvisningen*.\n');
    await page.waitForFunction(
      () => document.documentElement.hasAttribute('data-preview-ready') && Array.from(document.querySelectorAll('.pv-page .textLayer')).some((l) => (l.textContent ?? '').includes('Testendring fra forhåndsvisningen')),
      { timeout: 60_000 },
    );
    await page.screenshot({ path: join(SHOTS, 'real-report-chapter.png') });
  });

  it('prints a sheet to PDF from the page with the document properties the build gives it', async () => {
    const r = await fetch(`${preview.url}_/pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-preview-token': preview.token },
      body: JSON.stringify({ page: 'factsheet:4640' }),
    });
    expect(r.status).toBe(200);
    const pdf = await inspectPdf(new Uint8Array(await r.arrayBuffer()));
    // Sogndal writes nynorsk: the title, subject and language follow the sheet's own.
    expect(pdf.metadata.title).toContain('Sogndal');
    // The author is the project file's institution.
    expect(pdf.metadata.author).toBe('SINTEF');
    expect(pdf.metadata.subject?.length).toBeGreaterThan(10);
    expect(pdf.metadata.lang).toBe('nn');
    expect(pdf.metadata.xmp).toContain('SINTEF');
    expect(pdf.tagged).toBe(true);
    // The running header and footer are artifacts, not untagged text.
    expect(pdf.pages[0]!.lines.filter((l) => l.marking === 'none')).toEqual([]);
    expect(pdf.pages.map((p) => p.text).join('\n')).toContain('Eksempeldata');
  });

  it('resets the approval when the unit’s data changes', async () => {
    await page.goto(`${preview.url}factsheet/4640`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-preview-ready]');
    expect(await page.$eval('#pv-status', (el) => el.getAttribute('data-status'))).toBe('approved');
    const n = preview.changes.count;
    await editWorkbook(join(dir, 'data', 'is248_2024.xlsx'), '4640', 10);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-preview-ready') && document.querySelector('#pv-status')?.getAttribute('data-status') === 'needs-review', {
      timeout: 90_000,
    });
    expect(preview.changes.count).toBeGreaterThan(n);
    // The decision is still on file, for the content that was approved.
    expect(readReviewState(join(dir, 'review', 'review-2024.json'))['factsheet:4640']?.status).toBe('approved');
    const line = log.lines.find((l) => l.message.startsWith('data changed'));
    console.log(line?.message);
    // Only Sogndal among the sheets (and what compares against it) changed, not every sheet.
    expect(line?.message).toContain('factsheet:4640');
  });
});
