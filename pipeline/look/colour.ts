// Colour arithmetic: WCAG 2 luminance and contrast, and the label colour on a filled mark.

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
