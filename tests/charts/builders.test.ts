// The chart builders: the numbers behind each chart (recomputed here independently), alt text and the
// structural promises (no line across a changed-category break, labels that do not collide).
import { describe, expect, it } from 'vitest';
import { barChart } from '../../pipeline/charts/builders/bar.ts';
import { placeBreakLabels } from '../../pipeline/charts/builders/break-labels.ts';
import { lineSeriesChart } from '../../pipeline/charts/builders/line-series.ts';
import { formatOddsRatio, oddsRatioChart } from '../../pipeline/charts/builders/odds-ratio.ts';
import { jitter, spreadChart } from '../../pipeline/charts/builders/spread.ts';
import { stackedBarChart } from '../../pipeline/charts/builders/stacked-bar.ts';
import { renderChart } from '../../pipeline/charts/render.ts';
import { build, loadCase } from './cases.ts';

type Values = Record<string, unknown>[];
/** The inline data of a (layered) Vega-Lite spec, by layer. */
function layerData(spec: object): Values[] {
  const s = spec as { data?: { values?: Values }; layer?: object[] };
  return [...(s.data?.values ? [s.data.values] : []), ...(s.layer ?? []).flatMap((l) => layerData(l))];
}

describe('line series', () => {
  const c = loadCase('line-arsverk');
  if (c.builder !== 'lineSeries') throw new Error('case type');
  const built = build(c);

  it('tabulates one row per year and one column per series, with null for missing', () => {
    expect(built.data.columns.map((col) => col.key)).toEqual(['year', 'V', 'B', 'T']);
    expect(built.data.rows).toHaveLength(10);
    const y2023 = built.data.rows.find((r) => r.cells['year'] === '2023')!;
    expect(y2023.cells).toEqual({ year: '2023', V: 13254.1, B: 4182.2, T: 17436.3 });
    const gap = build(loadCase('line-total-gap'));
    expect(gap.data.rows.find((r) => r.cells['year'] === '2018')!.cells['R']).toBeNull();
  });

  it('starts a new segment at a break where the categories changed, and after a missing year', () => {
    const data = layerData(build(loadCase('line-total-gap')).spec).find((d) => d.some((r) => 'segment' in r))!;
    const seg = new Map(data.map((r) => [r['year'] as number, r['segment'] as string]));
    expect(seg.get(2015)).not.toBe(seg.get(2016)); // hard break 2016
    expect(seg.get(2016)).toBe(seg.get(2017));
    expect(seg.has(2018)).toBe(false); // missing: no point at all
    expect(seg.get(2017)).not.toBe(seg.get(2019)); // gap after the missing year
    expect(seg.get(2019)).toBe(seg.get(2020)); // 2020 is marked but joined
    expect(seg.get(2023)).not.toBe(seg.get(2024)); // hard break 2024
  });

  it('describes the trend within comparable years and the value after a category change', () => {
    expect(built.altText).toContain('Årsverkene i alt økte fra 13\u00a0131 i 2015 til 17\u00a0436 i 2023.');
    expect(built.altText).toContain('Årsverkene i alt var 15\u00a0657 i 2024 (nye kategorier; ikke sammenlignbart med årene før).');
    expect(built.altText).toContain('Serien har brudd i 2020 (kommunereform og pandemi) og 2024 (nye kategorier).');
    const down = lineSeriesChart({
      series: [{ key: 'x', label: 'X', subject: 'Andelen' }],
      points: [
        { year: 2021, series: 'x', value: 0.4 },
        { year: 2024, series: 'x', value: 0.31 },
      ],
      valueTitle: 'Andel',
      format: 'percent1',
    });
    expect(down.altText).toBe('Andelen gikk ned fra 40,0\u00a0% i 2021 til 31,0\u00a0% i 2024.');
  });
});

describe('break labels', () => {
  it('keeps labels apart and off other breaks’ rules', () => {
    const breaks = [
      { at: 0.1, lines: ['Rus med fra 2016'] },
      { at: 0.45, lines: ['Kommunereform og pandemi'] },
      { at: 0.65, lines: ['Ny veileder'] },
      { at: 0.95, lines: ['Nye kategorier'] },
    ];
    const plotWidth = 540;
    const placed = placeBreakLabels(breaks, plotWidth, 10.5);
    expect(placed[3]!.align).toBe('right'); // would run past the right edge
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i]!;
      expect(a.from).toBeGreaterThanOrEqual(-1);
      expect(a.to).toBeLessThanOrEqual(plotWidth + 8);
      for (let j = 0; j < placed.length; j++) {
        if (i === j) continue;
        const b = placed[j]!;
        if (a.row === b.row) expect(a.to <= b.from || b.to <= a.from, `labels ${i} and ${j} overlap`).toBe(true);
        // Rule j reaches up to its own row: it must not pass through label i.
        const rule = breaks[j]!.at * plotWidth;
        if (rule > a.from && rule < a.to) expect(b.row, `rule ${j} crosses label ${i}`).toBeLessThan(a.row);
      }
    }
  });
});

