// The web edition: output/<year>/web/, a static site that works from disk and from any static host.
//   index.html               start page: key figures, "Finn din kommune", chapters, downloads
//   kapittel/<id>.html       one page per report chapter (pipeline/report's rendering; web partials)
//   enhet/<code>-<slug>.html one page per unit (the fact sheet's model and partials), made incrementally
//   data/*.csv  figur/*.svg  the numbers behind every figure and table, every figure's SVG
//   last-ned/                the report PDF, the tables workbook, every fact-sheet PDF (hard links)
//   assets/                  site.css, site.js, search index, Open Sans, the chart runtime
//
//   await buildWeb({ data, registry, out, now, log })
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildData } from '../types.ts';
import type { Logger } from '../context.ts';
import { factsheetUnits } from '../factsheets/units.ts';
import { outputLayout } from '../layout.ts';
import type { RenderedFigure } from '../charts/figures.ts';
import type { RegistryArtifact } from '../registry/types.ts';
import { SAMPLE_NOTICE } from '../report/index.ts';
import { loadProject, reportMeta, type Project } from '../project/index.ts';
import { WEB_TEMPLATES, writeAssets, writeIfChanged } from './assets.ts';
import { chapterPages } from './chapters.ts';
import { placeFile } from './downloads.ts';
import { createSite, renderPage, word } from './layout.ts';
import { SITE, webDir } from './paths.ts';
import { searchEntries, searchIndexScript } from './search.ts';
import { fileSize, sizeOf, unitPages } from './units.ts';

export { webDir, SITE } from './paths.ts';
export { CSP } from './layout.ts';

export interface WebInput {
  data: BuildData;
  registry: { artifact: RegistryArtifact; svgs: Record<string, RenderedFigure> };
  /** Output root; the site goes to <out>/<year>/web/. */
  out: string;
  now: Date;
  log: Logger;
  /** Make every unit page again (--no-cache). */
  force?: boolean;
  /** templates/web by default. */
  templates?: string;
  /** Title, subtitle, institution (report.yaml with the command line's overrides); default report.yaml. */
  project?: Project;
}

export interface WebResult {
  dir: string;
  chapters: number;
  units: { written: number; unchanged: number; failed: number };
  exitCode: number;
}

export async function buildWeb(input: WebInput): Promise<WebResult> {
  const started = performance.now();
  const year = input.data.reportYear;
  const dir = webDir(input.out, year);
  const synthetic = input.registry.artifact.synthetic || input.data.synthetic;
  const artifact = { ...input.registry.artifact, synthetic };
  const project = input.project ?? loadProject();
  const meta = reportMeta(project, year, input.now);
  const site = createSite(input.templates ?? WEB_TEMPLATES, year, synthetic ? SAMPLE_NOTICE : '', `${meta.institution} for ${meta.commissioner} · ${meta.title}. ${meta.subtitle}.`);
  const words = site.words('nb');
  writeAssets(dir, site.templates);

  // Downloads.
  const layout = outputLayout(input.out).year(year);
  const report = layout.report;
  const downloads: { href: string; label: string }[] = [];
  if (placeFile(report.pdf, join(dir, SITE.report(year)))) downloads.push({ href: SITE.report(year), label: word(words, 'reportPdf', { size: fileSize(sizeOf(report.pdf) ?? 0) }) });
  const xlsx = layout.tables.xlsx;
  if (placeFile(xlsx, join(dir, SITE.tables(year)))) downloads.push({ href: SITE.tables(year), label: word(words, 'tablesXlsx', { size: fileSize(sizeOf(xlsx) ?? 0) }) });
  const units = factsheetUnits(input.data);
  const sheetDir = layout.factsheets.dir;
  const sheetFiles = new Set(existsSync(sheetDir) ? readdirSync(sheetDir).filter((f) => f.endsWith('.pdf')) : []);
  const pdfs = new Map<string, { path: string; bytes: number }>();
  for (const u of units) {
    const name = `${u.code}-${u.slug}.pdf`;
    if (!sheetFiles.has(name) || !placeFile(join(sheetDir, name), join(dir, SITE.sheet(name)))) continue;
    pdfs.set(u.code, { path: SITE.sheet(name), bytes: sizeOf(join(sheetDir, name)) ?? 0 });
  }

  // Chapters (and the CSV and SVG files of their figures and tables).
  const chapters = chapterPages(site, { artifact, svgs: input.registry.svgs, now: input.now, project });
  for (const f of chapters.files) writeIfChanged(join(dir, f.path), f.data);

  // Units.
  const unitResult = unitPages(site, { data: input.data, units, dir, pdfs, ...(input.force ? { force: true } : {}), log: input.log });
  writeIfChanged(join(dir, SITE.asset('search-index.js')), searchIndexScript(searchEntries(units)));

  // Start page.
  const groups = units
    .filter((u) => u.kind === 'land' || u.kind === 'fylke')
    .map((g) => ({
      name: g.name,
      href: SITE.unit(g.code, g.slug),
      members: units.filter((u) => u.fylke === g.code && u.kind === 'kommune').map((u) => ({ name: u.name, code: u.code, href: SITE.unit(u.code, u.slug) })),
    }));
  const oslo = groups.flatMap((g) => g.members).find((m) => m.code === '0301');
  if (oslo) Object.assign(oslo, { members: units.filter((u) => u.kind === 'bydel').map((u) => ({ name: u.name, code: u.code, href: SITE.unit(u.code, u.slug) })) });
  const summary = chapters.nav[0];
  const body = site.engine.render(join(site.templates, 'start.hbs'), {
    title: meta.title,
    subtitle: meta.subtitle,
    words,
    groups,
    keyBox: chapters.keyBox,
    keyTitle: word(words, 'keyFigures', { year }),
    summaryHref: summary?.href ?? '',
    summaryLabel: summary?.label ?? '',
    chapters: chapters.nav.map((n) => ({ href: n.href, label: n.label })),
    downloads,
  });
  writeIfChanged(
    join(dir, SITE.start),
    renderPage(site, { path: SITE.start, lang: 'nb', title: meta.title, description: meta.subtitle, pageKind: 'start', charts: false, search: true, body }),
  );

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  input.log.info(
    `Web edition: ${chapters.report.chapters.length} chapters, ${unitResult.written} unit pages made, ${unitResult.unchanged} unchanged${unitResult.failed.length ? `, ${unitResult.failed.length} failed` : ''} in ${seconds} s → ${join(dir, SITE.start)}`,
  );
  return {
    dir,
    chapters: chapters.report.chapters.length,
    units: { written: unitResult.written, unchanged: unitResult.unchanged, failed: unitResult.failed.length },
    exitCode: unitResult.failed.length > 0 ? 1 : 0,
  };
}
