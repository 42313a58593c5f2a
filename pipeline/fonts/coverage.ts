// Does the font cover the characters the report needs? For every variant, each character must have a glyph in
// the face the browser picks for it by unicode-range; otherwise the browser would fall back to a system font.
import { fontFaces, inRanges, VARIANTS } from './faces.ts';
import type { FontStyle, FontWeight } from './faces.ts';
import { defaultTextMeasurer } from './measure.ts';
import type { TextMeasurer } from './measure.ts';

/** Norwegian letters, Sami letters (North, Lule, South Sami; upper and lower), and the typography the formatters emit. */
export const REQUIRED_CHARACTERS =
  'æøåÆØÅ' +
  'áčđŋšŧžÁČĐŊŠŦŽ' +
  'ïäöÏÄÖ' + // South Sami
  '\u2212' + // minus sign
  '\u2013' + // en dash (missing-data marker, ranges)
  '\u00a0' + // no-break space (thousands separator)
  '«»’§%+';

export interface MissingGlyph {
  char: string;
  codePoint: string;
  weight: FontWeight;
  style: FontStyle;
  /** Subset whose unicode-range claims the character, if any. */
  subset?: string;
}

export function checkFontCoverage(chars: string = REQUIRED_CHARACTERS, measurer: TextMeasurer = defaultTextMeasurer()): MissingGlyph[] {
  const missing: MissingGlyph[] = [];
  for (const { weight, style } of VARIANTS) {
    const faces = measurer.faces(weight, style);
    for (const char of new Set(chars)) {
      const cp = char.codePointAt(0)!;
      const claimed = faces.find((f) => inRanges(f.face.ranges, cp));
      if (!claimed || !claimed.font.hasGlyphForCodePoint(cp)) {
        missing.push({
          char,
          codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
          weight,
          style,
          ...(claimed ? { subset: claimed.face.subset } : {}),
        });
      }
    }
  }
  return missing;
}

/** Files the fonts come from (for the report's colophon and for checks). */
export function fontFiles(): string[] {
  return fontFaces().map((f) => f.file);
}
