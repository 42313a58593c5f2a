// The core figures: each renders to SVG without Vega warnings, its data table holds the numbers of the matching
// table, its alt text comes from the data, and in Chromium no text is clipped or overlaps other text.
// CHART_PNG_DIR=/some/dir also writes a PNG of each figure for a look by eye.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../pipeline/charts/index.ts';
import { formatDecimal, formatInteger } from '../../pipeline/format/index.ts';
import { computeRegistry } from '../../pipeline/registry/index.ts';
import { CORE_ITEMS } from '../../pipeline/registry/core.ts';
import type { RegistryArtifact } from '../../pipeline/registry/types.ts';
import { sampleInput } from '../aggregate/input.ts';
import { chartTextBoxes, openChartPage, saveChartPngs, textsOutside, textsOverlapping, type ChartBoxes } from '../charts/text-layout.ts';
import { launchBrowser } from '../fonts/browser.ts';


let artifact: RegistryArtifact;
const svgs: Record<string, string> = {};
const warnings: Record<string, string[]> = {};
let boxes: ChartBoxes = {};
let browser: Browser | undefined;

beforeAll(async () => {
  artifact = computeRegistry(await sampleInput(Number(process.env['CORE_FIGURES_YEAR'] ?? 2024)), CORE_ITEMS);
  for (const [id, f] of Object.entries(artifact.figures)) {
    const r = await renderChart(f.spec, { id, altText: f.altText, title: f.title });
    svgs[id] = r.svg;
    warnings[id] = r.warnings;
  }
  browser = await launchBrowser();
  const page = await openChartPage(browser, Object.entries(svgs).map(([id, svg]) => ({ id, title: artifact.figures[id]!.title, svg })));
  boxes = await chartTextBoxes(page);
  await saveChartPngs(page, Object.keys(svgs), 'core-');
  await page.close();
});

afterAll(async () => {
  await browser?.close();
});

describe('core figures', () => {
  it('render to SVG without warnings', () => {
    expect(Object.keys(svgs).sort()).toEqual(['fylke-rates', 'map-rates', 'series-long', 'size-rates', 'size-spread', 'tiltak', 'utdanning']);
    for (const [id, w] of Object.entries(warnings)) expect(w, id).toEqual([]);
    for (const [id, svg] of Object.entries(svgs)) expect(svg, id).toMatch(/^<svg[^>]*role="img"/);
  });

  it('keep all text inside the SVG and let no text overlap', () => {
    for (const [id, { texts }] of Object.entries(boxes)) expect(texts.length, id).toBeGreaterThan(3);
    expect(textsOutside(boxes)).toEqual([]);
    expect(textsOverlapping(boxes)).toEqual([]);
  });

  it('hold the numbers of the matching tables', () => {
    const t = artifact.tables['size-rates']!;
    const f = artifact.figures['size-rates']!.table;
    for (const r of t.rows) {
      const fr = f.rows.find((x) => x.cells['category'] === r.cells['group'])!;
      expect(fr.cells['V']).toBe(r.cells['rateV']);
      expect(fr.cells['B']).toBe(r.cells['rateB']);
    }
    const h = artifact.tables['headline']!;
    const s = artifact.figures['series-long']!.table;
    for (const r of h.rows) expect(s.rows.find((x) => x.cells['year'] === r.cells['year'])!.cells['all']).toBe(r.cells['all']);
    const tiltak = artifact.figures['tiltak']!.table;
    const tv = artifact.tables['tiltak-V']!.rows.filter((r) => r.kind !== 'total');
    expect(tiltak.rows.filter((r) => r.cells['panel'] === 'Voksne').map((r) => r.cells['value'])).toEqual(tv.map((r) => r.cells['now']));
    const spread = artifact.figures['size-spread']!.table;
    expect(spread.rows.filter((r) => r.cells['panel'] === 'Voksne').reduce((n, r) => n + (r.cells['n'] as number), 0)).toBe(artifact.tables['appendix-units']!.rows.length);
  });

  it('have alt text from the data', () => {
    const h = artifact.tables['headline']!;
    const first = h.rows[0]!.cells['all'] as number;
    const alt = artifact.figures['series-long']!.altText;
    expect(alt).toContain(`fra ${formatInteger(first)} i 2015`);
    expect(alt).toMatch(/brudd i 2020/);
    const fylke = artifact.tables['fylke']!.rows.filter((r) => r.kind !== 'total');
    const maxV = Math.max(...fylke.map((r) => r.cells['rateV'] as number));
    expect(artifact.figures['fylke-rates']!.altText).toContain(formatDecimal(maxV, 1));
    for (const f of Object.values(artifact.figures)) expect(f.altText.length, f.id).toBeGreaterThan(40);
  });
});
