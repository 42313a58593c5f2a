// Prints finished HTML to PDF with a warm browser. Two modes:
//
//   native  fact sheets; fast. Chrome's own header/footer templates (native-frame.ts), A4, one print; the
//           document is laid out for print only (hidden on screen).
//   paged   the report. Running head with the current chapter's title, footer "side n av N" and a notice,
//           no header on the cover (page-css.ts: @page margin boxes and named pages), and page numbers
//           filled into the TOC and lists (paged.ts: print, read where the targets landed, fill in, print
//           again until stable).
//
// In both modes the page's JavaScript is disabled, every request is blocked except data: URLs and files
// under `baseDir`/`allowDirs` (network-guard.ts), and the PDF is tagged (structure tree, reading order =
// DOM order) with an outline from the headings. Chrome sets the PDF Title from <title> and Lang from
// <html lang>; set the rest with postprocess.ts.
//
//   const printer = await openPrinter(browser);          // one tab; reuse it for many documents
//   const first = await openPrinter(browser, { blank: (await browser.pages())[0] });  // the tab the browser started with
//   const fast = await openPrinter(browser, { fonts: webFonts() });  // Open Sans decoded once, not per document
//   const { pdf, blocked } = await printer.print({ html, mode: 'native', native: { frame } });
//   await printer.close();
//   // or, one-off: await printPdf(browser, job)
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page, PDFOptions } from 'puppeteer';
import type { WebFontFace, WebFonts } from '../fonts/css.ts';
import { PrintError } from './errors.ts';
import { type NativeFrame, nativeTemplates } from './native-frame.ts';
import { guardPage, type PageGuard } from './network-guard.ts';
import { type PageFrame, pagedCss } from './page-css.ts';
import { addStyle, inspectPagedDom, resolvePageRefs } from './paged.ts';

export type PrintMode = 'native' | 'paged';

export interface PrintJob {
  /** A complete HTML document. */
  html: string;
  mode: PrintMode;
  /** Folder that relative URLs in `html` resolve against; its files may be loaded. Omit for self-contained HTML. */
  baseDir?: string;
  /** Further folders whose files may be loaded (with `baseDir` only: a document without one loads no files). */
  allowDirs?: readonly string[];
  native?: {
    /** Header and footer; omit for none. */
    frame?: NativeFrame;
    /** Page margins; default 18mm top/bottom (room for header and footer), 15mm left/right. */
    margin?: { top: string; right: string; bottom: string; left: string };
  };
  paged?: {
    /** Header/footer styling and texts injected as CSS; `false` when the HTML already carries `pagedCss(…)`. */
    frame: PageFrame | false;
    /** Most prints while settling page numbers; default 4. */
    maxPasses?: number;
  };
  /** Milliseconds for loading and for each print; default 60 000. */
  timeoutMs?: number;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** URLs the page tried to load and that were blocked. */
  blocked: string[];
  /** How many times the document was printed (paged mode may print 2–3 times). */
  passes: number;
  /** Paged mode: id → page number for every data-page-of target. */
  pageRefs: Record<string, number>;
  /** Text of the h1–h6 headings, for repairing outline titles (postprocess `headings`). */
  headings: string[];
}

export interface Printer {
  /** The tab it prints in. */
  readonly page: Page;
  /** Prints one document; a printer prints one document at a time. */
  print(job: PrintJob): Promise<PrintResult>;
  close(): Promise<void>;
}

const DEFAULT_NATIVE_MARGIN = { top: '18mm', right: '15mm', bottom: '18mm', left: '15mm' };

export interface PrinterOptions {
  /** An unused tab of the browser to set up instead of opening one (the tab a browser starts with; opening a tab takes ~0,1 s). */
  blank?: Page;
  /**
   * Fonts to load into the tab once. A document that holds `fonts.css` (inlined @font-face rules) is printed
   * without it and uses the loaded faces: Chrome then decodes the fonts once per tab instead of once per
   * document (~7 % more fact sheets per second, measured on the full batch). The faces stay in the tab's
   * FontFaceSet from one document to the next (documents are loaded with document.open/write); should a
   * document arrive without them, they are loaded again before it is printed.
   */
  fonts?: WebFonts;
}

/** Opens a tab set up for printing: JavaScript off, network guard on, `fonts` loaded. */
export async function openPrinter(browser: Browser, options: PrinterOptions = {}): Promise<Printer> {
  const page = options.blank ?? (await browser.newPage());
  await page.setJavaScriptEnabled(false);
  const guard = await guardPage(page);
  const fonts = options.fonts;
  if (fonts !== undefined) await loadFonts(page, fonts.faces);
  let busy = false;
  return {
    page,
    async print(job) {
      if (busy) throw new PrintError('print.busy', 'this printer is already printing; open one printer per parallel job');
      busy = true;
      try {
        return await printOn(page, guard, job, fonts);
      } finally {
        busy = false;
      }
    },
    async close() {
      // Closing a tab of a browser that has crashed or closed has nothing left to do.
      if (browser.connected) await page.close();
    },
  };
}

