// One page per kommune, bydel, fylke and the country: the web form of its fact sheet, from the same model,
// views and partials (templates/factsheet/partials/) as the PDF, in the unit's målform, framed by the site's
// layout, with a link to the sheet's PDF. Incremental like the sheets: a page is made again only when what
// it shows (the sheet's dependencies), its language, its PDF or the code and templates changed
// (a manifest in web/enhet/, pipeline/batch/manifest.ts).
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildData } from '../types.ts';
import { hashParts } from '../cache/hash.ts';
import { isStale, readManifest, writeManifest, type Manifest } from '../batch/manifest.ts';
import type { Logger } from '../context.ts';
import { dependenciesOf, factsheetModel } from '../factsheets/index.ts';
import { factsheetBody, FACTSHEET_TEMPLATES } from '../factsheets/html.ts';
import type { FactsheetUnit, Lang } from '../factsheets/types.ts';
import { stageCodeKey, type Stage } from '../stage/index.ts';
import { createEngine, type TemplateEngine } from '../templating/index.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { safeId } from '../charts/svg.ts';
import { dataTableView } from './chapters.ts';
import { externaliseData, scriptJson } from './charts.ts';
import { tableCsv } from './csv.ts';
import { renderPage, word, type Site, type Words } from './layout.ts';
import { positionCharts, trendCharts, type UnitChart } from './unit-charts.ts';
import { href, SITE } from './paths.ts';

/**
 * The unit pages' code, keyed like every stage's (pipeline/stage): this module's import closure (the fact
 * sheets' content module among it) and the templates it fills. A page's own inputs are in its manifest entry.
 */
export const UNIT_PAGE_STAGE: Pick<Stage<unknown, unknown>, 'module' | 'assets'> = {
  module: import.meta.url,
  assets: { dirs: ['templates/web', 'templates/factsheet'] },
};

/** Everything that renders a unit page besides its data. */
export function unitCodeKey(): string {
  return stageCodeKey(UNIT_PAGE_STAGE);
}

export interface UnitPagesInput {
  data: BuildData;
  units: FactsheetUnit[];
  /** The site folder. */
  dir: string;
  /** Site path of each unit's sheet PDF (when there is one), and its size in bytes. */
  pdfs: ReadonlyMap<string, { path: string; bytes: number }>;
  /** Make every page, whatever the manifest says. */
  force?: boolean;
  log: Logger;
}

export interface UnitPagesResult {
  written: number;
  unchanged: number;
  failed: { code: string; message: string }[];
}

/** "148 kB", "1,2 MB" */
export function fileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}

/** Inline style attributes are not allowed by the site's CSP: a profile bar's width becomes a class (.w0 … .w100). */
export function barClasses(html: string): string {
  return html.replace(/<span class="(bar-line[^"]*)" style="--bar: ([\d.]+)%">/g, (_, cls: string, w: string) => `<span class="${cls} w${Math.min(100, Math.max(0, Math.round(Number(w))))}">`);
}

