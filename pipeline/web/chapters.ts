// The report's chapters as web pages: the same rendering as the PDF (pipeline/report's renderReport, the same
// chapter templates, registry and numbering), with the web edition's figure and table partials
// (templates/web/report-partials/). Each figure gets its interactive spec, "Vis tabell" with the numbers behind
// it, and downloads (CSV, SVG, PNG); each table a CSV download. Cross-references that point into another
// chapter link to that chapter's page. Pure apart from reading templates.
import { join } from 'node:path';
import type { Project } from '../project/index.ts';
import type { RenderedFigure } from '../charts/figures.ts';
import type { RegistryArtifact, TableModel } from '../registry/types.ts';
import { renderReport, type ReportHtml } from '../report/index.ts';
import { tableView } from '../report/views.ts';
import { externaliseData, scriptJson, webSpec } from './charts.ts';
import { tableCsv } from './csv.ts';
import { renderPage, word, type NavItem, type Site } from './layout.ts';
import { href, SITE } from './paths.ts';

export interface ChapterPagesInput {
  artifact: RegistryArtifact;
  svgs: Record<string, RenderedFigure>;
  now: Date;
  /** Report templates (default templates/report); the chapters come from there. */
  reportTemplates?: string;
  /** The project (chapters in order, title); default report.yaml. */
  project?: Project;
}

export interface SiteFile {
  /** Site path. */
  path: string;
  data: string;
}

export interface ChapterPages {
  report: ReportHtml;
  /** The pages, the CSV of every table and figure, the SVG of every figure. */
  files: SiteFile[];
  /** The summary's key-figure box as rendered in the report (for the start page), or ''. */
  keyBox: string;
  nav: NavItem[];
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Gives every h2–h4 without an id one made from its text, so each heading can be linked. */
export function anchorHeadings(html: string, prefix: string): string {
  const used = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!));
  return html.replace(/<h([2-4])((?:(?!\bid=)[^>])*)>([\s\S]*?)<\/h\1>/g, (all, level: string, attrs: string, inner: string) => {
    const base = `${prefix}-${inner.replace(/<[^>]+>/g, '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9æøå]+/g, '-').replace(/^-|-$/g, '')}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    return `<h${level}${attrs} id="${id}">${inner}</h${level}>`;
  });
}

/** Every id="…" in an HTML fragment. */
export function idsIn(html: string): string[] {
  return [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
}

/** Rewrites href="#x" to the page that has x, when that is another page. */
export function linkAcrossPages(html: string, page: string, pageOf: ReadonlyMap<string, string>): string {
  return html.replace(/href="#([^"]+)"/g, (all, id: string) => {
    const target = pageOf.get(id);
    return target === undefined || target === page ? all : `href="${escapeAttr(href(page, target))}#${id}"`;
  });
}

/** A table model as the data-table partial shows it (formatted cells, row headers). */
export function dataTableView(table: Pick<TableModel, 'columns' | 'rows' | 'title'>) {
  const v = tableView({ id: '', notes: [], source: '', ...table }, { kind: 'table', id: '', chapter: { id: '', title: '', number: '' }, number: '', label: '', title: table.title, anchor: '', template: '' });
  return { columns: v.columns, rows: v.rows };
}

export function chapterPages(site: Site, input: ChapterPagesInput): ChapterPages {
  const report = renderReport({
    artifact: input.artifact,
    svgs: input.svgs,
    now: input.now,
    ...(input.project ? { project: input.project } : {}),
    partialDirs: [join(site.templates, 'report-partials')],
    ...(input.reportTemplates ? { templates: input.reportTemplates } : {}),
  });
  const words = site.words('nb');
  const files: SiteFile[] = [];
  const chapters = report.chapters.map((c) => ({ ...c, path: SITE.chapter(c.id), html: anchorHeadings(c.html, c.anchor) }));
  const pageOf = new Map<string, string>();
  for (const c of chapters) {
    pageOf.set(c.anchor, c.path);
    for (const id of idsIn(c.html)) pageOf.set(id, c.path);
  }
  const labelOf = new Map([...report.figures, ...report.tables].map((e) => [e.anchor, e.number]));

  const nav = (current: string): NavItem[] =>
    chapters.map((c) => ({
      href: href(current, c.path),
      label: c.heading,
      current: c.path === current,
      sections: c.path === current ? report.toc.filter((t) => t.level === 'section' && pageOf.get(t.anchor) === c.path).map((t) => ({ href: `#${t.anchor}`, label: `${t.number} ${t.text}` })) : [],
    }));

  chapters.forEach((c, i) => {
    const dataScripts: string[] = [];
    let body = c.html.replace(/<!--web:figure-tools:([\w-]+)-->/g, (_, id: string) => {
      const figure = input.artifact.figures[id];
      if (!figure) throw new Error(`web: figure "${id}" is not in the registry`);
      files.push({ path: SITE.csv('figur', id), data: tableCsv(figure.table) });
      files.push({ path: SITE.svg(id), data: standaloneSvg(input.svgs[id]?.svg ?? '') });
      const { spec, shared } = externaliseData(webSpec(figure));
      for (const d of shared) {
        files.push({ path: SITE.dataScript(d.name), data: d.script });
        dataScripts.push(href(c.path, SITE.dataScript(d.name)));
      }
      return site.engine.render(join(site.templates, 'partials', 'figure-tools.hbs'), {
        id,
        words,
        csv: href(c.path, SITE.csv('figur', id)),
        svgFile: href(c.path, SITE.svg(id)),
        pngName: `${id}.png`,
        caption: word(words, 'dataTableCaption', { label: (labelOf.get(`figur-${id}`) ?? figure.title).toLowerCase() }),
        table: dataTableView(figure.table),
        spec: scriptJson(spec),
      });
    });
    body = body.replace(/<!--web:table-tools:([\w-]+)-->/g, (_, id: string) => {
      const table = input.artifact.tables[id];
      if (!table) throw new Error(`web: table "${id}" is not in the registry`);
      files.push({ path: SITE.csv('tabell', id), data: tableCsv(table) });
      return site.engine.render(join(site.templates, 'partials', 'table-tools.hbs'), { words, csv: href(c.path, SITE.csv('tabell', id)) });
    });
    body = linkAcrossPages(body, c.path, pageOf);
    const prev = chapters[i - 1];
    const next = chapters[i + 1];
    const html = renderPage(site, {
      path: c.path,
      lang: 'nb',
      title: `${c.heading} – ${word(words, 'siteName', { year: site.year })}`,
      pageKind: 'chapter',
      charts: body.includes('class="chart-spec"'),
      dataScripts,
      body: `<article class="chapter chapter-${c.id}">\n<h1 id="${c.anchor}">${c.heading}</h1>\n${body}\n</article>`,
      nav: { title: word(words, 'contents'), items: nav(c.path) },
      pager: {
        label: word(words, 'chapters'),
        ...(prev ? { prev: { href: href(c.path, prev.path), label: prev.heading } } : {}),
        ...(next ? { next: { href: href(c.path, next.path), label: next.heading } } : {}),
      },
    });
    files.push({ path: c.path, data: html });
  });

  const summary = chapters[0]?.html ?? '';
  const keyBox = /<aside class="keybox"[\s\S]*?<\/aside>/.exec(summary)?.[0] ?? '';
  return { report, files, keyBox, nav: nav(SITE.start) };
}

/** A figure's SVG as a file of its own: with the XML declaration and the font named (Open Sans where installed). */
export function standaloneSvg(svg: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
