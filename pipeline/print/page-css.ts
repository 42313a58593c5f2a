// CSS for the paged (report) mode, using what Chrome (131+) prints natively: @page margin boxes, named pages
// and the page counters. Pure functions; the report's templates may embed `pagedCss(…)` in the HTML
// themselves (so the preview prints the same from any browser), or let printPdf inject it.
//
// Each chapter element gets its own named page whose top-left margin box holds the chapter's title — a
// running head that names the chapter of the page. The cover gets a page without header and page number.
// The footer holds the notice (bottom left) and "side n av N" (bottom right) on every page.
//
//   pagedCss({ fontFamily: "'Open Sans', sans-serif", notice: 'Eksempeldata – ikke offisielle tall' },
//            [{ selector: '#kap-1', text: '1 Sammendrag' }], '.cover')

export interface PageFrame {
  /** CSS font-family of header and footer, e.g. `'Open Sans', sans-serif`. */
  fontFamily: string;
  /** Default `8pt`. */
  fontSize?: string;
  /** Default `#444`. */
  color?: string;
  /** Footer text at the left of every page (the cover too). */
  notice?: string;
  /** The words around the page numbers; default `['side ', ' av ']` → "side 3 av 12". */
  pageNumberWords?: readonly [string, string];
  /** Header on pages outside every chapter (table of contents, front matter); default none. */
  defaultHead?: string;
  /** CSS `size` of the page; default `A4`. */
  size?: string;
  /** CSS `margin` of the page; default `22mm 18mm 20mm 18mm`. */
  margin?: string;
}

export interface RunningHead {
  /** CSS selector of the chapter's element (a block in normal flow, e.g. a <section>). */
  selector: string;
  /** The chapter title shown in the header of its pages. */
  text: string;
}

/** Named page of the n-th chapter (0-based). */
export function chapterPageName(index: number): string {
  return `chapter-${index + 1}`;
}

/** A CSS string literal (double-quoted) holding `text`. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|[\r\n\f\t]/g, ' ');
  return `"${escaped}"`;
}

export function pagedCss(frame: PageFrame, heads: readonly RunningHead[], coverSelector?: string): string {
  const [before, between] = frame.pageNumberWords ?? ['side ', ' av '];
  const box = `font-family: ${frame.fontFamily}; font-size: ${frame.fontSize ?? '8pt'}; color: ${frame.color ?? '#444'};`;
  const head = (text: string | undefined): string => (text === undefined ? 'none' : cssString(text));
  const lines: string[] = [
    '@page {',
    `  size: ${frame.size ?? 'A4'};`,
    `  margin: ${frame.margin ?? '22mm 18mm 20mm 18mm'};`,
    `  @top-left { content: ${head(frame.defaultHead)}; ${box} text-align: left; vertical-align: bottom; padding-bottom: 3mm; }`,
    `  @bottom-left { content: ${frame.notice === undefined ? 'none' : cssString(frame.notice)}; ${box} text-align: left; vertical-align: top; padding-top: 3mm; }`,
    `  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages); ${box} text-align: right; vertical-align: top; padding-top: 3mm; }`,
    '}',
  ];
  heads.forEach((h, i) => {
    const name = chapterPageName(i);
    lines.push(`@page ${name} { @top-left { content: ${cssString(h.text)}; } }`);
    lines.push(`${h.selector} { page: ${name}; }`);
  });
  if (coverSelector !== undefined) {
    lines.push('@page cover { @top-left { content: none; } @bottom-right { content: none; } }');
    lines.push(`${coverSelector} { page: cover; }`);
  }
  return lines.join('\n') + '\n';
}
