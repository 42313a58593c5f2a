// Where the web edition's files live: the site folder (built once from --out and the year) and every page's
// path inside it. One place, so links and writes agree; a page links to another with `href(from, to)`.
import { posix } from 'node:path';
import { outputLayout } from '../layout.ts';

/** output/<year>/web */
export function webDir(out: string, year: number): string {
  return outputLayout(out).year(year).web.dir;
}

/** Site-relative paths (always '/'-separated). */
export const SITE = {
  start: 'index.html',
  chapter: (id: string) => `kapittel/${id}.html`,
  unit: (code: string, slug: string) => `enhet/${code}-${slug}.html`,
  /** The unit pages' folder (for the incremental manifest). */
  unitDir: 'enhet',
  /** The numbers behind a unit page's chart. */
  unitCsv: (code: string, chart: string) => `enhet/data/${code}-${chart}.csv`,
  assets: 'assets',
  asset: (name: string) => `assets/${name}`,
  /** A dataset shared by pages (a map's topology), as a script. */
  dataScript: (name: string) => `assets/data/${name}.js`,
  csv: (kind: 'figur' | 'tabell', id: string) => `data/${kind}-${id}.csv`,
  svg: (id: string) => `figur/${id}.svg`,
  downloads: 'last-ned',
  report: (year: number) => `last-ned/rapport-${year}.pdf`,
  tables: (year: number) => `last-ned/tabeller-${year}.xlsx`,
  sheet: (file: string) => `last-ned/faktaark/${file}`,
} as const;

/** The relative link from the page at site path `from` to the site path `to` ('kapittel/a.html' → 'index.html' = '../index.html'). */
export function href(from: string, to: string): string {
  const rel = posix.relative(posix.dirname(from), to);
  return rel === '' ? posix.basename(to) : rel;
}

/** The prefix that leads from a page to the site root ('' or '../'). */
export function rootOf(page: string): string {
  const depth = page.split('/').length - 1;
  return '../'.repeat(depth);
}
