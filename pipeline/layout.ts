// The output layout: every path that a stage writes or reads under the output folder, made in one place from
// `--out` and the report year. No other module joins output paths; a stage takes the part of the layout it
// writes (e.g. `layout.report`) and nothing else.
//
//   <out>/
//     .cache/<stage>/<name>.<key>.json     stage artifacts (pipeline/stages)
//     <year>/
//       kvalitet/    kvalitet.html, kvalitet.xlsx
//       tabeller/    tabeller-<year>.xlsx, csv/<id>.csv
//       rapport/     rapport-<year>.pdf, rapport-<year>.html
//       faktaark/    <code>-<slug>.pdf/.html, index.html, index.csv, .manifest.json
//       statistikkpakke/  <fylke>-<slug>.xlsx
//       web/         the web edition (pipeline/web/paths.ts: every page's path inside it)
//       review.json  (older versions kept approvals here)
import { join, resolve } from 'node:path';

export interface QualityFiles {
  dir: string;
  html: string;
  xlsx: string;
}

export interface TablesFiles {
  dir: string;
  xlsx: string;
  /** One `<table id>.csv` per exported table, for Norwegian Excel. */
  csvDir: string;
}

export interface ReportFiles {
  dir: string;
  pdf: string;
  html: string;
}

export interface YearLayout {
  year: number;
  /** `<out>/<year>/` */
  dir: string;
  quality: QualityFiles;
  tables: TablesFiles;
  report: ReportFiles;
  /** The fact sheets, their index and their manifest. */
  factsheets: { dir: string };
  /** One workbook per fylke. */
  statistikkpakke: { dir: string };
  /** The web edition: a static site. */
  web: { dir: string };
  /** Where earlier versions kept the review state. */
  legacyReviewFile: string;
}

export interface OutputLayout {
  /** `--out`, absolute. */
  root: string;
  /** Stage artifacts, shared by every year. */
  cache: string;
  year(year: number): YearLayout;
}

export const FACTSHEET_DIR = 'faktaark';
export const STATISTIKKPAKKE_DIR = 'statistikkpakke';

export function outputLayout(out: string): OutputLayout {
  const root = resolve(out);
  return {
    root,
    cache: join(root, '.cache'),
    year: (year) => yearLayout(root, year),
  };
}

function yearLayout(root: string, year: number): YearLayout {
  const dir = join(root, String(year));
  const sub = (name: string): string => join(dir, name);
  return {
    year,
    dir,
    quality: qualityFilesIn(sub('kvalitet')),
    tables: { dir: sub('tabeller'), xlsx: join(sub('tabeller'), `tabeller-${year}.xlsx`), csvDir: join(sub('tabeller'), 'csv') },
    report: { dir: sub('rapport'), pdf: join(sub('rapport'), `rapport-${year}.pdf`), html: join(sub('rapport'), `rapport-${year}.html`) },
    factsheets: { dir: sub(FACTSHEET_DIR) },
    statistikkpakke: { dir: sub(STATISTIKKPAKKE_DIR) },
    web: { dir: sub('web') },
    legacyReviewFile: join(dir, 'review.json'),
  };
}

/** The quality report's files in a folder (the build's `kvalitet/`, or the folder `validate --out` names). */
export function qualityFilesIn(dir: string): QualityFiles {
  return { dir, html: join(dir, 'kvalitet.html'), xlsx: join(dir, 'kvalitet.xlsx') };
}
