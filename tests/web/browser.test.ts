// The web edition in a real browser, opened from disk (file://) as a reader who downloaded the folder would:
// the unit search finds Bergen and opens its page, a chart's tooltip shows a Norwegian number from the
// figure's own data table, "Vis tabell" toggles, axe-core finds no WCAG 2.1 AA violations on the start page,
// a chapter, a kommune and a fylke page in both målformer, nothing overflows a 375 px screen, there are no
// console errors or CSP violations, and no request leaves the site folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../pipeline/build/data.ts';
import type { BuildData } from '../../pipeline/types.ts';
import { loadRegistry } from '../../pipeline/build/registry.ts';
import { memoryLogger } from '../../pipeline/context.ts';
import { DEFAULT_PATHS } from '../../pipeline/paths.ts';
import { buildWeb, SITE, type WebResult } from '../../pipeline/web/index.ts';
import { launchBrowser } from '../fonts/browser.ts';

const OUT = join(tmpdir(), 'is248-web-test');
const log = memoryLogger();
let data: BuildData;
let site: WebResult;
let browser: Browser;
let siteUrl: string;

/** målform of a kommune / fylke straight from the reference CSVs (code → 'nynorsk' | 'bokmal' | 'noytral'; a fylke not listed is bokmål). */
function malform(file: string): Map<string, string> {
  const lines = readFileSync(join(DEFAULT_PATHS.reference, file), 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((l) => l.split(',')).map((f) => [f[0]!, f[2]!]));
}

interface Visit {
  page: Page;
  problems: string[];
  outside: string[];
}

/** Opens a page of the site; records console errors, page errors, CSP violations and requests outside the site. */
async function visit(path: string, width = 1280): Promise<Visit> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const problems: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(siteUrl) || url.startsWith('data:') || url.startsWith('blob:')) void r.continue();
    else {
      outside.push(url);
      void r.abort();
    }
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
  return { page, problems, outside };
}

