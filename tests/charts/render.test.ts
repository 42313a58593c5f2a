import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../pipeline/charts/builders/bar.ts';
import { lineSeriesChart } from '../../pipeline/charts/builders/line-series.ts';
import { renderChart } from '../../pipeline/charts/render.ts';
import { safeId } from '../../pipeline/charts/svg.ts';
import { measureText } from '../../pipeline/fonts/index.ts';

const NB = '\u00a0';

/** A spec whose text is formatted by Vega itself (not by our formatters), to see Vega's locale. */
const vegaFormatted = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 300,
  height: 260,
  data: {
    values: [
      { when: '2024-03-01', v: 17436, s: 0.021, d: -8.25 },
      { when: '2024-06-01', v: 13131, s: 0.5, d: 2.5 },
    ],
  },
  layer: [
    {
      mark: 'bar',
      encoding: {
        x: { field: 'when', type: 'temporal', timeUnit: 'yearmonth', axis: { format: '%B %Y' } },
        y: { field: 'v', type: 'quantitative' },
      },
    },
    { mark: { type: 'text', dy: -20 }, encoding: { x: { field: 'when', type: 'temporal', timeUnit: 'yearmonth' }, y: { field: 'v', type: 'quantitative' }, text: { field: 'v', type: 'quantitative', format: ',d' } } },
    { mark: { type: 'text', dy: -34 }, encoding: { x: { field: 'when', type: 'temporal', timeUnit: 'yearmonth' }, y: { field: 'v', type: 'quantitative' }, text: { field: 's', type: 'quantitative', format: '.1%' } } },
    { mark: { type: 'text', dy: -48 }, encoding: { x: { field: 'when', type: 'temporal', timeUnit: 'yearmonth' }, y: { field: 'v', type: 'quantitative' }, text: { field: 'd', type: 'quantitative', format: ',.1f' } } },
  ],
} as unknown as TopLevelSpec;

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

describe('Norwegian locale in the SVG', () => {
  it('formats numbers, per cent, minus and months the Norwegian way', async () => {
    const { svg } = await renderChart(vegaFormatted, { id: 'locale', altText: 'Test' });
    const t = texts(svg);
    expect(t).toContain(`17${NB}436`);
    expect(t).toContain(`13${NB}131`);
    expect(t).toContain(`2,1${NB}%`);
    expect(t).toContain(`50,0${NB}%`);
    expect(t).toContain('\u22128,3'); // −8.25 → Vega rounds the binary value; the minus is U+2212
    expect(t).toContain('mars 2024');
    expect(t.some((s) => /^\d{1,2}\u00a0000$/.test(s))).toBe(true); // axis ticks like 10 000
    expect(svg).not.toMatch(/>\d{1,3},\d{3}</); // no English grouping
  });

  it('does not depend on Vega’s process-wide default locale', async () => {
    vega.formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] });
    vega.timeFormatLocale({
      dateTime: '%x, %X', date: '%-m/%-d/%Y', time: '%-I:%M:%S %p', periods: ['AM', 'PM'],
      days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    });
    try {
      const { svg } = await renderChart(vegaFormatted, { id: 'locale', altText: 'Test' });
      expect(texts(svg)).toContain(`17${NB}436`);
      expect(texts(svg)).toContain('mars 2024');
      expect(svg).not.toContain('17,436');
      expect(svg).not.toContain('March');
    } finally {
      (vega as unknown as { resetDefaultLocale: () => void }).resetDefaultLocale(); // untyped in vega's typings
    }
  });
});

