// Minimal typings for the parts of fontkit 2 this project uses (the package ships no types).
declare module 'fontkit' {
  export interface GlyphRun {
    advanceWidth: number;
    glyphs: { id: number; codePoints: number[] }[];
  }
  export interface Font {
    unitsPerEm: number;
    familyName: string;
    subfamilyName: string;
    ascent: number;
    descent: number;
    characterSet: number[];
    availableFeatures: string[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
  export function openSync(path: string, postscriptName?: string): Font;
}
