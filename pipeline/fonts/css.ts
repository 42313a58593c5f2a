// @font-face CSS with the woff2 files inlined as data URLs, so an HTML page (and the PDF printed from it)
// needs no files and no network to show the right font.
import { readFileSync } from 'node:fs';
import { FONT_FAMILY, fontFaces, type FontFaceFile } from './faces.ts';

let declared: readonly (FontFaceFile & { base64: string })[] | undefined;
let cached: string | undefined;
let cachedFaces: WebFonts | undefined;

/**
 * Every face we ship (Open Sans latin + latin-ext; 400, 600, 700, 400 italic) in declaration order, with its
 * woff2 file as base64 (read once). latin-ext comes before latin, as the package declares them, so for the few
 * code points in both ranges the browser (which checks the last-declared face first) uses latin.
 */
function declaredFaces(): readonly (FontFaceFile & { base64: string })[] {
  declared ??= [...fontFaces()]
    .sort((a, b) =>
      a.weight !== b.weight ? a.weight - b.weight : a.style !== b.style ? (a.style === 'normal' ? -1 : 1) : a.subset === 'latin-ext' ? -1 : 1,
    )
    .map((f) => ({ ...f, base64: readFileSync(f.file).toString('base64') }));
  return declared;
}

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
  /** In the CSS's declaration order (a FontFaceSet, like CSS, prefers the face added last). */
  faces: readonly WebFontFace[];
}

/** fontFaceCss() and the same faces as data, for printers that load the fonts once (openPrinter `fonts`). */
export function webFonts(): WebFonts {
  cachedFaces ??= {
    css: fontFaceCss(),
    faces: declaredFaces().map((f) => ({
      family: FONT_FAMILY,
      weight: String(f.weight),
      style: f.style,
      unicodeRange: f.unicodeRange,
      base64: f.base64,
    })),
  };
  return cachedFaces;
}

/** @font-face rules for every face we ship, each with its unicode-range from the package's CSS (declaredFaces). */
export function fontFaceCss(): string {
  cached ??= declaredFaces()
    .map((f) =>
      [
        `/* open-sans-${f.subset}-${f.weight}-${f.style} */`,
        '@font-face {',
        `  font-family: '${FONT_FAMILY}';`,
        `  font-style: ${f.style};`,
        `  font-weight: ${f.weight};`,
        '  font-display: block;',
        `  src: url(data:font/woff2;base64,${f.base64}) format('woff2');`,
        `  unicode-range: ${f.unicodeRange};`,
        '}',
      ].join('\n'),
    )
    .join('\n\n');
  return cached;
}
