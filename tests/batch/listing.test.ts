import { describe, expect, it } from 'vitest';
import { listingCsv, listingHtml, type Listing } from '../../pipeline/batch/index.ts';
import { launchBrowser } from '../../pipeline/print/launch.ts';

const listing: Listing = {
  title: 'Faktaark 2024',
  lang: 'nb',
  notice: 'Eksempeldata – ikke offisielle tall',
  columns: [
    { key: 'code', label: 'Nummer' },
    { key: 'name', label: 'Navn', linkKey: 'file' },
    { key: 'file', label: 'PDF' },
    { key: 'pages', label: 'Sider', numeric: true },
    { key: 'status', label: 'Status', only: 'csv' },
    { key: 'statusText', label: 'Status', only: 'html' },
  ],
  rows: [
    { code: '4601', name: 'Bergen', file: '4601-bergen.pdf', pages: 2, status: 'rendered', statusText: 'laget nå' },
    { code: '9999', name: 'Navn, med "sitat" <b>', file: '', pages: null, status: 'missing', statusText: 'mangler' },
  ],
};

describe('listing', () => {
  it('writes CSV for Norwegian Excel with a header: BOM, `;`, quoting fields with quotes, empty for missing', () => {
    expect(listingCsv(listing)).toBe('\ufeffcode;name;file;pages;status\r\n4601;Bergen;4601-bergen.pdf;2;rendered\r\n9999;"Navn, med ""sitat"" <b>";;;missing\r\n');
  });

  it('writes HTML with escaped text, links only where there is a file, and the notice', () => {
    const html = listingHtml(listing);
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<a href="4601-bergen.pdf">Bergen</a>');
    expect(html).toContain('<td>Navn, med &quot;sitat&quot; &lt;b&gt;</td>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Eksempeldata – ikke offisielle tall');
    expect(html).toContain('<td>laget nå</td>');
    expect(html).not.toContain('rendered');
  });

  it('keeps each value on one line in a narrow window, except in a column that may wrap', async () => {
    const long = 'no template for this unit, and a second clause that makes it long';
    const html = listingHtml({
      ...listing,
      columns: [...listing.columns, { key: 'reason', label: 'Merknad', wrap: true }],
      rows: listing.rows.map((r) => ({ ...r, file: '030104-st-hanshaugen.pdf', reason: long })),
    });
    const chrome = await launchBrowser();
    try {
      const page = await chrome.browser.newPage();
      await page.setViewport({ width: 500, height: 600 });
      await page.setContent(html);
      // Lines of text in each cell of the first row, by column.
      const lines = await page.$$eval('tbody tr:first-child td', (cells) =>
        cells.map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
        }),
      );
      expect(lines.slice(0, -1)).toEqual(lines.slice(0, -1).map(() => 1));
      expect(lines.at(-1)).toBeGreaterThan(1);
    } finally {
      await chrome.close();
    }
  });
});