describe('bars', () => {
  it('tabulates grouped bars by category and group, null (not 0) for missing, and no bar for it', () => {
    const built = build(loadCase('bar-storrelse'));
    expect(built.data.columns.map((c) => c.key)).toEqual(['category', 'V', 'B']);
    expect(built.data.rows.find((r) => r.cells['category'] === 'Oslo')!.cells).toEqual({ category: 'Oslo', V: 27.9, B: null });
    const data = layerData(built.spec)[0]!;
    const oslo = data.find((d) => d['category'] === 'Oslo' && d['group'] === 'Barn og unge (0–17 år)')!;
    expect(oslo['value']).toBeNull();
    expect(oslo['text']).toBe('\u2013');
  });

  it('leaves room for the value label after the longest bar', () => {
    const built = barChart({ bars: [{ category: 'A', value: 100 }, { category: 'B', value: 50 }], valueTitle: 'v', categoryTitle: 'c', format: 'integer' });
    const x = JSON.stringify(built.spec);
    const domainMax = Number(/"domainMax":([\d.]+)/.exec(x)![1]);
    expect(domainMax).toBeGreaterThan(100);
    expect(domainMax).toBeLessThan(120);
  });

  it('sets a highlighted category apart with a bold label, in single-series and grouped bars', async () => {
    const bars = ['Små', 'Store', 'Hele landet'].flatMap((category, i) => [
      { category, group: 'V', value: 10 + i },
      { category, group: 'B', value: 20 + i },
    ]);
    const grouped = barChart({ bars, groups: [{ key: 'V', label: 'Voksne' }, { key: 'B', label: 'Barn og unge' }], valueTitle: 'v', categoryTitle: 'c', format: 'integer', highlight: ['Hele landet'] });
    const single = barChart({ bars: bars.filter((b) => b.group === 'V').map(({ category, value }) => ({ category, value })), valueTitle: 'v', categoryTitle: 'c', format: 'integer', highlight: ['Hele landet'] });
    for (const built of [grouped, single]) {
      const { svg } = await renderChart(built.spec, { id: 'highlight', title: 't', altText: built.altText });
      const weights = Object.fromEntries(
        [...svg.matchAll(/<text [^>]*text-anchor="end"[^>]*>([^<]+)<\/text>/g)].map((m) => [m[1], /font-weight="(\w+)"/.exec(m[0])?.[1] ?? '400']),
      );
      expect(weights).toEqual({ Små: '400', Store: '400', 'Hele landet': '700' });
    }
  });

  it('alt text names the extremes without the highlighted total', () => {
    const built = build(loadCase('bar-fylke'));
    expect(built.altText).toBe(
      'Årsverk per 10 000 innbyggere. Høyest var Finnmark – Finnmárku – Finmarkku (61,2), lavest Oslo (28,1).',
    );
  });
});

