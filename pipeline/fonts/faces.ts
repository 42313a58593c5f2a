// The templates' font: Open Sans from the npm package @fontsource/open-sans (no system fonts). The faces we
// ship: subsets latin and latin-ext (together they cover Norwegian and Sami letters), weights 400/600/700
// upright and 400 italic. Each face's unicode-range is read from the package's own CSS, so the CSS we emit
// and the text measurement pick the same file for a character as the browser does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PipelineError } from '../errors.ts';

export type FontSubset = 'latin' | 'latin-ext';
export type FontWeight = 400 | 600 | 700;
export type FontStyle = 'normal' | 'italic';

export const FONT_FAMILY = 'Open Sans';
/** CSS font-family value for templates and charts. */
export const FONT_STACK = "'Open Sans', sans-serif";

/** Checked first to last for a character (the browser checks the face declared last first; we declare latin last). */
export const SUBSETS: readonly FontSubset[] = ['latin', 'latin-ext'];
export const VARIANTS: readonly { weight: FontWeight; style: FontStyle }[] = [
  { weight: 400, style: 'normal' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
];

export interface FontFaceFile {
  subset: FontSubset;
  weight: FontWeight;
  style: FontStyle;
  /** Absolute path of the .woff2 file. */
  file: string;
  /** CSS unicode-range value, e.g. `U+0000-00FF,U+0131,…`. */
  unicodeRange: string;
  /** The same range parsed into inclusive [from, to] code point pairs. */
  ranges: readonly (readonly [number, number])[];
}

export class FontError extends PipelineError {
  constructor(code: string, message: string, at?: string) {
    super(code, message, at === undefined ? undefined : { at });
  }
}

/** Folder of the installed @fontsource/open-sans package. */
export function fontPackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@fontsource/open-sans/package.json'));
}

/** Parses a CSS unicode-range value (`U+0000-00FF,U+0131`) into code point pairs. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const m = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m) throw new FontError('font.unicode-range', `cannot parse unicode-range part "${part}"`);
    const from = parseInt(m[1]!, 16);
    return [from, m[2] ? parseInt(m[2], 16) : from];
  });
}

export function inRanges(ranges: readonly (readonly [number, number])[], codePoint: number): boolean {
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The unicode-range of one face, from the package's combined CSS (`400.css`, `400-italic.css`, …). */
function unicodeRangeFromCss(dir: string, subset: FontSubset, weight: FontWeight, style: FontStyle): string {
  const cssFile = join(dir, style === 'italic' ? `${weight}-italic.css` : `${weight}.css`);
  const css = readFileSync(cssFile, 'utf8');
  const marker = `/* open-sans-${subset}-${weight}-${style} */`;
  const start = css.indexOf(marker);
  if (start < 0) throw new FontError('font.face-missing', `no @font-face for ${subset} ${weight} ${style}`, cssFile);
  const block = css.slice(start, css.indexOf('}', start));
  const m = /unicode-range:\s*([^;]+);/.exec(block);
  if (!m) throw new FontError('font.unicode-range', `no unicode-range for ${subset} ${weight} ${style}`, cssFile);
  return m[1]!.trim();
}

let cachedFaces: FontFaceFile[] | undefined;

/** Every face we ship, in SUBSETS order within each variant. Read once from the package (immutable after). */
export function fontFaces(): readonly FontFaceFile[] {
  if (cachedFaces) return cachedFaces;
  const dir = fontPackageDir();
  const faces: FontFaceFile[] = [];
  for (const { weight, style } of VARIANTS) {
    for (const subset of SUBSETS) {
      const unicodeRange = unicodeRangeFromCss(dir, subset, weight, style);
      faces.push({
        subset,
        weight,
        style,
        file: join(dir, 'files', `open-sans-${subset}-${weight}-${style}.woff2`),
        unicodeRange,
        ranges: parseUnicodeRange(unicodeRange),
      });
    }
  }
  cachedFaces = faces;
  return faces;
}

/**
 * The face variant the browser would use for a requested weight and style, by the CSS font-matching rules
 * (style first; then for weights 400–500 the nearest heavier up to 500, then lighter, then heavier; below 400
 * lighter first; above 500 heavier first). Accepts CSS values: 400, '600', 'normal', 'bold'.
 */
export function matchVariant(weight: number | string | undefined, style: string | undefined): { weight: FontWeight; style: FontStyle } {
  const wantStyle: FontStyle = style === 'italic' || style === 'oblique' ? 'italic' : 'normal';
  let w = 400;
  if (weight === 'bold' || weight === 'bolder') w = 700;
  else if (weight === 'lighter') w = 300;
  else if (weight !== undefined && weight !== 'normal' && Number.isFinite(Number(weight))) w = Number(weight);
  const candidates = VARIANTS.filter((v) => v.style === wantStyle).map((v) => v.weight);
  const pool = candidates.length ? candidates : VARIANTS.map((v) => v.weight);
  const asc = [...new Set(pool)].sort((a, b) => a - b);
  const desc = [...asc].reverse();
  let pick: FontWeight | undefined = asc.find((x) => x === w);
  if (pick === undefined) {
    if (w >= 400 && w <= 500) {
      pick = asc.find((x) => x > w && x <= 500) ?? desc.find((x) => x < w) ?? asc.find((x) => x > 500);
    } else if (w < 400) {
      pick = desc.find((x) => x < w) ?? asc.find((x) => x > w);
    } else {
      pick = asc.find((x) => x > w) ?? desc.find((x) => x < w);
    }
  }
  return { weight: pick ?? 400, style: candidates.length ? wantStyle : 'normal' };
}