/** Hovers `mark` (a chart's SVG element) and returns the number with a decimal comma its tooltip shows. */
async function tooltipNumber(page: Page, mark: ElementHandle<Element>): Promise<string | undefined> {
  await mark.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const box = (await mark.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('#vg-tooltip-element.visible', { timeout: 10_000 });
  const tip = await page.$eval('#vg-tooltip-element', (e) => e.textContent ?? '');
  const number = /\d+,\d/.exec(tip)?.[0];
  expect(number, tip).toBeDefined();
  return number;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Through DevTools, not a <script>: the site's CSP allows no injected scripts.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'], preload: false })`)) as {
    violations: { id: string; nodes: { target: string[] }[] }[];
  };
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

beforeAll(async () => {
  const ctx = { log, now: () => new Date('2025-03-12T10:00:00Z'), root: process.cwd() };
  data = await loadData({ data: 'data/raw', out: OUT }, ctx);
  const registry = await loadRegistry(data, { out: OUT }, ctx);
  // A stand-in for Bergen's printed sheet, so its page links a PDF (the others have none in this folder).
  mkdirSync(join(OUT, String(data.reportYear), 'faktaark'), { recursive: true });
  writeFileSync(join(OUT, String(data.reportYear), 'faktaark', '4601-bergen.pdf'), '%PDF-1.7 stand-in');
  site = await buildWeb({ data, registry, out: OUT, now: ctx.now(), log, force: true });
  siteUrl = pathToFileURL(site.dir).href + '/';
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

describe('the web edition in a browser', () => {
  it('finds Bergen by name and by number and opens its page with the keyboard', async () => {
    const v = await visit(SITE.start);
    await v.page.waitForSelector('.search:not([hidden]) input');
    await v.page.type('#finn', 'berg');
    const options = await v.page.$$eval('#finn-treff [role=option] .hit-name', (els) => els.map((e) => e.textContent));
    expect(options[0]).toBe('Bergen');
    expect(await v.page.$eval('#finn', (e) => e.getAttribute('aria-expanded'))).toBe('true');
    await v.page.keyboard.press('ArrowDown');
    expect(await v.page.$eval('#finn', (e) => e.getAttribute('aria-activedescendant'))).toBe('finn-valg-0');
    await Promise.all([v.page.waitForNavigation(), v.page.keyboard.press('Enter')]);
    expect(v.page.url()).toBe(`${siteUrl}${SITE.unit('4601', 'bergen')}`);
    expect(await v.page.$eval('h1', (e) => e.textContent)).toBe('Bergen');
    const lang = malform('malform.csv').get('4601') === 'nynorsk' ? 'nn' : 'nb';
    expect(lang).toBe('nb'); // Bergen is language-neutral: bokmål
    expect(await v.page.$eval('html', (e) => e.lang)).toBe(lang);
    // Its PDF, placed in the site and linked.
    const pdf = await v.page.$eval('.unit-downloads a[download]', (a) => (a).href);
    expect(pdf).toBe(`${siteUrl}${SITE.sheet('4601-bergen.pdf')}`);
    expect(readFileSync(join(site.dir, SITE.sheet('4601-bergen.pdf')), 'utf8')).toBe('%PDF-1.7 stand-in');
    expect(v.problems).toEqual([]);
    expect(v.outside).toEqual([]);
    await v.page.close();

    const byNumber = await visit(SITE.start);
    await byNumber.page.waitForSelector('.search:not([hidden]) input');
    await byNumber.page.type('#finn', '4601');
    expect(await byNumber.page.$eval('#finn-treff [role=option] .hit-name', (e) => e.textContent)).toBe('Bergen');
    await byNumber.page.close();
  });

  it('shows a chart live with a tooltip holding a number of the figure\'s data table, and "Vis tabell" toggles', async () => {
    const v = await visit(SITE.chapter('storrelse'));
    await v.page.waitForSelector('#chart-size-rates.live svg', { timeout: 30_000 });
    // The numbers behind the figure, as the page's data table shows them.
    const cells = await v.page.$$eval('#data-size-rates td', (tds) => tds.map((td) => td.textContent.trim()));
    expect(cells.length).toBeGreaterThan(4);
    // Hover the first bar.
    const bar = await v.page.$('#chart-size-rates.live svg .mark-rect path');
    expect(bar).not.toBeNull();
    const number = await tooltipNumber(v.page, bar!);
    expect(cells).toContain(number);

    const button = await v.page.$('#figur-size-rates button.toggle-table');
    expect(await button!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('false');
    expect(await v.page.$eval('#data-size-rates', (e) => (e as HTMLElement).hidden)).toBe(true);
    await button!.click();
    expect(await button!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('true');
    expect(await v.page.$eval('#data-size-rates', (e) => (e as HTMLElement).offsetHeight > 0)).toBe(true);
    await button!.focus();
    await v.page.keyboard.press('Enter');
    expect(await button!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('false');
    expect(v.problems).toEqual([]);
    expect(v.outside).toEqual([]);
    await v.page.close();
  });

  it('lays a chart out again to a phone\'s width: bars and legend inside the box, no in-bar labels overlapping, tooltips kept', async () => {
    const boxAndSvg = (page: Page, id: string) =>
      page.$eval(`#chart-${id}`, (box) => ({ box: box.clientWidth, svg: box.querySelector('svg')!.getBoundingClientRect().width }));
    // At desktop width the print layout (605 px) stays.
    const wide = await visit(SITE.chapter('storrelse'), 1280);
    await wide.page.waitForSelector('#chart-size-rates.live svg', { timeout: 30_000 });
    const w = await boxAndSvg(wide.page, 'size-rates');
    expect(w.svg).toBeGreaterThanOrEqual(605);
    await wide.page.close();
    for (const [chapter, id] of [['storrelse', 'size-rates'], ['kompetansesentre', 'kompsenter']] as const) {
      const v = await visit(SITE.chapter(chapter), 375);
      await v.page.waitForSelector(`#chart-${id}.live svg`, { timeout: 30_000 });
      const n = await boxAndSvg(v.page, id);
      expect(n.svg, `${id}: ${n.svg} px in a ${n.box} px box`).toBeLessThanOrEqual(n.box + 0.5);
      const overlaps = await v.page.$eval(`#chart-${id} svg`, (svg) => {
        const boxes = Array.from(svg.querySelectorAll('.mark-text text'))
          .filter((t) => (t.textContent ?? '').trim() !== '')
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
        const out: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.r;
            const b = boxes[j]!.r;
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
          }
        return { count: boxes.length, out };
      });
      expect(overlaps.count, id).toBeGreaterThan(3);
      expect(overlaps.out, id).toEqual([]);
      if (id === 'size-rates') {
        const cells = await v.page.$$eval(`#data-${id} td`, (tds) => tds.map((td) => td.textContent.trim()));
        const bar = await v.page.$(`#chart-${id}.live svg .mark-rect path`);
        expect(cells, id).toContain(await tooltipNumber(v.page, bar!));
      }
      expect(v.problems).toEqual([]);
      await v.page.close();
    }
  });

  it("shows a unit page's trend live, with the print sheet's colours and a tooltip from its data table", async () => {
    const v = await visit(SITE.unit('4601', 'bergen'));
    await v.page.waitForSelector('#chart-trend-V.live svg', { timeout: 30_000 });
    // The unit's line in the sheet's unit colour (pipeline/charts/palette PRIMARY, as the print SVG).
    const print = readFileSync(join(site.dir, SITE.unit('4601', 'bergen')), 'utf8');
    const unitColour = /<path d="M[^"]*" fill="none" stroke="(#[0-9A-Fa-f]{6})" stroke-width="2.5"/.exec(print)?.[1];
    expect(unitColour).toBeDefined();
    const strokes = await v.page.$$eval('#chart-trend-V svg .mark-line path', (ps) => ps.map((p) => p.getAttribute('stroke')?.toUpperCase()));
    expect(strokes).toContain(unitColour!.toUpperCase());
    const cells = await v.page.$$eval('#data-trend-V td', (tds) => tds.map((td) => td.textContent.trim()));
    const dot = (await v.page.$$('#chart-trend-V svg .mark-symbol path'))[0]!;
    const number = await tooltipNumber(v.page, dot);
    expect(cells).toContain(number);
    expect(v.problems).toEqual([]);
    expect(v.outside).toEqual([]);
    await v.page.close();
  });

  it('draws every chart of every chapter and of unit pages live, with no console errors or warnings and no request outside the site', async () => {
    const units = [SITE.unit('4601', 'bergen'), SITE.unit('00', 'hele-landet'), SITE.unit('46', 'vestland'), SITE.unit('030101', 'gamle-oslo')];
    for (const c of [...['utvikling', 'storrelse', 'fylke', 'tiltak', 'henvendelser', 'tilbud', 'samarbeid'].map((id) => SITE.chapter(id)), ...units]) {
      const v = await visit(c);
      const specs = await v.page.$$eval('script.chart-spec', (s) => s.length);
      await v.page.waitForFunction((n) => document.querySelectorAll('.chart.live').length === n, { timeout: 60_000 }, specs);
      expect(v.problems, c).toEqual([]);
      expect(v.outside, c).toEqual([]);
      await v.page.close();
    }
  });

  it('has no axe-core violations (WCAG 2.1 AA) and fits a 375 px screen', async () => {
    const kommuner = malform('malform.csv');
    const fylker = malform('fylke-malform.csv');
    const units = (await import('../../pipeline/factsheets/units.ts')).factsheetUnits(data);
    const pick = (kind: 'kommune' | 'fylke', nynorsk: boolean) => {
      const form = (code: string) => (kind === 'kommune' ? kommuner.get(code) : (fylker.get(code) ?? 'bokmal'));
      const u = units.find((x) => x.kind === kind && form(x.code) === (nynorsk ? 'nynorsk' : 'bokmal'));
      if (!u) throw new Error(`no ${kind} in ${nynorsk ? 'nynorsk' : 'bokmål'}`);
      return { path: SITE.unit(u.code, u.slug), lang: nynorsk ? 'nn' : 'nb' };
    };
    const pages = [
      { path: SITE.start, lang: 'nb' },
      { path: SITE.chapter('storrelse'), lang: 'nb' },
      { path: SITE.chapter('fylke'), lang: 'nb' },
      pick('kommune', false),
      pick('kommune', true),
      pick('fylke', false),
      pick('fylke', true),
    ];
    for (const p of pages) {
      for (const width of [1280, 375]) {
        const v = await visit(p.path, width);
        if (p.path.startsWith('kapittel/')) await v.page.waitForSelector('.chart.live', { timeout: 30_000 });
        expect(await v.page.$eval('html', (e) => e.lang), p.path).toBe(p.lang);
        expect(await axeViolations(v.page), `${p.path} at ${width}px`).toEqual([]);
        const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p.path} at ${width}px`).toBeLessThanOrEqual(0);
        // Column headings break between words only: every word of a table's heading lies on one line.
        const broken = await v.page.evaluate(() =>
          Array.from(document.querySelectorAll('thead th')).flatMap((th) => {
            const text = th.firstChild;
            if (!text || text.nodeType !== Node.TEXT_NODE) return [];
            const out: string[] = [];
            for (const m of (text.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, m.index);
              range.setEnd(text, m.index + m[0].length);
              const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size > 1) out.push(m[0]);
            }
            return out;
          }),
        );
        expect(broken, `${p.path} at ${width}px: heading words broken across lines`).toEqual([]);
        expect(v.problems, p.path).toEqual([]);
        await v.page.close();
      }
    }
  });

  it('with scripts off, shows the print SVG of each figure, its numbers as a table, and no dead buttons', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${siteUrl}${SITE.chapter('storrelse')}`, { waitUntil: 'load' });
    const state = await page.evaluate(() => ({
      svgLabel: document.querySelector('#chart-size-rates > svg')?.getAttribute('aria-label') ?? '',
      tableShown: (document.querySelector('#data-size-rates') as HTMLElement).offsetHeight > 0,
      visibleButtons: Array.from(document.querySelectorAll('button')).filter((b) => b.offsetParent !== null).length,
      csv: (document.querySelector('#figur-size-rates a[download]') as HTMLAnchorElement).getAttribute('href'),
    }));
    expect(state.svgLabel.length).toBeGreaterThan(20);
    expect(state.tableShown).toBe(true);
    expect(state.visibleButtons).toBe(0);
    expect(readFileSync(join(site.dir, 'kapittel', state.csv!), 'utf8').startsWith('\uFEFF')).toBe(true);
    await page.close();
  });

  it('starts with a skip link that moves to the content, with a visible focus ring', async () => {
    const v = await visit(SITE.chapter('utvikling'));
    await v.page.keyboard.press('Tab');
    const focused = await v.page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      const s = getComputedStyle(e);
      return { cls: e.className, href: e.getAttribute('href'), outline: s.outlineStyle, width: s.outlineWidth, top: e.getBoundingClientRect().top };
    });
    expect(focused).toMatchObject({ cls: 'skip', href: '#innhold' });
    expect(focused.outline).not.toBe('none');
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await v.page.keyboard.press('Enter');
    expect(await v.page.evaluate(() => document.activeElement?.id)).toBe('innhold');
    await v.page.close();
  });
});