describe('accessible SVG', () => {
  const alt = 'Årsverkene økte fra 13 131 i 2015 til 17 436 i 2023 – «tall» & <mer>.';
  it('is one image with the alt text and a title, and no per-mark roles', async () => {
    const { svg } = await renderChart(vegaFormatted, { id: 'fig 3.1', altText: alt, title: 'Figur 3.1 Årsverk' });
    const root = /^<svg[^>]*>/.exec(svg)![0];
    expect(root).toContain('role="img"');
    expect(root).toContain('aria-label="Årsverkene økte fra 13 131 i 2015 til 17 436 i 2023 – «tall» &amp; &lt;mer&gt;."');
    expect(root).toContain('id="fig-3-1"');
    expect(root).not.toContain('aria-labelledby'); // it would replace the alt text as the accessible name
    expect(svg).toMatch(/^<svg[^>]*><title>Figur 3\.1 Årsverk<\/title>/);
    const inner = svg.slice(root.length);
    expect(inner).not.toMatch(/ role="/);
    expect(inner).not.toMatch(/aria-(label|roledescription)=/);
    expect(inner).toMatch(/^<title>[^<]*<\/title><rect[^>]*\/><g aria-hidden="true"/);
    // Well-formed enough for an XML parser: every element closed.
    expect((svg.match(/<g\b/g) ?? []).length).toBe((svg.match(/<\/g>/g) ?? []).length);
  });

  it('makes ids safe for HTML', () => {
    expect(safeId('årsverk/fylke 2024')).toBe('arsverk-fylke-2024');
    expect(safeId('3.1')).toBe('fig-3-1');
  });
});

describe('determinism and ids', () => {
  const clipped = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 200,
    height: 100,
    data: { values: [{ a: 1, b: 2, c: 0.3 }, { a: 2, b: 5, c: 0.9 }] },
    mark: { type: 'circle', clip: true },
    encoding: {
      x: { field: 'a', type: 'quantitative', scale: { domain: [0, 1.5] } },
      y: { field: 'b', type: 'quantitative' },
      color: { field: 'c', type: 'quantitative' }, // a gradient legend: <linearGradient id=…>
    },
  } as unknown as TopLevelSpec;

  it('renders the same SVG for the same input, whatever ran before', async () => {
    const first = (await renderChart(clipped, { id: 'a', altText: 'x' })).svg;
    await renderChart(clipped, { id: 'b', altText: 'x' });
    await renderChart(vegaFormatted, { id: 'c', altText: 'x' });
    const again = (await renderChart(clipped, { id: 'a', altText: 'x' })).svg;
    expect(again).toBe(first);
  });

  it('prefixes clip-path and gradient ids with the figure id, and their references too', async () => {
    const { svg } = await renderChart(clipped, { id: 'fig-7', altText: 'x' });
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) expect(id.startsWith('fig-7')).toBe(true);
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(ids).toContain(r);
    expect(svg).toContain('linearGradient');
  });
});

describe('text measurement in layout', () => {
  it('sizes a label column by the real font, not by Vega’s 0,8 em estimate', async () => {
    const longest = 'Finnmark – Finnmárku – Finmarkku';
    const built = barChart({
      bars: [
        { category: longest, value: 61.2 },
        { category: 'Oslo', value: 28.1 },
      ],
      valueTitle: 'Årsverk per 10 000 innbyggere',
      categoryTitle: 'Fylke',
      format: 'decimal1',
    });
    const { svg } = await renderChart(built.spec, { id: 'm', altText: 'x' });
    // The plot starts right of the longest label: padding 4 + label + label padding 6 (+ rounding).
    const plotX = Number(/<g aria-hidden="true"[^>]*transform="translate\(([\d.]+),/.exec(svg)![1]);
    const label = measureText(longest, { size: 11 });
    expect(plotX).toBeGreaterThanOrEqual(label + 4 + 6 - 1);
    expect(plotX).toBeLessThan(label + 4 + 6 + 4);
    expect(0.8 * 11 * longest.length).toBeGreaterThan(plotX + 60); // the estimate would have been far wider
  });
});

describe('line series with breaks', () => {
  const years = [2019, 2020, 2021, 2022, 2023, 2024];
  const built = lineSeriesChart({
    series: [{ key: 'T', label: 'Totalt', subject: 'Årsverkene' }],
    points: years.map((year, i) => ({ year, series: 'T', value: 15000 + 600 * i })),
    breaks: [
      { year: 2020, label: 'Kommunereform og pandemi', joinAcross: true },
      { year: 2024, label: 'Nye kategorier', joinAcross: false },
    ],
    valueTitle: 'Årsverk',
    format: 'integer',
  });

  it('draws a rule and a label at each break, between the years', async () => {
    const { svg } = await renderChart(built.spec, { id: 'brudd', altText: built.altText });
    const t = texts(svg);
    expect(t).toContain('Kommunereform og pandemi');
    expect(t).toContain('Nye kategorier');
    const rules = /class="mark-rule role-mark[^"]*"[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
    expect((rules.match(/<line/g) ?? []).length).toBe(2);
    expect(rules).toContain('stroke-dasharray');
  });

  it('does not join the line across a break where the categories changed', async () => {
    const { svg } = await renderChart(built.spec, { id: 'brudd', altText: built.altText });
    // One line mark per segment (Vega-Lite facets the line by its detail field).
    const paths = [...svg.matchAll(/class="mark-line role-mark[^"]*"[^>]*><path[^>]* d="([^"]+)"/g)].map((m) => m[1]!);
    // 2019–2023 as one line; 2024 alone (a one-point path has no L segment).
    expect(paths).toHaveLength(2);
    expect(paths.map((d) => (d.match(/L/g) ?? []).length).sort()).toEqual([0, 4]);
  });
});
