// Text width from the real font metrics (fontkit on the same woff2 files the HTML embeds). Per character the
// face is chosen as the browser chooses it (by unicode-range, then by having the glyph); each run of
// characters in one face is laid out by fontkit (GSUB/GPOS: ligatures, kerning where the font has it).
import * as fontkit from 'fontkit';
import type { Font, FontCollection } from 'fontkit';
import { fontFaces, inRanges, matchVariant } from './faces.ts';
import type { FontFaceFile, FontStyle, FontWeight } from './faces.ts';

export interface TextStyle {
  /** Font size in px. */
  size: number;
  /** CSS font-weight: 400, 600, 700, '600', 'normal', 'bold'. Default 400. */
  weight?: number | string;
  /** 'normal' or 'italic'. Default 'normal'. */
  style?: string;
}

interface LoadedFace {
  face: FontFaceFile;
  font: Font;
}

export interface TextMeasurer {
  /** Width in px of `text` set in Open Sans with the given style. */
  measure(text: string, style: TextStyle): number;
  /** The loaded faces of one variant, in the order a character is looked up. */
  faces(weight: FontWeight, style: FontStyle): readonly LoadedFace[];
}

const MAX_CACHE = 20_000;

/** One font file (a woff2 face); a collection (.ttc, .dfont) is not a face. */
function openFace(file: string): Font {
  const font: Font | FontCollection = fontkit.openSync(file);
  if ('fonts' in font) throw new Error(`${file} is a font collection, not one face`);
  return font;
}

/** A measurer with its own font and width caches (fonts load on first use). */
export function createTextMeasurer(): TextMeasurer {
  const loaded = new Map<string, LoadedFace[]>();
  // Widths at 1 px, keyed by variant and text; the size only scales the result.
  const widths = new Map<string, number>();

  function faces(weight: FontWeight, style: FontStyle): readonly LoadedFace[] {
    const key = `${weight}-${style}`;
    let list = loaded.get(key);
    if (!list) {
      list = fontFaces()
        .filter((f) => f.weight === weight && f.style === style)
        .map((face) => ({ face, font: openFace(face.file) }));
      loaded.set(key, list);
    }
    return list;
  }

  function faceFor(list: readonly LoadedFace[], codePoint: number): LoadedFace {
    return (
      list.find((f) => inRanges(f.face.ranges, codePoint) && f.font.hasGlyphForCodePoint(codePoint)) ??
      list.find((f) => f.font.hasGlyphForCodePoint(codePoint)) ??
      list[0]!
    );
  }

  function unitWidth(text: string, weight: FontWeight, style: FontStyle): number {
    const list = faces(weight, style);
    let total = 0;
    let run = '';
    let runFace: LoadedFace | undefined;
    const flush = () => {
      if (runFace && run) total += runFace.font.layout(run).advanceWidth / runFace.font.unitsPerEm;
      run = '';
    };
    for (const ch of text) {
      const face = faceFor(list, ch.codePointAt(0)!);
      if (face !== runFace) {
        flush();
        runFace = face;
      }
      run += ch;
    }
    flush();
    return total;
  }

  return {
    faces,
    measure(text, { size, weight, style }) {
      if (!text || !(size > 0)) return 0;
      const v = matchVariant(weight, style);
      const key = `${v.weight}${v.style[0]}|${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        w = unitWidth(text, v.weight, v.style);
        if (widths.size >= MAX_CACHE) widths.clear();
        widths.set(key, w);
      }
      return w * size;
    },
  };
}

let shared: TextMeasurer | undefined;

/** The process's shared measurer (a cache only: same input, same width). */
export function defaultTextMeasurer(): TextMeasurer {
  return (shared ??= createTextMeasurer());
}

/** Width in px of `text` in Open Sans at `size` px, `weight` and `style`, from the font's own metrics. */
export function measureText(text: string, style: TextStyle): number {
  return defaultTextMeasurer().measure(text, style);
}
