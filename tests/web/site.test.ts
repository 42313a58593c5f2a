// The web edition's pure parts: CSV for Norwegian Excel, tooltips added to the print specs, the interpreter
// made a classic script, links across chapter pages, heading anchors, and the site as built from the sample
// data: every chapter's text and numbering the same as the report's, every unit a page, pages incremental.
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../pipeline/build/data.ts';
import { choroplethChart, type KommuneTopology } from '../../pipeline/charts/builders/choropleth.ts';
import { formatDecimal } from '../../pipeline/format/index.ts';
import type { BuildData, RegistryStage } from '../../pipeline/types.ts';
import { loadRegistry } from '../../pipeline/build/registry.ts';
import { memoryLogger } from '../../pipeline/context.ts';
import { factsheetUnits } from '../../pipeline/factsheets/units.ts';
import { PROJECT_ROOT } from '../../pipeline/paths.ts';
import { renderReport } from '../../pipeline/report/index.ts';
import { interpreterScript } from '../../pipeline/web/assets.ts';
import { anchorHeadings, linkAcrossPages } from '../../pipeline/web/chapters.ts';
import { externaliseData, SHARED_DATA_KEY, TIP_SUFFIX, withTooltips } from '../../pipeline/web/charts.ts';
import { csvCell, tableCsv } from '../../pipeline/web/csv.ts';
import { buildWeb, SITE } from '../../pipeline/web/index.ts';
import { href } from '../../pipeline/web/paths.ts';

describe('CSV for Norwegian Excel', () => {
  it('writes a BOM, semicolons, decimal commas, percent for shares and empty fields for missing values', () => {
    const csv = tableCsv({
      columns: [
        { key: 'name', label: 'Kommune', format: 'text' },
        { key: 'a', label: 'Årsverk', format: 'decimal1' },
        { key: 'p', label: 'Andel', format: 'percent1' },
        { key: 'n', label: 'Innbyggere', unit: 'personer', format: 'integer' },
      ],
      rows: [
        { cells: { name: 'Bø; Telemark', a: 1234.56, p: 0.2345, n: 17436 } },
        { cells: { name: 'Sa "x"', a: null, p: -0.0004, n: 2 } },
      ],
    });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Kommune;Årsverk;Andel (prosent);Innbyggere (personer)',
      '"Bø; Telemark";1234,6;23,5;17436',
      '"Sa ""x""";;0,0;2',
      '',
    ]);
    expect(csvCell(Number.NaN, 'decimal1')).toBe('');
    expect(csvCell(-8, 'signedInteger')).toBe('-8');
  });
});

