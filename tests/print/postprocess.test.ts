// Metadata, qpdf and the atomic write keep what makes the PDF accessible: structure tree, MarkInfo, Lang,
// outline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipeline/context.ts';
import { PrintError } from '../../pipeline/print/errors.ts';
import { inspectPdf } from '../../pipeline/print/inspect.ts';
import { launchBrowser, type LaunchedBrowser } from '../../pipeline/print/launch.ts';
import { openChromePdf } from '../../pipeline/print/pdf-chrome.ts';
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
    expect(pdf.metadata.xmp).toContain('Faktaark for Bø «Vesterålen» &amp; Øksnes');
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

  it("edits Chrome's own file without reparsing it: same result as pdf-lib's full load, a valid file, nothing left behind", async () => {
    expect(openChromePdf(raw)).toBeDefined();
    // qpdf's object streams make a shape the fast path does not read: that one goes through pdf-lib whole.
    const compact = shrinkPdf(raw);
    expect(openChromePdf(compact)).toBeUndefined();
    const fast = await editPdf(raw, { metadata: META, headings });
    const full = await editPdf(compact, { metadata: META, headings });
    const [a, b] = [await inspectPdf(fast), await inspectPdf(full)];
    expect(a.metadata).toEqual(b.metadata);
    expect(a.outline).toEqual(b.outline);
    expect(a.tagged).toBe(true);
    expect(a.pages).toEqual(b.pages);
    expect(a.pages.flatMap((p) => p.lines).some((l) => l.marking === 'artifact')).toBe(true);
    expect((await catalogKeys(fast)).sort()).toEqual((await catalogKeys(full)).sort());
    expect(qpdfCheck(fast)).toEqual({ status: 0, warnings: '' });
    // The edited content streams took their old objects' places: one new object (the XMP packet).
    expect(await objectCount(fast)).toBe((await objectCount(raw)) + 1);
  });

  it('writes the objects that are not streams into compressed object streams (a fact sheet: about half the size of Chrome\'s file)', async () => {
    const fast = await editPdf(raw, { metadata: META, headings });
    const text = Buffer.from(fast).toString('latin1');
    expect(text.startsWith('%PDF-1.5')).toBe(true);
    expect(text).toMatch(/\/Type \/ObjStm/);
    expect(text).toMatch(/\/Type \/XRef/);
    expect(text).not.toMatch(/\nxref\n/); // no classic table left
    // Structure elements are not streams: none is left at the top level.
    expect(text).not.toMatch(/\/Type\s*\/StructElem/);
    // Smaller than Chrome's file though it adds an XMP packet (this small document is mostly its fonts).
    expect(fast.length).toBeLessThan(raw.length);
    expect(qpdfCheck(fast)).toEqual({ status: 0, warnings: '' });
    const [a, b] = [await inspectPdf(fast), await inspectPdf(raw)];
    expect(a.pages.map((p) => p.text)).toEqual(b.pages.map((p) => p.text));
    expect(a.pages.map((p) => p.structure)).toEqual(b.pages.map((p) => p.structure));
    expect(a.outline.length).toBe(b.outline.length);
  });

  it('reads only a plain cross-reference table; anything else goes to pdf-lib, which gives the same result', async () => {
    const plain = minimalPdf();
    expect(openChromePdf(plain)).toBeDefined();
    const edited = await editPdf(plain, { metadata: META });
    expect(qpdfCheck(edited)).toEqual({ status: 0, warnings: '' });
    expect((await inspectPdf(edited)).metadata).toMatchObject({ title: META.title, author: META.author, lang: 'nb' });
    // An incremental update, an offset off its object, a damaged table: not Chrome's shape.
    const text = Buffer.from(plain).toString('latin1');
    const updated = text.replace('/Root 1 0 R', '/Root 1 0 R /Prev 9');
    const shifted = text.replace(/(xref\n0 \d+\n[^\n]*\n)(\d{10})/, (_m, head: string, off: string) => head + String(Number(off) + 1).padStart(10, '0'));
    const damaged = text.replace(/ 00000 n /, ' 00000 x ');
    for (const variant of [updated, shifted, damaged]) {
      expect(variant).not.toBe(text);
      expect(openChromePdf(new Uint8Array(Buffer.from(variant, 'latin1')))).toBeUndefined();
    }
    const viaPdfLib = await editPdf(new Uint8Array(Buffer.from(shifted, 'latin1')), { metadata: META });
    expect((await inspectPdf(viaPdfLib)).metadata.title).toBe(META.title);
  });
});

function qpdfCheck(pdf: Uint8Array): { status: number | null; warnings: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'print-check-')), 'check.pdf');
  writeFileSync(file, pdf);
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: run.status, warnings: run.stderr.trim() };
}

/** Indirect objects as pdf-lib reads them (object streams and the cross-reference stream themselves not counted). */
async function objectCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).context.enumerateIndirectObjects().length;
}

/** A one-page PDF with a classic cross-reference table, as Chrome writes them. */
function minimalPdf(): Uint8Array {
  const content = 'BT /F1 12 Tf 72 720 Td (Hei) Tj ET';
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>>>>>>',
    `<</Length ${content.length}>>\nstream\n${content}\nendstream`,
    '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