describe('stacked bars', () => {
  const c = loadCase('stacked-henvendelser');
  if (c.builder !== 'stackedBar') throw new Error('case type');
  const built = stackedBarChart(c.input);

  it('computes shares that add up to 1 per bar, matching the counts', () => {
    for (const row of built.data.rows) {
      const bar = row.cells['bar'] as string;
      const counts = c.input.counts.filter((x) => x.bar === bar);
      const n = counts.reduce((s, x) => s + x.count, 0);
      expect(row.cells['n']).toBe(n);
      let total = 0;
      for (const x of counts) {
        expect(row.cells[x.category]).toBeCloseTo(x.count / n, 12);
        total += row.cells[x.category] as number;
      }
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it('draws segments end to end from 0 to 1, with labels only where they fit', () => {
    const data = layerData(built.spec)[0]!;
    for (const bar of new Set(data.map((d) => d['bar']))) {
      const segs = data.filter((d) => d['bar'] === bar);
      expect(segs[0]!['x0']).toBe(0);
      for (let i = 1; i < segs.length; i++) expect(segs[i]!['x0']).toBeCloseTo(segs[i - 1]!['x1'] as number, 12);
      expect(segs[segs.length - 1]!['x1']).toBeCloseTo(1, 12);
      for (const s of segs) expect(s['text'] === '').toBe((s['share'] as number) < 0.06);
    }
    expect(data[0]!['bar']).toBe('2021 (n\u00a0=\u00a0356)');
  });

  it('sets a highlighted bar apart with a bold label', async () => {
    const categories = [{ key: 'ja', label: 'Ja' }, { key: 'nei', label: 'Nei' }];
    const counts = ['Små', 'Hele landet'].flatMap((bar) => [{ bar, category: 'ja', count: 3 }, { bar, category: 'nei', count: 1 }]);
    const built = stackedBarChart({ bars: ['Små', 'Hele landet'], categories, counts, scheme: 'categorical', barTitle: 'b', unitLabel: 'kommuner', highlight: ['Hele landet'] });
    const { svg } = await renderChart(built.spec, { id: 'stacked-highlight', altText: built.altText });
    const weights = Object.fromEntries(
      [...svg.matchAll(/<text [^>]*text-anchor="end"[^>]*>([^<]+\(n[^<]+)<\/text>/g)].map((m) => [m[1]!.replace(/\s/g, ' '), /font-weight="(\w+)"/.exec(m[0])?.[1] ?? '400']),
    );
    expect(weights).toEqual({ 'Små (n = 4)': '400', 'Hele landet (n = 4)': '700' });
  });

  it('alt text names the largest answer and its share at the start', () => {
    expect(built.altText).toBe('2024: flest kommuner svarte «Liten økning» (42 prosent av 356). I 2021 var andelen 39 prosent.');
  });
});

describe('spread', () => {
  const c = loadCase('spread-storrelse');
  if (c.builder !== 'spread') throw new Error('case type');
  const built = spreadChart(c.input);

  it('tabulates n, min, quartiles (R type 7), median and max per group', () => {
    for (const row of built.data.rows) {
      const vs = c.input.points
        .filter((p) => p.group === row.cells['group'] && typeof p.value === 'number')
        .map((p) => p.value as number)
        .sort((a, b) => a - b);
      const q = (p: number) => {
        const h = (vs.length - 1) * p;
        return vs[Math.floor(h)]! + (h - Math.floor(h)) * (vs[Math.ceil(h)]! - vs[Math.floor(h)]!);
      };
      expect(row.cells['n']).toBe(vs.length);
      expect(row.cells['min']).toBe(vs[0]);
      expect(row.cells['max']).toBe(vs[vs.length - 1]);
      expect(row.cells['q1']).toBeCloseTo(q(0.25), 10);
      expect(row.cells['median']).toBeCloseTo(q(0.5), 10);
      expect(row.cells['q3']).toBeCloseTo(q(0.75), 10);
    }
  });

  it('jitters deterministically within ±1 and spreads units evenly', () => {
    expect(jitter('0301')).toBe(jitter('0301'));
    const js = Array.from({ length: 2000 }, (_, i) => jitter(`unit-${i}`));
    expect(Math.min(...js)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...js)).toBeLessThanOrEqual(1);
    const buckets = [0, 0, 0, 0];
    for (const j of js) buckets[Math.min(3, Math.floor((j + 1) * 2))]!++;
    for (const b of buckets) expect(b).toBeGreaterThan(400);
  });
});

describe('odds ratios', () => {
  it('formats estimates with intervals, the reference and missing', () => {
    expect(formatOddsRatio({ label: 'a', estimate: 1.456, lower: 0.9749, upper: 2.2 })).toBe('1,46 (0,97\u20132,20)');
    expect(formatOddsRatio({ label: 'a', estimate: null, lower: null, upper: null, reference: true })).toBe('1 (referanse)');
    expect(formatOddsRatio({ label: 'a', estimate: null, lower: null, upper: null })).toBe('\u2013');
  });

  it('uses a log scale that holds every interval and 1', () => {
    const built = oddsRatioChart({
      terms: [
        { label: 'Ref', estimate: null, lower: null, upper: null, reference: true },
        { label: 'B', estimate: 0.6, lower: 0.35, upper: 1.1 },
        { label: 'C', estimate: 2.5, lower: 1.4, upper: 4.4 },
      ],
      termTitle: 'Gruppe',
      outcome: 'utfallet',
    });
    const json = JSON.stringify(built.spec);
    const [lo, hi] = JSON.parse(/"domain":(\[[^\]]+\])/.exec(json)![1]!) as [number, number];
    expect(json).toContain('"type":"log"');
    expect(lo).toBeLessThan(0.35);
    expect(hi).toBeGreaterThan(4.4);
    expect(built.data.rows[0]!.cells).toEqual({ label: 'Ref', estimate: 1, lower: null, upper: null });
    expect(built.altText).toBe(
      'Oddsforhold for utfallet, sammenlignet med referansegruppen «Ref», med 95 % konfidensintervall: B 0,60 (0,35–1,10); C 2,50 (1,40–4,40).',
    );
  });
});
