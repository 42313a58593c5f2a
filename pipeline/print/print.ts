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
// under `baseDir`/`allowDirs` (tab.ts, policy in network-guard.ts), and the PDF is tagged (structure tree,
// reading order = DOM order) with an outline from the headings. Chrome sets the PDF Title from <title> and
// Lang from <html lang>; set the rest with postprocess.ts. A printer drives its tab through a DevTools session
// of its own (tab.ts), not puppeteer's Page.
//
//   const printer = await openPrinter(browser);          // one tab; reuse it for many documents
//   const first = await openPrinter(browser, { blank: browser.targets().find((t) => t.type() === 'page') });  // the tab the browser started with
//   const fast = await openPrinter(browser, { fonts: webFonts() });  // Open Sans decoded once, not per document
//   const { pdf, blocked } = await printer.print({ html, mode: 'native', native: { frame } });
//   await printer.close();
//   // or, one-off: await printPdf(browser, job)
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Target } from 'puppeteer-core';
import type { WebFontFace, WebFonts } from '../fonts/css.ts';
import { PrintError } from './errors.ts';
import { type NativeFrame, nativeTemplates } from './native-frame.ts';
import { type PageFrame, pagedCss } from './page-css.ts';
import { addStyle, inspectPagedDom, resolvePageRefs } from './paged.ts';
import { openTab, type PrintToPdfParams, type Tab } from './tab.ts';

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
  readonly tab: Tab;
  /** Prints one document; a printer prints one document at a time. */
  print(job: PrintJob): Promise<PrintResult>;
  close(): Promise<void>;
}

const DEFAULT_NATIVE_MARGIN = { top: '18mm', right: '15mm', bottom: '18mm', left: '15mm' };

export interface PrinterOptions {
  /** An unused tab of the browser to set up instead of opening one (the tab a browser starts with; opening a tab takes ~0,1 s). */
  blank?: Target;
  /**
   * Fonts to load into the tab once. A document that holds `fonts.css` (inlined @font-face rules) is printed
   * without it and uses the loaded faces: Chrome then decodes the fonts once per tab instead of once per
   * document (~7 % more fact sheets per second, measured on the full batch). The faces stay in the tab's
   * FontFaceSet from one document to the next (documents are loaded with Page.setDocumentContent); should a
   * document arrive without them, they are loaded again before it is printed.
   */
  fonts?: WebFonts;
}

/** Opens a tab set up for printing: JavaScript off, network guard on, `fonts` loaded. */
export async function openPrinter(browser: Browser, options: PrinterOptions = {}): Promise<Printer> {
  const tab = await openTab(browser, options.blank !== undefined ? { target: options.blank } : {});
  const fonts = options.fonts;
  try {
    if (fonts !== undefined) await loadFonts(tab, fonts.faces);
  } catch (err) {
    await tab.close();
    throw err;
  }
  let busy = false;
  return {
    tab,
    async print(job) {
      if (busy) throw new PrintError('print.busy', 'this printer is already printing; open one printer per parallel job');
      busy = true;
      try {
        return await printOn(tab, job, fonts);
      } finally {
        busy = false;
      }
    },
    close: () => tab.close(),
  };
}

/** Adds the faces to the tab's document (decoded here, once) and waits until they are ready. */
async function loadFonts(tab: Tab, faces: readonly WebFontFace[]): Promise<void> {
  try {
    await tab.evaluate(async (list: readonly WebFontFace[]) => {
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        const face = new FontFace(f.family, bytes, { weight: f.weight, style: f.style, unicodeRange: f.unicodeRange });
        await face.load();
        (document.fonts as unknown as Set<FontFace>).add(face); // FontFaceSet is set-like
      }
      await document.fonts.ready;
    }, faces);
  } catch (err) {
    throw new PrintError('print.fonts', `could not load the fonts into the browser: ${(err as Error).message}`);
  }
}

/** The headings' text and the number of faces in the document's FontFaceSet (it also counts a document's own @font-face rules), in one round trip. */
function readDocument(tab: Tab): Promise<{ headings: string[]; faces: number }> {
  return tab.evaluate(() => ({
    headings: Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.textContent ?? ''),
    faces: (document.fonts as unknown as Set<FontFace>).size,
  }));
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

