// Header and footer for the native (fact sheet) mode: Chrome's own headerTemplate/footerTemplate, which are
// drawn outside the document (not in the PDF's structure tree) on every page. Chrome renders them in a
// separate document with a tiny default font size, so the font family and size are always set explicitly;
// `pageNumber`/`totalPages` are filled in by Chrome. Pure functions.
//
//   nativeTemplates({ fontFamily: 'sans-serif', headerLeft: 'Lillestrøm (3205)', footerLeft: 'Eksempeldata – …' })
import { escapeHtml } from '../util/escape.ts';

export interface NativeFrame {
  /**
   * CSS font-family. The document's web fonts are not available in Chrome's templates: name a generic or
   * installed family, or give the faces in `fontFaceCss`.
   */
  fontFamily: string;
  /** @font-face rules (with data: URLs) for `fontFamily`, put into both templates; keep it to the faces used. */
  fontFaceCss?: string;
  /** Default `8pt`. */
  fontSize?: string;
  /** Default `#444`. */
  color?: string;
  headerLeft?: string;
  headerRight?: string;
  /** E.g. the sample-data notice. */
  footerLeft?: string;
  /** The words around the page numbers; default `['side ', ' av ']` → "side 1 av 2". */
  pageNumberWords?: readonly [string, string];
  /** Horizontal padding of header and footer, matching the page's side margins. Default `15mm`. */
  sidePadding?: string;
}


export function nativeTemplates(frame: NativeFrame): { headerTemplate: string; footerTemplate: string } {
  const style =
    `width: 100%; display: flex; justify-content: space-between; gap: 6mm; box-sizing: border-box; ` +
    `padding: 0 ${frame.sidePadding ?? '15mm'}; font-family: ${escapeHtml(frame.fontFamily)}; ` +
    `font-size: ${frame.fontSize ?? '8pt'}; color: ${frame.color ?? '#444'};`;
  const span = (text: string | undefined): string => `<span>${text === undefined ? '' : escapeHtml(text)}</span>`;
  const [before, between] = frame.pageNumberWords ?? ['side ', ' av '];
  const pageNumber =
    `<span>${escapeHtml(before)}<span class="pageNumber"></span>${escapeHtml(between)}` +
    `<span class="totalPages"></span></span>`;
  const fonts = frame.fontFaceCss === undefined ? '' : `<style>${frame.fontFaceCss}</style>`;
  return {
    headerTemplate: `${fonts}<div style="${style}">${span(frame.headerLeft)}${span(frame.headerRight)}</div>`,
    footerTemplate: `${fonts}<div style="${style}">${span(frame.footerLeft)}${pageNumber}</div>`,
  };
}