export function unitPages(site: Site, input: UnitPagesInput): UnitPagesResult {
  const dir = join(input.dir, SITE.unitDir);
  const before = input.force ? { version: 1 as const, entries: {} } : readManifest(dir, input.log);
  const after: Manifest = { version: 1, entries: {} };
  const code = unitCodeKey();
  const engines = new Map<Lang, TemplateEngine>();
  const engineFor = (lang: Lang): TemplateEngine => {
    let e = engines.get(lang);
    if (!e) engines.set(lang, (e = createEngine({ partialDirs: [join(FACTSHEET_TEMPLATES, 'partials'), join(site.templates, 'partials')], lang })));
    return e;
  };
  const byCode = new Map(input.units.map((u) => [u.code, u]));
  const names = new Map(input.units.map((u) => [u.code, u.name]));
  const result: UnitPagesResult = { written: 0, unchanged: 0, failed: [] };
  const frame = { notice: site.notice, footer: site.footer, year: site.year };

  for (const u of input.units) {
    const path = SITE.unit(u.code, u.slug);
    const file = path.slice(SITE.unitDir.length + 1);
    const pdf = input.pdfs.get(u.code);
    const inputs = hashParts([{ value: { data: input.data.keys, year: input.data.reportYear, lang: u.lang, code, pdf: pdf ?? null, frame } }]);
    const entry = before.entries[u.code];
    if (entry && entry.meta?.inputs === inputs && !isStale(entry, entry.hash, dir)) {
      after.entries[u.code] = entry;
      result.unchanged++;
      continue;
    }
    try {
      const model = factsheetModel(input.data, u.code);
      const hash = hashParts([{ value: { deps: dependenciesOf(model), lang: u.lang, code, pdf: pdf ?? null, frame } }]);
      if (entry && !isStale(entry, hash, dir)) {
        after.entries[u.code] = { ...entry, meta: { inputs } };
        result.unchanged++;
        continue;
      }
      const body = factsheetBody(model, { lang: u.lang, synthetic: input.data.synthetic, stripMarks: 'dots' });
      const words = site.words(u.lang);
      const fylke = u.fylke ? byCode.get(u.fylke) : undefined;
      const html = engineFor(u.lang).render(join(site.templates, 'unit.hbs'), {
        ...body,
        words,
        startHref: href(path, SITE.start),
        pdf: pdf ? { href: href(path, pdf.path), label: word(words, 'sheetPdf', { name: body.name, size: fileSize(pdf.bytes) }) } : false,
        fylkeLink: fylke ? { href: href(path, SITE.unit(fylke.code, fylke.slug)), label: fylke.name } : false,
      });
      const charts = [...trendCharts(model, body, words, safeId), ...positionCharts(model, body, words, names, safeId)];
      const page = renderPage(site, {
        path,
        lang: u.lang,
        title: `${body.name} – ${body.t('sheet.title', { year: input.data.reportYear })}`,
        description: body.t('sheet.pdfSubject', { name: body.name, year: input.data.reportYear }),
        pageKind: 'unit',
        charts: charts.length > 0,
        body: barClasses(liveCharts(site, html, path, u.code, charts, words)),
      });
      for (const c of charts) writeFileAtomic(join(input.dir, SITE.unitCsv(u.code, c.id)), tableCsv(c.table));
      writeFileAtomic(join(input.dir, path), page);
      after.entries[u.code] = { hash, files: [file, ...charts.map((c) => SITE.unitCsv(u.code, c.id).slice(SITE.unitDir.length + 1))], meta: { inputs } };
      result.written++;
    } catch (err) {
      result.failed.push({ code: u.code, message: err instanceof Error ? err.message : String(err) });
      input.log.error(`web page for ${u.code} ${u.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  writeManifest(dir, after);
  removeStale(dir, after);
  return result;
}

/** Pages and CSV files of units no longer in the site (a merged kommune): removed, so no dead page stays. */
function removeStale(dir: string, manifest: Manifest): void {
  const kept = new Set(Object.values(manifest.entries).flatMap((e) => e.files));
  for (const sub of ['', 'data']) {
    const d = join(dir, sub);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)) {
      const rel = sub ? `${sub}/${f}` : f;
      if ((f.endsWith('.html') || f.endsWith('.csv')) && !kept.has(rel)) rmSync(join(d, f), { force: true });
    }
  }
}

/** Sizes of files (for download labels); a missing file is left out. */
export function sizeOf(file: string): number | undefined {
  return statSync(file, { throwIfNoEntry: false })?.size;
}

/**
 * Puts each print chart of a unit page in a chart box with its interactive spec and tools (Vis tabell, CSV,
 * SVG/PNG from the live view); the print SVG stays in place until the script replaces it.
 */
export function liveCharts(site: Site, html: string, page: string, code: string, charts: readonly UnitChart[], words: Words): string {
  let out = html;
  for (const c of charts) {
    const svg = new RegExp(`<svg\\b[^>]*\\bid="${c.svgId}"[\\s\\S]*?</svg>`);
    if (!svg.test(out)) throw new Error(`web: the unit page has no chart with id "${c.svgId}"`);
    const { spec } = externaliseData(c.spec, Number.POSITIVE_INFINITY);
    const tools = site.engine.render(join(site.templates, 'partials', 'figure-tools.hbs'), {
      id: c.id,
      words,
      csv: href(page, SITE.unitCsv(code, c.id)),
      svgFile: false,
      svgName: `${code}-${c.id}.svg`,
      pngName: `${code}-${c.id}.png`,
      caption: word(words, 'dataTableOf', { title: c.table.title }),
      table: dataTableView(c.table),
      spec: scriptJson(spec),
    });
    out = out.replace(svg, (m) => `<div class="chart" id="chart-${c.id}" role="region" aria-label="${escapeAttr(c.table.title)}" tabindex="0">${m}</div>${tools}`);
  }
  return out;
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
