// A printable document as the browser shows it in the preview: the same HTML, paginated on screen by
// Paged.js (a paged-media polyfill: page boxes, margin boxes with running heads and "side n av N"), because
// Chrome applies @page rules only when printing. What the print stage adds at print time is added here the
// same way: for the report (paged mode) the running heads from `data-running-head` and the cover page
// (pipeline/print pagedCss); for a fact sheet (native mode, Chrome's header/footer templates) the equivalent
// @page margin boxes. Pure functions.
import { cssString, pagedCss } from '../print/page-css.ts';
import type { NativeFrame } from '../print/index.ts';
import type { PrintSpec, RenderedDoc } from './project.ts';
import { decodeEntities, injectHead, jsonScript } from './html.ts';

/** What the page's toolbar needs to know (read by /_/client.js). */
export interface ClientData {
  page: string;
  token: string;
  title: string;
  paged: boolean;
  /** Whether the page can be printed to PDF. */
  printable: boolean;
  /** Review items shown in the toolbar: the sheet itself, or the report's chapters. */
  items: { id: string; label: string; status: string; comment: string; at?: string }[];
  /** Navigation between the parts of a document (the report's chapters). */
  links: { href: string; label: string; current: boolean }[];
  /** What the unit itself wrote in its form (its comment), shown to the reviewer beside the sheet; never printed. */
  notes?: { title: string; text: string }[];
}

/** Marks each `data-running-head` element with `data-print-chapter="n"`, as the print stage does in the DOM. */
export function markChapters(html: string): { html: string; heads: string[]; hasCover: boolean } {
  const heads: string[] = [];
  const marked = html.replace(/<([a-zA-Z][\w-]*)(\s[^>]*?\sdata-running-head|\sdata-running-head)(\s*=\s*)("([^"]*)"|'([^']*)')/g, (m, tag: string, before: string, eq: string, quoted: string, dq?: string, sq?: string) => {
    const i = heads.length;
    heads.push(decodeEntities(dq ?? sq ?? ''));
    return `<${tag} data-print-chapter="${i}"${before}${eq}${quoted}`;
  });
  const hasCover = /<[a-zA-Z][^>]*\sdata-cover[\s=>/]/.test(html);
  return { html: marked, heads, hasCover };
}

/** @page margin boxes equivalent to Chrome's native header/footer templates of a fact sheet. */
export function nativeFrameCss(frame: NativeFrame | undefined, margin: { top: string; right: string; bottom: string; left: string }): string {
  const box = frame
    ? `font-family: ${frame.fontFamily}; font-size: ${frame.fontSize ?? '8pt'}; color: ${frame.color ?? '#444'};`
    : '';
  const text = (t: string | undefined) => (t === undefined ? 'none' : cssString(t));
  const [before, between] = frame?.pageNumberWords ?? ['side ', ' av '];
  const lines = [`@page { size: A4; margin: ${margin.top} ${margin.right} ${margin.bottom} ${margin.left};`];
  if (frame) {
    lines.push(
      `  @top-left { content: ${text(frame.headerLeft)}; ${box} vertical-align: middle; }`,
      `  @top-right { content: ${text(frame.headerRight)}; ${box} text-align: right; vertical-align: middle; }`,
      `  @bottom-left { content: ${text(frame.footerLeft)}; ${box} vertical-align: middle; }`,
      `  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages); ${box} text-align: right; vertical-align: middle; }`,
    );
  }
  lines.push('}');
  return lines.join('\n');
}

const DEFAULT_NATIVE_MARGIN = { top: '18mm', right: '15mm', bottom: '18mm', left: '15mm' };

/** The print-time CSS (and chapter marks) a document gets, for the on-screen pagination. */
export function printFrame(doc: RenderedDoc): string {
  const spec: PrintSpec = doc.print;
  if (spec.mode === 'native') {
    // Without a frame the document carries its own @page rules (as the fact sheets do).
    if (spec.native?.frame === undefined) return doc.html;
    const css = nativeFrameCss(spec.native?.frame, spec.native?.margin ?? DEFAULT_NATIVE_MARGIN);
    return injectHead(doc.html, `<style data-preview-frame>\n${css}\n</style>`);
  }
  const frame = spec.paged?.frame;
  const { html, heads, hasCover } = markChapters(doc.html);
  if (frame === undefined || frame === false) return html;
  const css = pagedCss(frame, heads.map((text, i) => ({ selector: `[data-print-chapter="${i}"]`, text })), hasCover ? '[data-cover]' : undefined);
  return injectHead(html, `<style data-preview-frame>\n${css}</style>`);
}

/** The preview's scripts and data, put first into <head> so they run before the document's own parts. */
export function clientHead(data: ClientData): string {
  return (
    `<meta name="referrer" content="no-referrer">` +
    jsonScript('preview-data', data) +
    `<link rel="stylesheet" href="/_/preview.css" data-preview data-pagedjs-ignore>` +
    `<script src="/_/client.js"></script>` +
    (data.paged ? `<script src="/_/pagedjs.js"></script>` : '')
  );
}

/** A printable document for the browser: print frame + Paged.js + toolbar and live reload. */
export function pagedView(doc: RenderedDoc, data: ClientData): string {
  return injectHead(printFrame(doc), clientHead({ ...data, paged: true }), 'start');
}

/** Any other page (start page, findings, tables): toolbar and live reload, no pagination. */
export function plainView(html: string, data: ClientData): string {
  return injectHead(html, clientHead({ ...data, paged: false }), 'start');
}
