// The preview in a real browser (puppeteer), with the stand-in project: open the start page, search a
// kommune, filter, open its sheet (Chrome's printed pages drawn by pdf.js), approve it, edit a template in the
// temporary templates folder and see the open page change by itself; print the sheet to PDF through the
// page's token.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipeline/context.ts';
import { startPreview, type Preview } from '../../pipeline/preview/index.ts';
import { inspectPdf } from '../../pipeline/print/inspect.ts';
import { launchBrowser, type LaunchedBrowser } from '../../pipeline/print/index.ts';
import { contentHash, readReviewState } from '../../pipeline/review/index.ts';
import { BERGEN_COMMENT, createFixture, type Fixture } from './fixture.ts';

const SHOTS = join(import.meta.dirname, '..', '..', 'output', 'test-screenshots', 'preview');

describe('preview in a browser', () => {
  let fx: Fixture;
  let preview: Preview;
  let chrome: LaunchedBrowser;
  let page: Page;
  const log = memoryLogger();

  beforeAll(async () => {
    fx = createFixture();
    preview = await startPreview({ source: fx.source, host: '127.0.0.1', port: 0, dataFiles: /\.json$/ }, { log, now: () => new Date('2025-03-01T10:00:00Z'), root: fx.dir });
    // Not offline: the browser must reach the preview on loopback.
    chrome = await launchBrowser({ offline: false });
    page = await chrome.browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await chrome?.close();
    await preview?.close();
    fx?.cleanup();
  });

  /** The text of each page the viewer shows (pdf.js' text layer over each canvas). */
  const shownPages = () => page.$$eval('#pv-pages .pv-page', (pages) => pages.map((p) => p.querySelector('.textLayer')?.textContent ?? ''));
  const shownText = async () => (await shownPages()).join('\n');

  const visibleRows = () =>
    page.$$eval('#sheets tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.querySelector('td')?.textContent ?? ''));

  it('searches and filters the fact sheets on the start page', async () => {
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-preview-ready]');
    expect(await visibleRows()).toHaveLength(6);
    await page.type('#q', 'berg');
    expect(await visibleRows()).toEqual(['4601']);
    await page.$eval('#q', (el) => ((el as HTMLInputElement).value = ''));
    await page.type('#q', '46');
    expect((await visibleRows()).sort()).toEqual(['46', '4601', '4640']);
    await page.$eval('#q', (el) => ((el as HTMLInputElement).value = ''));
    await page.select('#fylke', '46');
    expect((await visibleRows()).sort()).toEqual(['4601', '4640']);
    await page.select('#fylke', '');
    await page.type('#q', 'Bergen');
    await page.screenshot({ path: join(SHOTS, 'start.png'), fullPage: true });
  });

  it("opens the sheet as Chrome's printed pages, with its native header, footer and page numbers", async () => {
    await Promise.all([page.waitForNavigation(), page.click('a[href="/factsheet/4601"]')]);
    await page.waitForSelector('html[data-preview-ready]');
    const layout = await page.evaluate(() => {
      const pages = Array.from(document.querySelectorAll('#pv-pages .pv-page'));
      const canvas = pages[0]?.querySelector('canvas');
      // Dark pixels on the first page: the canvas was drawn, not left blank.
      const img = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let dark = 0;
      for (let i = 0; i < img.length; i += 4) if (img[i]! < 128 && img[i + 3]! > 0) dark++;
      return {
        pages: pages.length,
        dark,
        width: pages[0]?.getBoundingClientRect().width ?? 0,
        toolbar: document.querySelector('#preview-toolbar .pv-title')?.textContent,
      };
    });
    // The same pages as the PDF the page was drawn from (the print the build would make).
    const pdf = await inspectPdf(new Uint8Array(await (await fetch(`${preview.url}_/print?page=factsheet%3A4601`)).arrayBuffer()));
    expect(layout.pages).toBe(pdf.pageCount);
    expect(layout.pages).toBeGreaterThanOrEqual(2); // 40 paragraphs do not fit one A4 page
    expect(layout.dark).toBeGreaterThan(1000);
    const shown = await shownPages();
    // Chrome's native header and footer, as the fact-sheet batch prints them.
    expect(shown[0]).toContain('Bergen (4601)');
    expect(shown[0]).toContain('Eksempeldata');
    expect(shown[0]).toMatch(/side 1 av 2/);
    expect(shown[1]).toMatch(/side 2 av 2/);
    expect(shown[1]).toContain('Avsnitt 40 om Bergen.');
    expect(layout.width).toBeGreaterThan(780); // 210 mm at 96 dpi ≈ 794 px
    expect(layout.width).toBeLessThan(810);
    expect(layout.toolbar).toBe('Bergen (4601)');
    await page.screenshot({ path: join(SHOTS, 'sheet.png') });
  });

  it('shows the unit’s own comment beside the sheet as text, outside the printed pages', async () => {
    const notes = await page.evaluate(() => {
      const box = document.getElementById('pv-notes');
      return {
        text: box?.querySelector('.pv-note-text')?.textContent,
        summary: box?.querySelector('summary')?.textContent,
        scripts: box?.querySelectorAll('script').length,
        inPage: box?.closest('.pagedjs_page') !== null && box?.closest('.pagedjs_page') !== undefined,
        visible: box ? getComputedStyle(box).display !== 'none' && box.getBoundingClientRect().width > 0 : false,
        pwned: (window as unknown as { __pwned?: number }).__pwned,
      };
    });
    expect(notes).toEqual({ text: BERGEN_COMMENT, summary: 'Kommentar fra Bergen i skjemaet for 2024', scripts: 0, inPage: false, visible: true, pwned: undefined });
    await page.screenshot({ path: join(SHOTS, 'sheet-comment.png') });
    // Not printed: hidden for print media.
    await page.emulateMediaType('print');
    expect(await page.$eval('#pv-notes', (el) => getComputedStyle(el).display)).toBe('none');
    await page.emulateMediaType('screen');
  });

  it('approves the sheet from its toolbar (review.json updated)', async () => {
    await page.type('#pv-comment', 'Ser bra ut');
    await page.click('#pv-approve');
    await page.waitForFunction(() => document.querySelector('#pv-status')?.getAttribute('data-status') === 'approved');
    const state = readReviewState(fx.reviewFile);
    expect(state['factsheet:4601']).toMatchObject({ status: 'approved', comment: 'Ser bra ut', contentHash: contentHash({ arsverk: 800, name: 'Bergen' }) });
  });

  it('reloads the open page by itself when a template changes', async () => {
    const file = join(fx.templates, 'factsheet', 'sheet.html');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const started = performance.now();
    writeFileSync(file, readFileSync(file, 'utf8').replace('<h1 id="title">{{name}} ({{code}})</h1>', '<h1 id="title">{{name}} ({{code}}) – endret</h1>'));
    await page.waitForFunction(
      () => document.documentElement.hasAttribute('data-preview-ready') && (document.querySelector('.pv-page .textLayer')?.textContent ?? '').includes('Bergen (4601) – endret'),
      { timeout: 15_000 },
    );
    const elapsed = performance.now() - started;
    // A real reload (the marker set on the old page is gone), not a patch.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    console.log(`template edit → page reloaded and laid out in ${Math.round(elapsed)} ms`);
    // The approval survives a template change (only the sheet's data counts).
    expect(await page.$eval('#pv-status', (el) => el.getAttribute('data-status'))).toBe('approved');
    await page.screenshot({ path: join(SHOTS, 'sheet-after-edit.png') });
  });

  it('resets the approval shown on the page when the unit’s data changes', async () => {
    fx.setArsverk('4601', 812);
    await page.waitForFunction(
      () => document.documentElement.hasAttribute('data-preview-ready') && (document.querySelector('.pv-page .textLayer')?.textContent ?? '').includes('Årsverk: 812'),
      { timeout: 15_000 },
    );
    expect(await shownText()).not.toContain('Årsverk: 800');
    expect(await page.$eval('#pv-status', (el) => el.getAttribute('data-status'))).toBe('needs-review');
  });

  it('prints the open sheet to PDF with the page’s token', async () => {
    const result = await page.evaluate(async () => {
      const data = (window as unknown as { __preview: { token: string; page: string } }).__preview;
      const r = await fetch('/_/pdf', { method: 'POST', headers: { 'content-type': 'application/json', 'x-preview-token': data.token }, body: JSON.stringify({ page: data.page }) });
      const bytes = new Uint8Array(await r.arrayBuffer());
      return { status: r.status, disposition: r.headers.get('content-disposition'), bytes: Array.from(bytes) };
    });
    expect(result.status).toBe(200);
    expect(result.disposition).toContain('4601-bergen.pdf');
    const pdf = Buffer.from(result.bytes);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await inspectPdf(pdf)).pages.map((p) => p.text).join('\n');
    expect(text).toContain('Bergen (4601) – endret');
    expect(text).toContain('812');
    // Chrome's native header and footer, as the fact-sheet batch prints them.
    expect(text).toMatch(/side 1 av 2/);
  });
});