describe('tooltips on the print spec', () => {
  const spec = {
    data: { values: [{ category: 'A', value: 2.04, text: '2,0' }, { category: 'B', value: 10, text: '10,0' }] },
    encoding: { y: { field: 'category', type: 'nominal', title: 'Gruppe' } },
    layer: [
      { mark: { type: 'bar' }, encoding: { x: { field: 'value', type: 'quantitative', title: 'Årsverk per 10 000' } } },
      { mark: { type: 'text' }, encoding: { x: { field: 'value', type: 'quantitative' }, text: { field: 'text' } } },
    ],
  };
  it('gives data marks the row name and the print label, text marks nothing, and leaves the input alone', () => {
    const out = withTooltips(spec as never) as unknown as typeof spec & { layer: { encoding: Record<string, unknown> }[] };
    expect(out.layer[0]!.encoding.tooltip).toEqual([
      { field: 'category', type: 'nominal', title: 'Gruppe' },
      { field: 'text', type: 'nominal', title: 'Årsverk per 10 000' },
    ]);
    expect(out.layer[1]!.encoding.tooltip).toBeUndefined();
    expect((spec.layer[0]!.encoding as Record<string, unknown>).tooltip).toBeUndefined();
  });
  it('formats values the Norwegian way when the rows have no label', () => {
    const s = { data: { values: [{ year: 2023, value: 17436 }, { year: 2024, value: 0.5 }] }, mark: 'line', encoding: { x: { field: 'year', type: 'quantitative' }, y: { field: 'value', type: 'quantitative', title: 'Årsverk' } } };
    const out = withTooltips(s as never) as unknown as { data: { values: Record<string, unknown>[] }; encoding: { tooltip: unknown } };
    expect(out.data.values.map((r) => r[`value${TIP_SUFFIX}`])).toEqual(['17\u00a0436,0', '0,5']);
    expect(out.encoding.tooltip).toEqual([
      { field: 'year', type: 'nominal', title: 'År' },
      { field: `value${TIP_SUFFIX}`, type: 'nominal', title: 'Årsverk' },
    ]);
  });
  it("gives a map the kommune's name, its value as shown and its class", () => {
    const topology = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'reference', 'kommuner.topo.json'), 'utf8')) as KommuneTopology;
    const ids = topology.objects.Kommuner.geometries.map((g) => String(g.id));
    const values = ids.map((code, i) => ({ code, value: i === 3 ? null : 20 + (i % 17) * 1.25 }));
    const map = withTooltips(choroplethChart({ topology, values, legendTitle: 'Årsverk per 10 000', format: 'decimal1' }).spec) as unknown as {
      layer: { transform?: { lookup: string; from: { data: { values: Record<string, unknown>[] }; fields: string[] } }[]; encoding: { tooltip?: unknown } }[];
    };
    const areas = map.layer[0]!;
    expect(areas.encoding.tooltip).toEqual([
      { field: 'properties.kommunenavn', type: 'nominal', title: 'Kommune' },
      { field: 'text', type: 'nominal', title: 'Årsverk per 10 000' },
      { field: 'cls', type: 'nominal', title: 'Klasse' },
    ]);
    // The text the tooltip shows is each kommune's own value in Norwegian form ("–" without one), looked up by its code.
    const rows = new Map(areas.transform![0]!.from.data.values.map((r) => [r.code, r]));
    for (const [i, code] of ids.entries()) {
      const v = values[i]!.value;
      expect(rows.get(code)?.text, code).toBe(v === null ? '–' : formatDecimal(v, 1));
    }
    expect(areas.transform![0]!.from.fields).toEqual(['cls', 'text']);
  });
  it('moves large inline data into a shared script and leaves a marker', () => {
    const values = Array.from({ length: 3000 }, (_, i) => ({ i, name: `kommune ${i}` }));
    const { spec: out, shared } = externaliseData({ layer: [{ data: { values, format: { type: 'json' } }, mark: 'point' }] } as never, 1000);
    expect(shared).toHaveLength(1);
    const layer = (out as unknown as { layer: { data: { values: unknown; format: unknown } }[] }).layer[0]!;
    expect(layer.data).toEqual({ values: { [SHARED_DATA_KEY]: shared[0]!.name }, format: { type: 'json' } });
    const g: { IS248_DATA?: Record<string, unknown> } = {};
    runInNewContext(shared[0]!.script, g);
    expect(g.IS248_DATA?.[shared[0]!.name]).toEqual(values);
  });
});

describe('the expression interpreter as a classic script', () => {
  it('takes its import from the vega global and sets vegaInterpreter', () => {
    const src = readFileSync(join(PROJECT_ROOT, 'node_modules', 'vega-interpreter', 'build', 'vega-interpreter.js'), 'utf8');
    const script = interpreterScript(src);
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    const g: Record<string, unknown> = { vega: { ascending: () => 0, isString: (x: unknown) => typeof x === 'string', DisallowedObjectProperties: new Set() } };
    // The script's global: the vega stub, and the timers a browser has.
    const context: Record<string, unknown> = { ...g, setTimeout, clearTimeout, setInterval, clearInterval };
    runInNewContext(script, context);
    const interp = (context.vegaInterpreter as { expressionInterpreter: Record<string, unknown> }).expressionInterpreter;
    expect(Object.keys(interp).sort()).toEqual(['encode', 'event', 'handler', 'operator', 'parameter']);
  });
  it('fails with a clear error when the file changes shape', () => {
    expect(() => interpreterScript('export default 1;')).toThrow(/vega-interpreter/);
  });
});

describe('links and anchors', () => {
  it('points a cross-reference at the page that has its target', () => {
    const pages = new Map([['figur-a', 'kapittel/a.html'], ['tabell-b', 'kapittel/b.html']]);
    const html = '<a href="#figur-a">figur 1.1</a> <a href="#tabell-b">tabell 2.1</a> <a href="#elsewhere">x</a>';
    expect(linkAcrossPages(html, 'kapittel/a.html', pages)).toBe('<a href="#figur-a">figur 1.1</a> <a href="b.html#tabell-b">tabell 2.1</a> <a href="#elsewhere">x</a>');
    expect(href('index.html', 'kapittel/a.html')).toBe('kapittel/a.html');
    expect(href('enhet/x.html', 'last-ned/faktaark/x.pdf')).toBe('../last-ned/faktaark/x.pdf');
  });
  it('gives every heading without an id one, unique on the page', () => {
    expect(anchorHeadings('<h2 id="k-1">A</h2><h3>Om tallene</h3><h3 class="x">Om tallene</h3>', 'kap-x')).toBe(
      '<h2 id="k-1">A</h2><h3 id="kap-x-om-tallene">Om tallene</h3><h3 class="x" id="kap-x-om-tallene-2">Om tallene</h3>',
    );
  });
});

