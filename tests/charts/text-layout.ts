// Shared by the chart tests: lay charts out in Chromium with the embedded font and read back where every text
// element landed, to check that no text is clipped by the SVG's edges or overlaps other text.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { chartPreviewHtml, type PreviewItem } from '../../pipeline/charts/preview.ts';

export interface Box {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type ChartBoxes = Record<string, { svg: Box; texts: Box[] }>;

/** Opens a page with the charts laid out; the caller closes it. */
export async function openChartPage(browser: Browser, items: readonly PreviewItem[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800, deviceScaleFactor: 2 });
  await page.setContent(chartPreviewHtml([...items]), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** The box of every chart's SVG and of each of its non-empty text elements, by chart id. */
export function chartTextBoxes(page: Page): Promise<ChartBoxes> {
  return page.evaluate(() => {
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
}

/** Texts that stick out of their chart's SVG, as messages. */
export function textsOutside(boxes: ChartBoxes): string[] {
  const out: string[] = [];
  for (const [id, { svg, texts }] of Object.entries(boxes)) {
    for (const t of texts) {
      const inside = t.x0 >= svg.x0 - 0.5 && t.x1 <= svg.x1 + 0.5 && t.y0 >= svg.y0 - 0.5 && t.y1 <= svg.y1 + 0.5;
      if (!inside) out.push(`${id}: «${t.text}» sticks out of the chart`);
    }
  }
  return out;
}

/** Pairs of texts that overlap, as messages. Glyph boxes include the line gap: 1 px of vertical slack. */
export function textsOverlapping(boxes: ChartBoxes): string[] {
  const out: string[] = [];
  for (const [id, { texts }] of Object.entries(boxes)) {
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!;
        const b = texts[j]!;
        if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1) out.push(`${id}: «${a.text}» overlaps «${b.text}»`);
      }
    }
  }
  return out;
}

/** With CHART_PNG_DIR set, a PNG of each chart for a look by eye. */
export async function saveChartPngs(page: Page, ids: readonly string[], prefix = ''): Promise<void> {
  const dir = process.env['CHART_PNG_DIR'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const id of ids) await (await page.$(`#figure-${id}`))!.screenshot({ path: join(dir, `${prefix}${id}.png`) });
}