/** Puppeteer's unit factors (px per unit, 96 px per inch), so margins come out as they did through page.pdf. */
const PX_PER_UNIT: Record<string, number> = { px: 1, in: 96, cm: 37.8, mm: 3.78 };
function inches(length: string): number {
  const m = /^\s*([\d.]+)\s*(px|in|cm|mm)?\s*$/.exec(length);
  if (!m) throw new PrintError('print.options', `cannot read the length "${length}" (use px, in, cm or mm)`);
  return (Number(m[1]) * PX_PER_UNIT[m[2] ?? 'px']!) / 96;
}

/** A4 in inches, as puppeteer's `format: 'A4'` gives it. */
const A4 = { paperWidth: 8.2677, paperHeight: 11.6929 };

async function printOn(tab: Tab, job: PrintJob, fonts?: WebFonts): Promise<PrintResult> {
  const timeout = job.timeoutMs ?? 60_000;
  tab.takeBlocked();
  // One search of the (large) font CSS: where it is, the document is printed without it.
  const fontsAt = fonts === undefined ? -1 : job.html.indexOf(fonts.css);
  const usesLoadedFonts = fonts !== undefined && fontsAt >= 0;
  let html = usesLoadedFonts ? job.html.slice(0, fontsAt) + job.html.slice(fontsAt + fonts.css.length) : job.html;
  if (job.mode === 'native') html = laidOutForPrintOnly(html);
  await load(tab, { ...job, html }, timeout);
  const read = await readDocument(tab);
  let headings = read.headings;
  const faces = read.faces;
  if (usesLoadedFonts && faces < fonts.faces.length) await loadFonts(tab, fonts.faces);

  const base: PrintToPdfParams = { ...A4, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true };
  let pdf: Uint8Array;
  let passes = 1;
  let pageRefs: Record<string, number> = {};
  if (job.mode === 'native') {
    const frame = job.native?.frame;
    const margin = job.native?.margin ?? DEFAULT_NATIVE_MARGIN;
    pdf = await tab.printToPdf(
      {
        ...base,
        marginTop: inches(margin.top),
        marginRight: inches(margin.right),
        marginBottom: inches(margin.bottom),
        marginLeft: inches(margin.left),
        ...(frame ? { displayHeaderFooter: true, ...nativeTemplates(frame) } : {}),
      },
      { timeoutMs: timeout },
    );
  } else {
    const dom = await inspectPagedDom(tab);
    const frame = job.paged?.frame;
    if (frame === undefined) throw new PrintError('print.options', 'paged mode needs `paged.frame` (or false)');
    if (frame !== false) {
      const heads = dom.heads.map((text, i) => ({ selector: `[data-print-chapter="${i}"]`, text }));
      await addStyle(tab, pagedCss(frame, heads, dom.hasCover ? '[data-cover]' : undefined));
    }
    const print = (): Promise<Uint8Array> =>
      tab.printToPdf({ ...base, preferCSSPageSize: true, marginTop: 0, marginRight: 0, marginBottom: 0, marginLeft: 0 }, { stream: true, timeoutMs: timeout });
    const result = await resolvePageRefs(tab, dom, print, job.paged?.maxPasses);
    pdf = result.pdf;
    passes = result.passes;
    pageRefs = result.pages;
    headings = (await readDocument(tab)).headings;
  }
  return { pdf, blocked: tab.takeBlocked(), passes, pageRefs, headings };
}

async function load(tab: Tab, job: PrintJob, timeout: number): Promise<void> {
  const allowDirs = [...(job.baseDir !== undefined ? [job.baseDir] : []), ...(job.allowDirs ?? [])];
  // With a baseDir the document is served at a file: URL inside it, so relative URLs resolve there (a document
  // loaded from a string is about:blank and may load no files). The file is never written: the tab answers
  // the request with `html`.
  const url = job.baseDir !== undefined ? pathToFileURL(join(job.baseDir, '__print__.html')).href : undefined;
  try {
    await tab.load({ html: job.html, allowDirs, ...(url !== undefined ? { url } : {}) }, timeout);
  } catch (err) {
    if (err instanceof PrintError && err.code === 'print.load-failed' && job.baseDir !== undefined) {
      throw new PrintError(err.code, err.message, job.baseDir);
    }
    throw err;
  }
}
