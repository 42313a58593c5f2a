// The position strip's two ways of showing the compared units: every unit as a dot up to
// SMALL.stripDensity.maxDots, their distribution above (a bounded number of marks, so a sheet costs the same
// however large the country is). On a sheet both strips use one choice, and the legend names it.
import { beforeAll, describe, expect, it } from 'vitest';
import { scaleData } from '../../../bench/scale-data.ts';
import { factsheetBody } from '../../../pipeline/factsheets/html.ts';
import { factsheetHtml, factsheetModel } from '../../../pipeline/factsheets/index.ts';
import { binCounts, stripChart, stripMarks, type StripSpec } from '../../../pipeline/factsheets/svg/strip.ts';
import { SMALL } from '../../../pipeline/look/index.ts';
import type { BuildData } from '../../../pipeline/types.ts';
import { contentData } from '../content-data.ts';

/** n values spread over 0–100 by a small linear congruential sequence (no Math.random: the same every run). */
function values(n: number): StripSpec['values'] {
  let s = 7;
  return Array.from({ length: n }, (_, i) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return { code: String(10000 + i), value: Math.round((s / 2 ** 31) * 1000) / 10 };
  });
}

const spec = (n: number): StripSpec => ({ id: 's', width: 330, height: 62, title: 't', altText: 'a', values: values(n), own: 50, q1: 25, median: 50, q3: 75, land: 48, formatTick: String });
const count = (svg: string, tag: string) => (svg.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;

describe('strip marks', () => {
  it('draws dots up to the limit and the distribution above it', () => {
    const max = SMALL.stripDensity.maxDots;
    expect(stripMarks(max)).toBe('dots');
    expect(stripMarks(max + 1)).toBe('density');
    const dots = stripChart(spec(max));
    expect(count(dots, 'circle')).toBe(max + 1); // every unit and the unit itself
    expect(count(dots, 'path')).toBe(0);
    const density = stripChart(spec(max + 1));
    expect(count(density, 'circle')).toBe(1); // only the unit itself
    expect(count(density, 'path')).toBe(1);
  });

  it('has as many marks for 10 000 units as for 200', () => {
    const small = stripChart(spec(200));
    const large = stripChart(spec(10_000));
    const bars = (svg: string) => (/<path d="([^"]*)"/.exec(svg)?.[1] ?? '').split('z').filter(Boolean).length;
    const width = 330 - SMALL.strip.left - SMALL.strip.right;
    expect(bars(large)).toBeLessThanOrEqual(Math.ceil(width / SMALL.stripDensity.binWidth));
    expect(bars(large)).toBeGreaterThanOrEqual(bars(small));
    expect(count(large, 'circle') + count(large, 'line') + count(large, 'rect')).toBe(count(small, 'circle') + count(small, 'line') + count(small, 'rect'));
  });

  it('puts every unit in the bin that holds its position, the fullest bin as tall as the box', () => {
    const xs = [0, 4.99, 5, 12, 12, 12, 99.9, 100, 250];
    const counts = binCounts(xs, 0, 100, 5);
    expect(counts).toHaveLength(20);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
    expect(counts[0]).toBe(2);
    expect(counts[1]).toBe(1);
    expect(counts[2]).toBe(3);
    expect(counts[19]).toBe(3); // 99,9, the right edge and a value past it
    const svg = stripChart({ ...spec(0), values: xs.map((value, i) => ({ code: String(i), value })), marks: 'density' });
    const heights = [...(/<path d="([^"]*)"/.exec(svg)?.[1] ?? '').matchAll(/v([\d.]+)/g)].map((m) => Number(m[1]));
    const box = Number(/<rect [^>]*height="([\d.]+)"/.exec(svg)?.[1]);
    expect(Math.max(...heights)).toBeCloseTo(box, 1);
  });
});

describe('strip marks on a sheet', () => {
  let data: BuildData;
  let scaled: BuildData;
  beforeAll(async () => {
    data = await contentData();
    scaled = scaleData(data, 4);
  }, 60_000);

  it('a kommune of a large size group (4× the country) shows the distribution, with its legend, in both målformer', () => {
    // Bergen's size group (≥ 50 000) stays small; a kommune of 2 000–4 999 innbyggere is in the largest group.
    const code = [...scaled.panel.units].find((u) => u.kind === 'kommune' && factsheetModel(data, u.code).position?.groups[0]?.n === 97)!.code;
    const now = factsheetModel(data, code);
    const large = factsheetModel(scaled, code);
    expect(large.position!.groups[0]!.n).toBeGreaterThan(SMALL.stripDensity.maxDots);
    for (const lang of ['nb', 'nn'] as const) {
      const today = factsheetHtml(now, { lang, synthetic: true });
      const html = factsheetHtml(large, { lang, synthetic: true });
      expect(today).toContain('swatch mark-dot"');
      expect(today).not.toContain('swatch mark-density"');
      expect(html).toContain('swatch mark-density"');
      expect(html).not.toContain('swatch mark-dot"');
      expect(html).toContain(lang === 'nb' ? 'Fordelingen: jo høyere, jo flere kommuner' : 'Fordelinga: jo høgare, jo fleire kommunar');
      // The sheet at 4× draws fewer circles than today's (only the unit's own dots and the trend's).
      expect(count(html, 'circle')).toBeLessThan(count(today, 'circle'));
    }
    // The web edition's charts draw every unit, so its legend says dots whatever the number.
    const web = factsheetBody(large, { synthetic: true, stripMarks: 'dots' });
    expect(web.position && web.position.legend.map((l) => l.swatch)).toContain('dot');
  });
});