/** Adds the faces to the tab's document (decoded here, once) and waits until they are ready. */
async function loadFonts(page: Page, faces: readonly WebFontFace[]): Promise<void> {
  try {
    await page.evaluate(async (list) => {
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        const face = new FontFace(f.family, bytes, { weight: f.weight, style: f.style, unicodeRange: f.unicodeRange });
        await face.load();
        (document.fonts as unknown as Set<FontFace>).add(face); // FontFaceSet is set-like
      }
    }, faces);
  } catch (err) {
    throw new PrintError('print.fonts', `could not load the fonts into the browser: ${(err as Error).message}`);
  }
}

/** True when the document lacks the loaded faces (the FontFaceSet also counts a document's own @font-face rules). */
async function fontsLost(page: Page, count: number): Promise<boolean> {
  return page.evaluate((n) => (document.fonts as unknown as Set<FontFace>).size < n, count);
}

/** Opens a printer, prints one document, closes the printer. */
export async function printPdf(browser: Browser, job: PrintJob): Promise<PrintResult> {
  const printer = await openPrinter(browser);
  try {
    return await printer.print(job);
  } finally {
    await printer.close();
  }
}

/**
 * The document hidden on screen, so Chrome lays it out, paints and rasterises it only for print (a tab lays out
 * a loaded document for its viewport, which printing then does again for the page): ~20 % less of Chrome's
 * time on a fact sheet, the same PDF (compared page by page on all the sheets). Native mode only (paged mode
 * reads the document's layout); a document without </head> is left as it is.
 */
export function laidOutForPrintOnly(html: string): string {
  const head = html.search(/<\/head>/i);
  return head < 0 ? html : `${html.slice(0, head)}${SCREEN_OFF}${html.slice(head)}`;
}
const SCREEN_OFF = '<style media="screen">html { display: none !important; }</style>';

async function printOn(page: Page, guard: PageGuard, job: PrintJob, fonts?: WebFonts): Promise<PrintResult> {
  const timeout = job.timeoutMs ?? 60_000;
  guard.takeBlocked();
  const usesLoadedFonts = fonts !== undefined && job.html.includes(fonts.css);
  let html = usesLoadedFonts ? job.html.replace(fonts.css, () => '') : job.html;
  if (job.mode === 'native') html = laidOutForPrintOnly(html);
  await load(page, guard, html === job.html ? job : { ...job, html }, timeout);
  if (usesLoadedFonts && (await fontsLost(page, fonts.faces.length))) {
    await loadFonts(page, fonts.faces);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  const base: PDFOptions = { format: 'A4', printBackground: true, tagged: true, outline: true, timeout };
  const pdfOf = async (options: PDFOptions): Promise<Uint8Array> => {
    try {
      return await page.pdf(options);
    } catch (err) {
      throw new PrintError('print.pdf-failed', `Chrome could not print the document: ${(err as Error).message}`);
    }
  };
  let pdf: Uint8Array;
  let passes = 1;
  let pageRefs: Record<string, number> = {};
  if (job.mode === 'native') {
    const frame = job.native?.frame;
    pdf = await pdfOf({
      ...base,
      margin: job.native?.margin ?? DEFAULT_NATIVE_MARGIN,
      ...(frame ? { displayHeaderFooter: true, ...nativeTemplates(frame) } : {}),
    });
  } else {
    const dom = await inspectPagedDom(page);
    const frame = job.paged?.frame;
    if (frame === undefined) throw new PrintError('print.options', 'paged mode needs `paged.frame` (or false)');
    if (frame !== false) {
      const heads = dom.heads.map((text, i) => ({ selector: `[data-print-chapter="${i}"]`, text }));
      await addStyle(page, pagedCss(frame, heads, dom.hasCover ? '[data-cover]' : undefined));
    }
    const result = await resolvePageRefs(page, dom, () => pdfOf({ ...base, preferCSSPageSize: true }), job.paged?.maxPasses);
    pdf = result.pdf;
    passes = result.passes;
    pageRefs = result.pages;
  }
  const headings = await page.evaluate(() =>
    Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.textContent ?? ''),
  );
  return { pdf, blocked: guard.takeBlocked(), passes, pageRefs, headings };
}

async function load(page: Page, guard: PageGuard, job: PrintJob, timeout: number): Promise<void> {
  const allow = [...(job.baseDir !== undefined ? [job.baseDir] : []), ...(job.allowDirs ?? [])];
  try {
    if (job.baseDir !== undefined) {
      // Served from a file: URL inside baseDir, so relative URLs resolve there (setContent gives about:blank,
      // which may not load files). The file is never written: the guard answers the request with `html`.
      const url = pathToFileURL(join(job.baseDir, '__print__.html')).href;
      guard.prepare(allow, { url, html: job.html });
      await page.goto(url, { waitUntil: 'load', timeout });
    } else {
      guard.prepare(allow);
      await page.setContent(job.html, { waitUntil: 'load', timeout });
    }
  } catch (err) {
    throw new PrintError('print.load-failed', `could not load the document: ${(err as Error).message}`, job.baseDir);
  }
}
