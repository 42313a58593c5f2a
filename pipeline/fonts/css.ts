// @font-face CSS with the woff2 files inlined as data URLs, so an HTML page (and the PDF printed from it)
// needs no files and no network to show the right font.
import { readFileSync } from 'node:fs';
import { FONT_FAMILY, fontFaces } from './faces.ts';

let cached: string | undefined;
let cachedFaces: WebFonts | undefined;

/** One face as a browser's FontFace takes it (see pipeline/print: a printer may load these once per tab). */
export interface WebFontFace {
  family: string;
  weight: string;
  style: string;
  unicodeRange: string;
  /** The woff2 file, base64. */
  base64: string;
}

/** The faces, and the @font-face CSS (exactly as fontFaceCss() gives it) that they stand for. */
export interface WebFonts {
  css: string;
  faces: readonly WebFontFace[];
}

/** fontFaceCss() and the same faces as data, for printers that load the fonts once (openPrinter `fonts`). */
export function webFonts(): WebFonts {
  cachedFaces ??= {
    css: fontFaceCss(),
    faces: fontFaces().map((f) => ({
      family: FONT_FAMILY,
      weight: String(f.weight),
      style: f.style,
      unicodeRange: f.unicodeRange,
      base64: readFileSync(f.file).toString('base64'),
    })),
  };
  return cachedFaces;
}

/**
 * @font-face rules for every face we ship (Open Sans latin + latin-ext; 400, 600, 700, 400 italic), each with
 * its unicode-range from the package's CSS. latin-ext is declared before latin, as the package does, so for
 * the few code points in both ranges the browser (which checks the last-declared face first) uses latin.
 */
export function fontFaceCss(): string {
  if (cached) return cached;
  const faces = [...fontFaces()].sort((a, b) =>
    a.weight !== b.weight ? a.weight - b.weight : a.style !== b.style ? (a.style === 'normal' ? -1 : 1) : a.subset === 'latin-ext' ? -1 : 1,
  );
  cached = faces
    .map((f) => {
      const data = readFileSync(f.file).toString('base64');
      return [
        `/* open-sans-${f.subset}-${f.weight}-${f.style} */`,
        '@font-face {',
        `  font-family: '${FONT_FAMILY}';`,
        `  font-style: ${f.style};`,
        `  font-weight: ${f.weight};`,
        '  font-display: block;',
        `  src: url(data:font/woff2;base64,${data}) format('woff2');`,
        `  unicode-range: ${f.unicodeRange};`,
        '}',
      ].join('\n');
    })
    .join('\n\n');
  return cached;
}
