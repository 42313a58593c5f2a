// The templates' font, Open Sans from @fontsource/open-sans (latin + latin-ext; 400, 600, 700, 400 italic).
//   fontFaceCss()                          → @font-face CSS, woff2 inlined as data URLs, for self-contained HTML
//   webFonts()                             → the same CSS and the faces as data (a printer loads them once per tab)
//   measureText(text, { size, weight, style }) → width in px from the font's own metrics (fontkit), cached
//   checkFontCoverage(chars?)             → glyphs missing per face ([] = Norwegian, Sami, U+2212 … covered)
export { FONT_FAMILY, FONT_STACK, FontError, fontFaces, matchVariant, parseUnicodeRange, SUBSETS, VARIANTS } from './faces.ts';
export type { FontFaceFile, FontStyle, FontSubset, FontWeight } from './faces.ts';
export { createTextMeasurer, defaultTextMeasurer, measureText } from './measure.ts';
export type { TextMeasurer, TextStyle } from './measure.ts';
export { fontFaceCss, webFonts, type WebFontFace, type WebFonts } from './css.ts';
export { checkFontCoverage, fontFiles, REQUIRED_CHARACTERS } from './coverage.ts';
export type { MissingGlyph } from './coverage.ts';
