// An index of a batch's outputs, as a small self-contained HTML page and as CSV for Norwegian Excel
// (pipeline/util/csv.ts), both written atomically. Columns are given by the caller; a column may link to a file in the same folder.
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { csvText } from '../util/csv.ts';
import { escapeHtml } from '../util/escape.ts';

export type ListingValue = string | number | null;

export interface ListingColumn {
  /** CSV header and row key. */
  key: string;
  /** HTML header. */
  label: string;
  /** HTML: show the value as a link to the file named in this row's `linkKey` (relative to the folder). */
  linkKey?: string;
  numeric?: boolean;
  /** HTML: the text may wrap (free text such as a reason); other columns keep each value on one line. */
  wrap?: boolean;
  /** Leave the column out of the CSV (e.g. a label for people) or the HTML (e.g. a code for programs). */
  only?: 'csv' | 'html';
}

export interface Listing {
  title: string;
  /** `lang` of the HTML page. */
  lang: string;
  /** A line above the table, e.g. the sample-data notice; shown prominently. */
  notice?: string;
  /** Lines of text under the title. */
  intro?: string[];
  columns: ListingColumn[];
  rows: Record<string, ListingValue>[];
}

/** The CSV: a header of the column keys, then one line per row. */
export function listingCsv(listing: Listing): string {
  const columns = listing.columns.filter((c) => c.only !== 'html');
  return csvText([columns.map((c) => c.key), ...listing.rows.map((row) => columns.map((c) => row[c.key]))]);
}

export function listingHtml(listing: Listing): string {
  const columns = listing.columns.filter((c) => c.only !== 'csv');
  const cell = (row: Record<string, ListingValue>, c: ListingColumn): string => {
    const v = row[c.key];
    const text = v === null || v === undefined ? '' : escapeHtml(String(v));
    const href = c.linkKey !== undefined ? row[c.linkKey] : undefined;
    const body = typeof href === 'string' && href !== '' ? `<a href="${escapeHtml(encodeURI(href))}">${text}</a>` : text;
    const classes = [...(c.numeric ? ['num'] : []), ...(c.wrap ? ['wrap'] : [])];
    return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${body}</td>`;
  };
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(listing.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(listing.title)}</title>`,
    '<style>',
    'body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }',
    '.notice { background: #fde8e8; color: #900; font-weight: bold; padding: .5rem 1rem; display: inline-block; }',
    'table { border-collapse: collapse; font-size: .9rem; }',
    'th, td { padding: .25rem .6rem; border-bottom: 1px solid #ddd; text-align: left; white-space: nowrap; }',
    'td.wrap { white-space: normal; min-width: 16em; }',
    'th { position: sticky; top: 0; background: #fff; border-bottom: 2px solid #444; }',
    'td.num { text-align: right; font-variant-numeric: tabular-nums; }',
    '</style>',
    '</head>',
    '<body>',
    `<h1>${escapeHtml(listing.title)}</h1>`,
    ...(listing.notice !== undefined ? [`<p class="notice">${escapeHtml(listing.notice)}</p>`] : []),
    ...(listing.intro ?? []).map((line) => `<p>${escapeHtml(line)}</p>`),
    '<table>',
    `<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...listing.rows.map((row) => `<tr>${columns.map((c) => cell(row, c)).join('')}</tr>`),
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Writes `<dir>/<name>.html` and `<dir>/<name>.csv`; returns their paths. */
export function writeListing(dir: string, listing: Listing, name = 'index'): { html: string; csv: string } {
  const html = join(dir, `${name}.html`);
  const csv = join(dir, `${name}.csv`);
  writeFileAtomic(html, listingHtml(listing));
  writeFileAtomic(csv, listingCsv(listing));
  return { html, csv };
}
