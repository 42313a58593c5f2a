// The preview's pages in the browser. A printable document (a fact sheet, the report or one of its chapters)
// is shown as Chrome printed it: the page is a viewer that loads the document's PDF (printed on demand by the
// server with the build's own print call, `/_/print?page=…`) and draws every page with pdf.js (client/viewer.js,
// pdfjs-dist served from node_modules), with a text layer so the text can be found and selected. What the
// reviewer approves is thus the printed page, its breaks and its header and footer, not a second layout
// engine's idea of them. Other pages (start page, findings, tables) are plain HTML. Both get the toolbar and
// live reload (client/client.js). Pure functions.
import { escapeHtml, injectHead, jsonScript } from './html.ts';

/** What the page's toolbar needs to know (read by /_/client.js and /_/viewer.js). */
export interface ClientData {
  page: string;
  token: string;
  title: string;
  /** URL of the printed PDF the page shows (printable pages); absent on plain pages. */
  pdf?: string;
  /** Whether the page can be printed to PDF. */
  printable: boolean;
  /** Review items shown in the toolbar: the sheet itself, or the report's chapters. */
  items: { id: string; label: string; status: string; comment: string; at?: string }[];
  /** Navigation between the parts of a document (the report's chapters). */
  links: { href: string; label: string; current: boolean }[];
  /** The unit's own comments from its form, shown beside its sheet for the reviewer (never printed). */
  notes?: { title: string; text: string }[];
}

/** The URL of a printable page's PDF. */
export function printUrl(page: string): string {
  return `/_/print?page=${encodeURIComponent(page)}`;
}

/** The preview's scripts and data, put first into <head> so they run before the document's own parts. */
export function clientHead(data: ClientData): string {
  return (
    `<meta name="referrer" content="no-referrer">` +
    jsonScript('preview-data', data) +
    `<link rel="stylesheet" href="/_/preview.css" data-preview>` +
    `<script src="/_/client.js"></script>` +
    (data.pdf !== undefined ? `<script type="module" src="/_/viewer.js"></script>` : '')
  );
}

/** A printable document: a viewer of its printed PDF, with toolbar and live reload. */
export function pdfView(data: Omit<ClientData, 'pdf'>, lang = 'nb'): string {
  const full: ClientData = { ...data, pdf: printUrl(data.page) };
  return (
    `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(data.title)}</title>` +
    clientHead(full) +
    `</head><body class="pv-pdf"><main id="pv-pages" aria-label="Sidene slik de skrives ut" aria-busy="true">` +
    `<p class="pv-loading" role="status">Skriver ut …</p></main></body></html>`
  );
}

/** Any other page (start page, findings, tables): toolbar and live reload. */
export function plainView(html: string, data: Omit<ClientData, 'pdf'>): string {
  return injectHead(html, clientHead(data), 'start');
}
