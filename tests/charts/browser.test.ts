// Every chart type, drawn by Chromium with the embedded font: no text may be clipped by the SVG's edges or
// overlap other text. Set CHART_PNG_DIR=/some/dir to also write a PNG of each chart for a look by eye.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choroplethChart } from '../../pipeline/charts/builders/choropleth.ts';
import type { KommuneTopology } from '../../pipeline/charts/builders/choropleth.ts';
import type { PreviewItem } from '../../pipeline/charts/preview.ts';
import { renderChart } from '../../pipeline/charts/render.ts';
import { PROJECT_ROOT } from '../../pipeline/paths.ts';
import { chartTextBoxes, openChartPage, saveChartPngs, textsOutside, textsOverlapping, type ChartBoxes } from './text-layout.ts';
import { launchBrowser } from '../fonts/browser.ts';
import { build, caseNames, loadCase } from './cases.ts';


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
  let boxes: ChartBoxes;
  let a11y: { id: string; role?: string; name?: string; children: number }[];
  let alts: Record<string, string>;

  beforeAll(async () => {
    items = await charts();
    alts = Object.fromEntries(items.map((i) => [i.id, /aria-label="([^"]*)"/.exec(i.svg)![1]!.replace(/&amp;/g, '&')]));
    browser = await launchBrowser();
    const page = await openChartPage(browser, items);
    boxes = await chartTextBoxes(page);
    // What a screen reader (and Chrome's PDF tagging) gets: one image per chart, named by its alt text.
    a11y = [];
    for (const i of items) {
      const svg = await page.$(`#figure-${i.id} svg`);
      const node = await page.accessibility.snapshot({ root: svg!, interestingOnly: false });
      a11y.push({ id: i.id, role: node?.role, name: node?.name, children: node?.children?.length ?? 0 });
    }
    await saveChartPngs(page, items.map((i) => i.id), '');
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
    expect(textsOutside(boxes)).toEqual([]);
  });

  it('lets no text overlap other text', () => {
    expect(textsOverlapping(boxes)).toEqual([]);
  });
});
