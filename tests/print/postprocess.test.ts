// Metadata, qpdf and the atomic write keep what makes the PDF accessible: structure tree, MarkInfo, Lang,
// outline.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipeline/context.ts';
import { PrintError } from '../../pipeline/print/errors.ts';
import { inspectPdf } from '../../pipeline/print/inspect.ts';
import { launchBrowser, type LaunchedBrowser } from '../../pipeline/print/launch.ts';
import { editPdf, finishPdf, shrinkPdf, writePdf } from '../../pipeline/print/postprocess.ts';
import { printPdf } from '../../pipeline/print/print.ts';
import { NOTICE, sheetHtml } from './fixtures/docs.ts';

const META = {
  title: 'Faktaark for Bø «Vesterålen» & Øksnes',
  author: 'Helsedirektoratet (eksempel)',
  subject: 'Årsverk i psykisk helse- og rusarbeid',
  keywords: ['IS-24/8', 'faktaark'],
  date: new Date('2025-03-01T12:00:00Z'),
};

let chrome: LaunchedBrowser;
let raw: Uint8Array;
let headings: string[];

beforeAll(async () => {
  chrome = await launchBrowser();
  const printed = await printPdf(chrome.browser, {
    html: sheetHtml().replace('<h1>Lillestrøm (3205)</h1>', '<h1 style="width: 40mm">Lillestrøm kommune med et langt navn (3205)</h1>'),
    mode: 'native',
    native: { frame: { fontFamily: 'sans-serif', footerLeft: NOTICE } },
  });
  raw = printed.pdf;
  headings = printed.headings;
});

afterAll(async () => {
  await chrome?.close();
});

async function catalogKeys(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.catalog.keys().map((k) => k.decodeText());
}

describe('postprocess', () => {
  it('Chrome already writes Title and Lang but no Author, Subject or Keywords', async () => {
    const before = await inspectPdf(raw);
    expect(before.metadata.lang).toBe('nb');
    expect(before.metadata.title).toBe('Faktaark Lillestrøm');
    expect(before.metadata.author).toBeUndefined();
    expect(before.metadata.subject).toBeUndefined();
    expect(before.outline[0]!.title).not.toBe('Lillestrøm kommune med et langt navn (3205)'); // the dropped space
  });

  it('sets the metadata, repairs outline titles, and keeps tags, Lang and outline through qpdf', async () => {
    const log = memoryLogger();
    const out = await finishPdf(raw, { metadata: META, headings, log });
    const pdf = await inspectPdf(out);
    expect(pdf.metadata).toMatchObject({ title: META.title, author: META.author, subject: META.subject, lang: 'nb', creator: 'is248-rapport' });
    expect(pdf.metadata.keywords).toContain('faktaark');
    expect(pdf.metadata.xmp).toContain('<dc:language><rdf:Bag><rdf:li>nb</rdf:li></rdf:Bag></dc:language>');
    expect(pdf.metadata.xmp).toContain('Faktaark for Bø «Vesterålen» &#38; Øksnes');
    expect(pdf.metadata.xmp).toContain('<xmp:CreateDate>2025-03-01T12:00:00.000Z</xmp:CreateDate>');
    expect(pdf.tagged).toBe(true);
    expect(pdf.outline[0]!.title).toBe('Lillestrøm kommune med et langt navn (3205)');
    const before = await inspectPdf(raw);
    expect(pdf.pages.map((p) => p.text)).toEqual(before.pages.map((p) => p.text));
    expect(pdf.pages.map((p) => p.structure)).toEqual(before.pages.map((p) => p.structure));
    // Chrome's header/footer template text was untagged; now it is an artifact, and the body is still tagged.
    for (const [k, page] of pdf.pages.entries()) {
      expect(before.pages[k]!.lines.at(-1)!.marking).toBe('none');
      expect(page.lines.at(-1)!.marking).toBe('artifact');
      expect(page.lines.filter((l) => l.marking === 'tagged').map((l) => l.text)).toEqual(
        before.pages[k]!.lines.filter((l) => l.marking === 'tagged').map((l) => l.text),
      );
    }
    const keys = await catalogKeys(out);
    expect(keys).toEqual(expect.arrayContaining(['StructTreeRoot', 'MarkInfo', 'Lang', 'Outlines', 'Metadata', 'ViewerPreferences']));
    const doc = await PDFDocument.load(out, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(log.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('qpdf makes the file smaller; its output is deterministic', async () => {
    const withMeta = await editPdf(raw, { metadata: META });
    const small = shrinkPdf(withMeta);
    expect(small.length).toBeLessThan(withMeta.length);
    expect(Buffer.from(shrinkPdf(withMeta)).equals(Buffer.from(small))).toBe(true);
    expect((await inspectPdf(small)).tagged).toBe(true);
  });

  it('without qpdf: warns and keeps the PDF as it is', () => {
    const log = memoryLogger();
    const out = shrinkPdf(raw, log, 'qpdf-not-installed-here');
    expect(out).toBe(raw);
    expect(log.lines).toEqual([{ level: 'warn', message: expect.stringContaining('qpdf is not installed') }]);
  });

  it('qpdf failing on a broken file is an error with a code', () => {
    let error: unknown;
    try {
      shrinkPdf(new TextEncoder().encode('%PDF-1.4 not really'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PrintError);
    expect((error as PrintError).code).toBe('print.qpdf-failed');
  });

  it('writes atomically: the file appears whole and no temporary file stays behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'print-write-'));
    const file = join(dir, 'sub', 'ark.pdf');
    const written = await writePdf(file, raw, { metadata: META, headings });
    expect(readdirSync(join(dir, 'sub'))).toEqual(['ark.pdf']);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(written))).toBe(true);
    expect((await inspectPdf(written)).metadata.title).toBe(META.title);
  });
});
