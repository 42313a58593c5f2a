// The native (fact sheet) mode with a real browser: Chrome's header/footer, JavaScript off, network blocked
// (checked against a local HTTP server that must see nothing), local files under baseDir allowed.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TargetType } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf, type PdfInspection } from '../../pipeline/print/inspect.ts';
import { launchBrowser, type LaunchedBrowser } from '../../pipeline/print/launch.ts';
import type { NativeFrame } from '../../pipeline/print/native-frame.ts';
import { PrintError } from '../../pipeline/print/errors.ts';
import { openPrinter, printPdf, type PrintResult } from '../../pipeline/print/print.ts';
import { webFonts } from '../../pipeline/fonts/css.ts';
import { NOTICE, SHEET_TITLE, sheetHtml } from './fixtures/docs.ts';

const LOCAL = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'local');
const FRAME: NativeFrame = { fontFamily: 'sans-serif', headerLeft: 'Lillestrøm (3205)', headerRight: 'Faktaark 2024', footerLeft: NOTICE };

let chrome: LaunchedBrowser;
let server: Server;
let origin: string;
const seen = { requests: [] as string[], connections: 0 };

let result: PrintResult;
let pdf: PdfInspection;

function hostileBody(): string {
  return `
<script>document.body.append('JS-RAN-APPEND');</script>
<script>document.write('<p>JS-RAN-WRITE</p>');</script>
<noscript><p>NOSCRIPT-SHOWN</p></noscript>
<p><img src="http://example.com/x.png" alt="" width="10" height="10"></p>
<p><img src="${origin}/img.png" alt="" width="10" height="10"></p>
<p style="background: url(${origin}/bg.png)">Bakgrunn</p>
<link rel="stylesheet" href="${origin}/remote.css">
<link rel="preconnect" href="${origin}">
<link rel="prefetch" href="${origin}/prefetch">
<iframe src="${origin}/frame" width="10" height="10"></iframe>
<p><img src="file:///etc/hostname" alt="" width="10" height="10"></p>
<link rel="stylesheet" href="local.css">
<p><img src="dot.svg" alt="Prikk" width="20" height="20"></p>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.requests.push(req.url ?? '');
    res.end('x');
  });
  server.on('connection', () => seen.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  chrome = await launchBrowser();
  result = await printPdf(chrome.browser, {
    html: sheetHtml({ extraBody: hostileBody() }),
    mode: 'native',
    baseDir: LOCAL,
    native: { frame: FRAME },
  });
  pdf = await inspectPdf(result.pdf);
});

afterAll(async () => {
  await chrome?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const text = (): string => pdf.pages.map((p) => p.text).join('\n');

describe('native mode', () => {
  it('prints two A4 pages with header and "side n av N" footer outside the structure tree', () => {
    expect(pdf.pageCount).toBe(2);
    for (const page of pdf.pages) {
      const first = page.lines[0]!;
      const last = page.lines.at(-1)!;
      expect(first.text).toBe('Lillestrøm (3205) Faktaark 2024');
      expect(last.text).toBe(`${NOTICE} side ${page.number} av 2`);
      expect(first.marking).not.toBe('tagged');
      expect(last.marking).not.toBe('tagged');
    }
    expect(pdf.tagged).toBe(true);
    expect(pdf.metadata.title).toBe(SHEET_TITLE);
    expect(pdf.metadata.lang).toBe('nb');
    expect(pdf.outline.map((o) => o.title)).toContain('Lillestrøm (3205)');
  });

  it('runs no JavaScript: scripts leave no trace, <noscript> content shows', () => {
    expect(text()).not.toContain('JS-RAN');
    expect(text()).toContain('NOSCRIPT-SHOWN');
  });

  it('blocks every network request before it leaves the browser', () => {
    expect(result.blocked).toEqual(
      expect.arrayContaining(['http://example.com/x.png', `${origin}/img.png`, `${origin}/bg.png`, `${origin}/remote.css`, `${origin}/frame`]),
    );
    expect(seen.requests).toEqual([]);
    expect(seen.connections).toBe(0);
  });

  it('loads files under baseDir and nothing outside it', () => {
    expect(text()).toContain('LOCAL-CSS-LOADED');
    expect(result.blocked).toContain('file:///etc/hostname');
    expect(result.blocked.filter((u) => u.startsWith(pathToFileURL(LOCAL).href))).toEqual([]);
  });

  it('a printer prints many documents; two printers print in parallel; allowed folders are per job', async () => {
    const [a, b] = await Promise.all([openPrinter(chrome.browser), openPrinter(chrome.browser)]);
    try {
      const html = (name: string): string => sheetHtml({ extraBody: `<p>${name}</p><link rel="stylesheet" href="local.css">` }).replace(SHEET_TITLE, name);
      const [ra, rb] = await Promise.all([
        a.print({ html: html('Dokument A'), mode: 'native', baseDir: LOCAL, native: { frame: FRAME } }),
        b.print({ html: html('Dokument B'), mode: 'native', native: { frame: FRAME } }),
      ]);
      const [pa, pb] = await Promise.all([inspectPdf(ra.pdf), inspectPdf(rb.pdf)]);
      expect(pa.metadata.title).toBe('Dokument A');
      expect(pb.metadata.title).toBe('Dokument B');
      expect(pa.pages.map((p) => p.text).join('\n')).toContain('LOCAL-CSS-LOADED');
      // B has no baseDir: its relative link resolves to nothing it may load.
      expect(pb.pages.map((p) => p.text).join('\n')).not.toContain('LOCAL-CSS-LOADED');

      // The same printer again, now with another baseDir: the file it loaded before is outside and blocked.
      const cssUrl = pathToFileURL(join(LOCAL, 'local.css')).href;
      const again = await a.print({
        html: html('Dokument C').replace('href="local.css"', `href="${cssUrl}"`),
        mode: 'native',
        baseDir: mkdtempSync(join(tmpdir(), 'print-other-')),
        native: { frame: FRAME },
      });
      expect(again.blocked).toEqual([cssUrl]);
      const c = await inspectPdf(again.pdf);
      expect(c.metadata.title).toBe('Dokument C');
      expect(c.pages.map((p) => p.text).join('\n')).not.toContain('LOCAL-CSS-LOADED');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
  it('a crashed tab fails its print at once with print.crashed, and the browser prints on in a new tab', async () => {
    const before = new Set(chrome.browser.targets());
    const printer = await openPrinter(chrome.browser);
    try {
      const target = chrome.browser.targets().find((t) => t.type() === TargetType.PAGE && !before.has(t));
      expect(target, 'the printer opened a tab of its own').toBeDefined();
      const crasher = await target!.createCDPSession();
      await crasher.send('Inspector.enable');
      const crashed = new Promise((resolve) => crasher.once('Inspector.targetCrashed', resolve));
      void crasher.send('Page.crash').catch(() => undefined); // no reply comes: the renderer is gone
      await crashed;
      const started = performance.now();
      const error = await printer.print({ html: sheetHtml({}), mode: 'native', timeoutMs: 30_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PrintError);
      expect((error as PrintError).code).toBe('print.crashed');
      expect(performance.now() - started).toBeLessThan(10_000); // not the 30 s timeout
    } finally {
      await printer.close();
    }
    const fresh = await printPdf(chrome.browser, { html: sheetHtml({}), mode: 'native' });
    expect((await inspectPdf(fresh.pdf)).pageCount).toBeGreaterThan(0);
  });
});

describe('control', () => {
  it('without the offline flags, <link rel=prefetch> reaches the network despite request interception', async () => {
    // Shows that the "nothing leaves" check above can fail, and why launchBrowser cuts the browser off.
    const leaky = await launchBrowser({ offline: false });
    try {
      seen.requests.length = 0;
      const r = await printPdf(leaky.browser, {
        html: sheetHtml({ extraBody: `<link rel="prefetch" href="${origin}/prefetch">` }),
        mode: 'native',
      });
      // Chrome sends the prefetch on its own schedule: wait up to 5 s (a busy machine took more than 1 s).
      for (let i = 0; i < 250 && seen.requests.length === 0; i++) await new Promise((res) => setTimeout(res, 20));
      expect(r.blocked).toEqual([]); // interception never saw it…
      expect(seen.requests).toEqual(['/prefetch']); // …but it arrived
    } finally {
      await leaky.close();
    }
  });

  it('a printer with Open Sans loaded prints documents without decoding their inlined fonts, and reloads lost faces', async () => {
    const fonts = webFonts();
    const doc = (text: string): string =>
      `<!doctype html><html lang="nb"><head><title>${text}</title><style>${fonts.css}\nbody { font-family: 'Open Sans'; }</style></head>` +
      `<body><p>${text}: Æøå <b>fet</b> <span style="font-weight: 600">halvfet</span></p></body></html>`;
    const fontNames = (pdf: Uint8Array): string[] =>
      [...new Set([...Buffer.from(pdf).toString('latin1').matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]!))].sort();
    const withFonts = await openPrinter(chrome.browser, { fonts });
    const without = await openPrinter(chrome.browser);
    try {
      const first = await withFonts.print({ html: doc('En'), mode: 'native' });
      expect(fontNames(first.pdf)).toEqual(['OpenSans-Bold', 'OpenSans-Regular', 'OpenSans-SemiBold']);
      // The document printed was the one without the @font-face rules: the faces came from the tab.
      expect(await withFonts.tab.evaluate(() => document.documentElement.outerHTML)).not.toContain('font/woff2');
      const second = await withFonts.print({ html: doc('To'), mode: 'native' });
      expect(fontNames(second.pdf)).toEqual(['OpenSans-Bold', 'OpenSans-Regular', 'OpenSans-SemiBold']);
      expect((await inspectPdf(second.pdf)).pages[0]!.text).toContain('To: Æøå fet halvfet');
      // Laid out for print only: on screen the document is hidden (no layout, paint or raster for the tab).
      expect(await withFonts.tab.evaluate(() => getComputedStyle(document.documentElement).display)).toBe('none');

      // Faces gone from the tab (as if a browser version dropped them between documents): loaded again.
      await withFonts.tab.evaluate(() => (document.fonts as unknown as Set<FontFace>).clear());
      const third = await withFonts.print({ html: doc('Tre'), mode: 'native' });
      expect(fontNames(third.pdf)).toEqual(['OpenSans-Bold', 'OpenSans-Regular', 'OpenSans-SemiBold']);

      // Without the faces loaded, the same document stripped of its rules falls back to another font; with its
      // rules (a printer without `fonts` keeps them) it is Open Sans.
      const stripped = await without.print({ html: doc('Fire').replace(fonts.css, ''), mode: 'native' });
      expect(fontNames(stripped.pdf).some((n) => n.startsWith('OpenSans'))).toBe(false);
      const whole = await without.print({ html: doc('Fem'), mode: 'native' });
      expect(fontNames(whole.pdf)).toEqual(['OpenSans-Bold', 'OpenSans-Regular', 'OpenSans-SemiBold']);
    } finally {
      await Promise.all([withFonts.close(), without.close()]);
    }
  });
});
