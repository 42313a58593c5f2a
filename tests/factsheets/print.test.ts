// A handful of sheets printed with the real print engine ('native' mode, the sheet's own page frame): 2–4
// A4 pages, the sample-data marking on every page, the running head, page numbers and the key numbers in
// the PDF's text.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import {
  factsheetDependencies,
  factsheetHtml,
  factsheetModel,
  factsheetPdfMetadata,
  factsheetUnit,
  factsheetUnits,
  type Lang,
} from '../../pipeline/factsheets/index.ts';
import { renderSheet } from '../../pipeline/factsheets/render.ts';
import { BAR_SPAN } from '../../pipeline/factsheets/view/profile.ts';
import { usePrinter } from '../print/printer-fixture.ts';
import { inspectPdf } from '../../pipeline/print/inspect.ts';
import { checkPdfUa } from '../../pipeline/print/pdfua.ts';
import { contentData } from './content-data.ts';

let data: BuildData;
const browser = usePrinter();
beforeAll(async () => {
  data = await contentData();
});

const nf = (x: number) => x.toFixed(1).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
/** pdf.js gives no-break spaces as plain spaces; compare on plain spaces. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('printed fact sheets', () => {
  const cases = (): { code: string; lang?: Lang }[] => [
    { code: '1101' }, // bokmål kommune
    { code: factsheetUnits(data).find((u) => u.lang === 'nn' && u.kind === 'kommune')!.code }, // nynorsk kommune
    { code: '4601', lang: 'nn' }, // Bergen in nynorsk
    { code: '030101' }, // bydel
    { code: '0301' }, // Oslo as a whole
    { code: '46' }, // fylke
    { code: '00' }, // the country
  ];

  it('print to 2–4 pages with the marking, head and key numbers on them', async () => {
    for (const { code, lang } of cases()) {
      const m = factsheetModel(data, code);
      const l = lang ?? m.unit.lang;
      const { pdf } = await browser.printer.print({ html: factsheetHtml(m, { lang: l, synthetic: true }), mode: 'native' });
      const doc = await inspectPdf(pdf);
      expect(doc.pageCount, code).toBeGreaterThanOrEqual(2);
      expect(doc.pageCount, code).toBeLessThanOrEqual(4);
      expect(doc.metadata.lang).toBe(l);
      const marking = l === 'nb' ? 'Eksempeldata – ikke offisielle tall' : 'Eksempeldata – ikkje offisielle tal';
      const name = m.unit.kind === 'land' ? (l === 'nb' ? 'Hele landet' : 'Heile landet') : m.unit.name;
      doc.pages.forEach((p, i) => {
        expect(p.text, `${code} page ${i + 1}`).toContain(marking);
        expect(p.text).toContain(`${name} · Faktaark ${data.reportYear}`);
        expect(plain(p.text)).toContain(`side ${i + 1} av ${doc.pageCount}`);
      });
      const all = plain(doc.pages.map((p) => p.text).join('\n'));
      for (const g of m.keyFigures.groups) {
        expect(all, `${code} årsverk ${g.group}`).toContain(plain(nf(g.arsverk)));
        expect(all, `${code} rate ${g.group}`).toContain(plain(nf(g.per10000!)));
      }
      expect(doc.tagged).toBe(true);
    }
  });

  it('pass the machine-checkable PDF/UA-1 conditions as the batch writes them, in bokmål and nynorsk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'is248-pdfua-'));
    const content = { factsheetUnits, factsheetModel, factsheetDependencies, factsheetHtml, factsheetPdfMetadata };
    const langs = new Set<Lang>();
    for (const { code, lang } of cases()) {
      const unit = factsheetUnit(data, code);
      const l = lang ?? unit.lang;
      langs.add(l);
      const out = await renderSheet(
        { data, content, unit, lang: l, dir, now: new Date('2025-03-12T10:00:00Z'), author: 'SINTEF', timeoutMs: 60_000 },
        browser.printer,
        new AbortController().signal,
      );
      const result = await checkPdfUa(new Uint8Array(readFileSync(join(dir, out.files.find((f) => f.endsWith('.pdf'))!))));
      expect(result.failures, `${code} (${l})`).toEqual([]);
      // Every chart is a Figure with its alt text; the sheet has headings and table headers.
      expect(result.counts.figures, code).toBeGreaterThanOrEqual(2);
      expect(result.counts.headings, code).toBeGreaterThan(3);
      expect(result.counts.th, code).toBeGreaterThan(10);
    }
    expect([...langs].sort()).toEqual(['nb', 'nn']);
  });

  it('prints no marking for real data', async () => {
    const m = factsheetModel(data, '1101');
    const { pdf } = await browser.printer.print({ html: factsheetHtml(m, { synthetic: false }), mode: 'native' });
    const doc = await inspectPdf(pdf);
    expect(doc.pages.map((p) => p.text).join('\n')).not.toContain('Eksempeldata');
  });

  it('draws each profile bar in proportion to the share written after it, the largest across BAR_SPAN % of the column', async () => {
    const page = await browser.chrome.browser.newPage();
    try {
      for (const code of ['4601', '030101']) {
        await page.setContent(factsheetHtml(factsheetModel(data, code), { synthetic: true }));
        const tables = await page.evaluate(() =>
          Array.from(document.querySelectorAll('table.profile')).map((t) =>
            Array.from(t.querySelectorAll('.bar-line')).map((b) => ({
              text: b.textContent ?? '',
              bar: parseFloat(getComputedStyle(b, '::before').width),
              column: (b.parentElement as HTMLElement).clientWidth,
            })),
          ),
        );
        expect(tables.length, code).toBeGreaterThanOrEqual(2);
        for (const bars of tables) {
          // Shares as written (e.g. "21 %", "0,4 %"); the bars are sized from unrounded shares, so compare within rounding.
          const shares = bars.map((b) => Number(b.text.replace(/\s|%/g, '').replace(',', '.')));
          const max = Math.max(...shares);
          for (const [i, b] of bars.entries()) {
            const expected = (shares[i]! / max) * (BAR_SPAN / 100) * b.column;
            const rounding = (1 / max) * (BAR_SPAN / 100) * b.column + 1;
            expect(Math.abs(b.bar - Math.max(expected, 0.4)), `${code} ${b.text}`).toBeLessThanOrEqual(rounding);
          }
          const widest = bars[shares.indexOf(max)]!;
          expect(widest.bar / widest.column).toBeCloseTo(BAR_SPAN / 100, 1);
        }
      }
    } finally {
      await page.close();
    }
  });
});