describe('the site built from the sample data', () => {
  const out = mkdtempSync(join(tmpdir(), 'web-site-'));
  const log = memoryLogger();
  let data: BuildData;
  let registry: RegistryStage;
  let dir: string;
  const now = new Date('2025-03-12T10:00:00Z');
  const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

  beforeAll(async () => {
    const ctx = { log, now: () => now, root: PROJECT_ROOT };
    data = await loadData({ data: 'data/raw', out }, ctx);
    registry = await loadRegistry(data, { out }, ctx);
    dir = (await buildWeb({ data, registry, out, now, log })).dir;
  }, 600_000);

  it('shows each chapter with the same headings, figure and table numbers and sentences as the print report', () => {
    const print = renderReport({ artifact: { ...registry.artifact, synthetic: true }, svgs: registry.svgs, now });
    let checked = 0;
    for (const c of print.chapters) {
      const page = readFileSync(join(dir, SITE.chapter(c.id)), 'utf8');
      expect(page).toContain(`<h1 id="${c.anchor}">${c.heading}</h1>`);
      const labels = [...print.figures, ...print.tables].filter((e) => c.html.includes(`id="${e.anchor}"`));
      for (const e of labels) expect(page, `${c.id}: ${e.number}`).toMatch(new RegExp(`id="${e.anchor}"[^]*?${e.number}`));
      // Every paragraph of the print chapter is on the page, word for word.
      const paragraphs = [...c.html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => text(m[1]!)).filter((p) => p.length > 40);
      const pageText = text(page);
      for (const p of paragraphs) expect(pageText, c.id).toContain(p);
      checked += paragraphs.length;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('has a page for every unit (at least 388) in its målform, and a search entry for each', () => {
    const units = factsheetUnits(data);
    expect(units.length).toBeGreaterThanOrEqual(388);
    for (const u of units) {
      const page = readFileSync(join(dir, SITE.unit(u.code, u.slug)), 'utf8');
      expect(page).toContain(`<html lang="${u.lang}">`);
    }
    const index = readFileSync(join(dir, SITE.asset('search-index.js')), 'utf8');
    const entries = JSON.parse(index.slice(index.indexOf('=') + 1).trim().replace(/;$/, '')) as { c: string; p: string }[];
    expect(entries.map((e) => e.c).sort()).toEqual(units.map((u) => u.code).sort());
  });

  it('makes a unit page again only when its inputs changed', async () => {
    const file = join(dir, SITE.unit('4601', 'bergen'));
    const before = statSync(file).mtimeMs;
    const again = await buildWeb({ data, registry, out, now, log });
    expect(again.units.written).toBe(0);
    expect(statSync(file).mtimeMs).toBe(before);
    // A page of a unit that no longer exists is removed.
    const stale = join(dir, SITE.unit('9999', 'borte'));
    writeFileSync(stale, '<html></html>');
    const forced = await buildWeb({ data, registry, out, now, log, force: true });
    expect(forced.units).toEqual({ written: factsheetUnits(data).length, unchanged: 0, failed: 0 });
    expect(existsSync(stale)).toBe(false);
  });

  it('keeps every chapter page with its charts under 400 KB and the site without PDFs under 60 MB', () => {
    for (const f of readdirSync(join(dir, 'kapittel'))) expect(statSync(join(dir, 'kapittel', f)).size, f).toBeLessThan(400_000);
    const size = (d: string): number => readdirSync(d, { withFileTypes: true }).reduce((s, e) => s + (e.isDirectory() ? size(join(d, e.name)) : e.name.endsWith('.pdf') ? 0 : statSync(join(d, e.name)).size), 0);
    expect(size(dir)).toBeLessThan(60_000_000);
  });

  it('writes every page with the CSP and no inline script or style', () => {
    const pages = [SITE.start, SITE.chapter('storrelse'), SITE.unit('4601', 'bergen')];
    for (const p of pages) {
      const html = readFileSync(join(dir, p), 'utf8');
      expect(html).toContain('http-equiv="Content-Security-Policy"');
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).not.toMatch(/<style/);
      // Every <script> is either a file or JSON data.
      for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) expect(/src="/.test(m[1]!) || /type="application\/json"/.test(m[1]!), m[0].slice(0, 80)).toBe(true);
    }
  });
});
