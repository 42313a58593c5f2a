// Colours. Categorical: the Okabe–Ito hues that reach 3:1 against white (blue, vermillion, bluish green,
// reddish purple), plus dark grey and indigo; every pair stays apart (CIELAB ΔE ≥ 17) under simulated
// protanopia, deuteranopia and tritanopia (Machado et al. 2009). Checked in tests/charts/palette.test.ts.

export const CATEGORICAL = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#595959', '#332288'] as const;

/** Ordered answer scales (stor nedgang … stor økning): blue–grey–orange, readable with colour-vision deficiency. */
export const DIVERGING_5 = ['#1F5A96', '#7FAFD6', '#D9D9D9', '#F0A35E', '#B35900'] as const;
/**
 * Colours of an ordered answer scale by valence: the good end blue, the bad end orange, a middle answer
 * neutral grey (DIVERGING_5's hues), so "Svært godt" and "Svært god" look the same whatever their codes.
 * `count` answers in form order; `goodFirst` says which end the first answer is. "Vet ikke" is not on the
 * scale (NEUTRAL). Scales longer than five fall back to the categorical hues.
 */
export function valenceColours(count: number, goodFirst: boolean): string[] {
  const [good, goodSoft, middle, badSoft, bad] = DIVERGING_5;
  const byLength: Record<number, string[]> = {
    1: [good],
    2: [good, bad],
    3: [good, middle, bad],
    4: [good, goodSoft, badSoft, bad],
    5: [good, goodSoft, middle, badSoft, bad],
  };
  const good2bad = byLength[count] ?? Array.from({ length: count }, (_, i) => CATEGORICAL[i % CATEGORICAL.length]!);
  return goodFirst ? [...good2bad] : [...good2bad].reverse();
}

/** "Vet ikke", "ikke svart" and other answers outside the scale. */
export const NEUTRAL = '#8C8C8C';
/** The mark colour of single-series charts. */
export const PRIMARY = CATEGORICAL[0];
/** A bar that stands apart from the others, e.g. "Hele landet" among the fylker (7:1 on white). */
export const HIGHLIGHT = '#595959';

/** Sequential scheme for maps (Vega scheme name) and the part of it used, so the lightest class is not white. */
export const SEQUENTIAL_SCHEME = { name: 'blues', extent: [0.15, 1] as [number, number] };

export const TEXT = '#262626';
export const TEXT_MUTED = '#4D4D4D';
export const GRID = '#E3E3E3';
export const AXIS = '#595959';
export const BACKGROUND = '#FFFFFF';

function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new RangeError(`expected #rrggbb, got ${hex}`);
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG 2 contrast ratio (1–21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The label colour for text inside a filled mark: black or white, whichever contrasts more (for every fill
 * in our palettes that is at least 4.5:1; the softer TEXT grey would not reach it on vermillion).
 */
export function textColorOn(fill: string): string {
  return contrastRatio('#000000', fill) >= contrastRatio('#FFFFFF', fill) ? '#000000' : '#FFFFFF';
}
