// The survey figures as Chromium draws them with the embedded font: no text clipped by the SVG's edges, no
// text overlapping other text. CHART_PNG_DIR=/some/dir writes a PNG of each figure for a look by eye.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../pipeline/charts/index.ts';
import { chartPreviewHtml, type PreviewItem } from '../../pipeline/charts/preview.ts';
import { computeRegistry } from '../../pipeline/registry/index.ts';
import { SURVEY_ITEMS } from '../../pipeline/registry/survey.ts';
import { launchBrowser } from '../fonts/browser.ts';
import { sampleInput } from './data.ts';

interface Box {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

describe('survey figures in Chromium', () => {
  let browser: Browser;
  let boxes: Record<string, { svg: Box; texts: Box[] }>;

  beforeAll(async () => {
    const art = computeRegistry(await sampleInput(), SURVEY_ITEMS);
    const items: PreviewItem[] = [];
    for (const f of Object.values(art.figures)) {
      items.push({ id: f.id, title: f.title, svg: (await renderChart(f.spec, { id: f.id, altText: f.altText })).svg });
    }
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
    const dir = process.env['CHART_PNG_DIR'];
    if (dir) {
      mkdirSync(dir, { recursive: true });
      for (const i of items) await (await page.$(`#figure-${i.id}`))!.screenshot({ path: join(dir, `survey-${i.id}.png`) });
    }
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws every figure with text', () => {
    expect(Object.keys(boxes).length).toBe(SURVEY_ITEMS.filter((i) => i.kind === 'figure').length);
    for (const [id, { texts }] of Object.entries(boxes)) expect(texts.length, id).toBeGreaterThan(5);
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
