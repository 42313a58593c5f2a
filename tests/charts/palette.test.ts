// Colour checks, with colour-vision deficiency simulated independently of the code under test
// (Machado, Oliveira & Fernandes 2009, severity 1, on linear RGB; distances in CIELAB).
import { describe, expect, it } from 'vitest';
import { CATEGORICAL, contrastRatio, DIVERGING_5, NEUTRAL, textColorOn } from '../../pipeline/look/index.ts';
import { HIGHLIGHT, TEXT, TEXT_MUTED } from '../../pipeline/look/index.ts';

const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function linear(hex: string): number[] {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

function lab(rgb: number[]): number[] {
  const [r, g, b] = rgb.map((v) => Math.min(1, Math.max(0, v))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function simulate(hex: string, m: number[][]): number[] {
  const c = linear(hex);
  return m.map((row) => row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!);
}

describe('WCAG contrast', () => {
  it('computes known ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBe(1);
  });

  it('gives every categorical colour at least 3:1 against white (graphics, WCAG 1.4.11)', () => {
    for (const c of CATEGORICAL) expect(contrastRatio(c, '#FFFFFF'), c).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(HIGHLIGHT, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });

  it('gives text at least 4.5:1 against white', () => {
    expect(contrastRatio(TEXT, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(TEXT_MUTED, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });

  it('picks a label colour with at least 4.5:1 on every segment fill', () => {
    for (const fill of [...DIVERGING_5, NEUTRAL, ...CATEGORICAL]) {
      expect(contrastRatio(textColorOn(fill), fill), fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the ends of the diverging scale at 3:1 against white', () => {
    expect(contrastRatio(DIVERGING_5[0], '#FFFFFF')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(DIVERGING_5[4], '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });
});

describe('colour-vision deficiency', () => {
  it('keeps every pair of categorical colours apart (ΔE ≥ 15) for normal vision and three deficiencies', () => {
    const identity = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    for (const [name, m] of Object.entries({ normal: identity, ...MACHADO })) {
      for (let i = 0; i < CATEGORICAL.length; i++) {
        for (let j = i + 1; j < CATEGORICAL.length; j++) {
          const a = lab(simulate(CATEGORICAL[i]!, m));
          const b = lab(simulate(CATEGORICAL[j]!, m));
          const d = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
          expect(d, `${name}: ${CATEGORICAL[i]} vs ${CATEGORICAL[j]}`).toBeGreaterThanOrEqual(15);
        }
      }
    }
  });

  it('orders the diverging scale by lightness on each side, in every simulation', () => {
    for (const m of Object.values(MACHADO)) {
      const l = DIVERGING_5.map((c) => lab(simulate(c, m))[0]!);
      expect(l[0]!).toBeLessThan(l[1]!);
      expect(l[1]!).toBeLessThan(l[2]!);
      expect(l[4]!).toBeLessThan(l[3]!);
      expect(l[3]!).toBeLessThan(l[2]!);
    }
  });
});
