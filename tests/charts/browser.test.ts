// Every chart type, drawn by Chromium with the embedded font: no text may be clipped by the SVG's edges or
// overlap other text. Set CHART_PNG_DIR=/some/dir to also write a PNG of each chart for a look by eye.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choroplethChart } from '../../pipeline/charts/builders/choropleth.ts';
import type { KommuneTopology } from '../../pipeline/charts/builders/choropleth.ts';
import { chartPreviewHtml } from '../../pipeline/charts/preview.ts';
import type { PreviewItem } from '../../pipeline/charts/preview.ts';
import { renderChart } from '../../pipeline/charts/render.ts';
import { PROJECT_ROOT } from '../../pipeline/paths.ts';
import { launchBrowser } from '../fonts/browser.ts';
import { build, caseNames, loadCase } from './cases.ts';

interface Box {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

async function charts(): Promise<PreviewItem[]> {
  const items: PreviewItem[] = [];
  for (const name of caseNames()) {
    const c = loadCase(name);
    const built = build(c);
    items.push({ id: name, title: name, svg: (await renderChart(built.spec, { id: c.id, altText: built.altText })).svg });
  }
  const topology = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'reference', 'kommuner.topo.json'), 'utf8')) as KommuneTopology;
  const values = topology.objects.Kommuner.geometries.map((g, i) => ({
    code: String(g.id),
    value: i % 60 === 11 ? null : 22 + ((i * 37) % 41) * 0.9,
  }));
  const map = choroplethChart({ topology, values, legendTitle: 'Årsverk per 10 000 innbyggere', format: 'decimal1' });
  items.push({ id: 'choropleth-kommuner', title: 'choropleth-kommuner', svg: (await renderChart(map.spec, { id: 'kart', altText: map.altText })).svg });
  return items;
}

describe('charts as Chromium draws them', () => {
  let browser: Browser;
  let items: PreviewItem[];
  let boxes: Record<string, { svg: Box; texts: Box[] }>;
  let a11y: { id: string; role?: string; name?: string; children: number }[];
  let alts: Record<string, string>;

  beforeAll(async () => {
    items = await charts();
    alts = Object.fromEntries(items.map((i) => [i.id, /aria-label="([^"]*)"/.exec(i.svg)![1]!.replace(/&amp;/g, '&')]));
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800, deviceScaleFactor: 2 });
    await page.setContent(chartPreviewHtml(items), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    boxes = await page.evaluate(() => {
      const out: Record<string, { svg: Box; texts: Box[] }> = {};
      const box = (r: DOMRect, text = ''): Box => ({ text, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
      for (const fig of Array.from(document.querySelectorAll('figure'))) {
        const svg = fig.querySelector('svg')!;
        const texts = Array.from(svg.querySelectorAll('text'))
          .filter((t) => (t.textContent ?? '').trim() !== '')
          .map((t) => box(t.getBoundingClientRect(), t.textContent ?? ''));
        out[fig.id.replace(/^figure-/, '')] = { svg: box(svg.getBoundingClientRect()), texts };
      }
      return out;
    });
    // What a screen reader (and Chrome's PDF tagging) gets: one image per chart, named by its alt text.
    a11y = [];
    for (const i of items) {
      const svg = await page.$(`#figure-${i.id} svg`);
      const node = await page.accessibility.snapshot({ root: svg!, interestingOnly: false });
      a11y.push({ id: i.id, role: node?.role, name: node?.name, children: node?.children?.length ?? 0 });
    }
    const dir = process.env['CHART_PNG_DIR'];
    if (dir) {
      mkdirSync(dir, { recursive: true });
      for (const i of items) await (await page.$(`#figure-${i.id}`))!.screenshot({ path: join(dir, `${i.id}.png`) });
    }
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws every chart', () => {
    expect(Object.keys(boxes).sort()).toEqual(items.map((i) => i.id).sort());
    for (const { texts } of Object.values(boxes)) expect(texts.length).toBeGreaterThan(3);
  });

  it('exposes each chart as one image with its alt text as the name', () => {
    for (const n of a11y) {
      expect(n.role, n.id).toBe('image');
      expect(n.name, n.id).toBe(alts[n.id]);
      expect(n.children, `${n.id}: inner elements are exposed`).toBe(0);
    }
  });

  it('keeps all text inside the SVG', () => {
    for (const [id, { svg, texts }] of Object.entries(boxes)) {
      for (const t of texts) {
        const inside = t.x0 >= svg.x0 - 0.5 && t.x1 <= svg.x1 + 0.5 && t.y0 >= svg.y0 - 0.5 && t.y1 <= svg.y1 + 0.5;
        expect(inside, `${id}: «${t.text}» sticks out of the chart`).toBe(true);
      }
    }
  });

  it('lets no text overlap other text', () => {
    // Glyph boxes include the font's line gap; 1 px of vertical slack keeps stacked lines from counting.
    for (const [id, { texts }] of Object.entries(boxes)) {
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i]!;
          const b = texts[j]!;
          const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
          expect(overlap, `${id}: «${a.text}» overlaps «${b.text}»`).toBe(false);
        }
      }
    }
  });
});
