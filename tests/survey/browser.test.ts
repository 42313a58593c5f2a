// The survey figures as Chromium draws them with the embedded font: no text clipped by the SVG's edges, no
// text overlapping other text. CHART_PNG_DIR=/some/dir writes a PNG of each figure for a look by eye.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../pipeline/charts/index.ts';
import type { PreviewItem } from '../../pipeline/charts/preview.ts';
import { computeRegistry } from '../../pipeline/registry/index.ts';
import { surveyItems } from '../../pipeline/registry/survey.ts';
import type { RegistryItem } from '../../pipeline/registry/types.ts';
let SURVEY_ITEMS: RegistryItem[] = [];
import { chartTextBoxes, openChartPage, saveChartPngs, textsOutside, textsOverlapping, type ChartBoxes } from '../charts/text-layout.ts';
import { launchBrowser } from '../fonts/browser.ts';
import { sampleInput } from './data.ts';


describe('survey figures in Chromium', () => {
  let browser: Browser;
  let boxes: ChartBoxes;

  beforeAll(async () => {
    const input = await sampleInput();
    SURVEY_ITEMS = surveyItems(input.codebook);
    const art = computeRegistry(input, SURVEY_ITEMS);
    const items: PreviewItem[] = [];
    for (const f of Object.values(art.figures)) {
      items.push({ id: f.id, title: f.title, svg: (await renderChart(f.spec, { id: f.id, altText: f.altText })).svg });
    }
    browser = await launchBrowser();
    const page = await openChartPage(browser, items);
    boxes = await chartTextBoxes(page);
    await saveChartPngs(page, items.map((i) => i.id), 'survey-');
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
    expect(textsOutside(boxes)).toEqual([]);
  });

  it('lets no text overlap other text', () => {
    expect(textsOverlapping(boxes)).toEqual([]);
  });
});
