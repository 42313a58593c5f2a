// The PDF/UA-1 checker (pipeline/print/pdfua.ts): each check fails on a PDF made to break it, and a small
// document printed by Chrome and finished like the report passes them all — but not with an HTML <figure>
// around its chart, which Chrome tags as a Figure without alternate text.
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFNumber, PDFString, StandardFonts, type PDFRef } from 'pdf-lib';
import { editPdf } from '../../pipeline/print/index.ts';
import { usePrinter } from './printer-fixture.ts';
import { checkPdfUa, scanContent, type PdfUaCheck } from '../../pipeline/print/pdfua.ts';

const checks = (failures: { check: PdfUaCheck }[]): PdfUaCheck[] => [...new Set(failures.map((f) => f.check))].sort();

describe('checkPdfUa on PDFs made to fail', () => {
  it('an untagged PDF with a standard font fails every document-level check', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const page = doc.addPage([595, 842]);
    page.drawText('Hei', { x: 50, y: 700, font: await doc.embedFont(StandardFonts.Helvetica) });
    page.drawRectangle({ x: 50, y: 600, width: 100, height: 20 });
    const link = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 600, 150, 620], A: { S: 'URI', URI: PDFString.of('https://www.helsedirektoratet.no') } }));
    page.node.set(PDFName.of('Annots'), doc.context.obj([link]));
    const result = await checkPdfUa(await doc.save());
    expect(checks(result.failures)).toEqual(['annotations', 'doc-title', 'fonts', 'lang', 'tabs', 'tagged', 'title', 'untagged']);
    expect(result.failures.find((f) => f.check === 'fonts')!.message).toContain('Helvetica');
    expect(result.failures.find((f) => f.check === 'untagged')!.page).toBe(1);
  });

  it('a tagged PDF with a bad structure tree fails on figures, headings and table headers, read through the RoleMap', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const page = doc.addPage([595, 842]);
    const ctx = doc.context;
    // All content tagged (MCID 0) or an artifact; no text, so no fonts.
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream('/P <</MCID 0>> BDC 0 0 10 10 re f EMC /Artifact BMC 0 0 m 5 5 l S EMC')));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(0));
    const el = (s: string, extra: Record<string, unknown> = {}, kids: PDFRef[] = []): PDFRef =>
      ctx.register(ctx.obj({ Type: 'StructElem', S: s, K: kids, ...extra }));
    const scope = ctx.obj({ O: 'Table', Scope: 'Column' });
    // A link tagged, but in a P element instead of a Link.
    const link = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], StructParent: 1 }));
    page.node.set(PDFName.of('Annots'), ctx.obj([link]));
    const objr = ctx.obj({ Type: 'OBJR', Obj: link });
    const tree = [
      el('H2'), // the first heading is not H1
      el('H1'),
      el('H3'), // skips H2
      el('Figure'), // no alternate text
      el('Figure', { Alt: PDFString.of('Et diagram') }),
      el('Chart'), // role-mapped to Figure, no alternate text
      el('Table', {}, [el('TR', {}, [el('TH'), el('TH', { A: scope }), el('TD')])]), // the first TH has no scope
      ctx.register(ctx.obj({ Type: 'StructElem', S: 'P', K: [objr] })),
    ];
    const root = ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: [el('Document', {}, tree)], RoleMap: { Chart: 'Figure' } }));
    doc.catalog.set(PDFName.of('StructTreeRoot'), root);
    doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
    doc.catalog.set(PDFName.of('Lang'), PDFString.of('nb'));
    doc.catalog.set(PDFName.of('ViewerPreferences'), ctx.obj({ DisplayDocTitle: true }));
    doc.setTitle('Prøve');
    const result = await checkPdfUa(await doc.save());
    expect(result.failures.map((f) => f.check)).toEqual(['headings', 'headings', 'figure-alt', 'figure-alt', 'th-scope', 'annotations']);
    expect(result.counts).toMatchObject({ figures: 3, headings: 3, th: 2, fonts: 0, markedContent: 1, annotations: 1 });
    expect(result.failures.at(-1)!.message).toBe('page 1: a Link annotation is in a P element, not a Link');
    expect(result.failures.filter((f) => f.check === 'headings').map((f) => f.message)).toEqual([
      'the first heading is H2, not H1',
      'H3 follows H1: a level is skipped',
    ]);
  });

  it('content scanning: untagged, nested, artifact, forms, inline images', () => {
    const scan = (s: string) => scanContent(new TextEncoder().encode(s));
    expect(scan('BT /F1 12 Tf (a) Tj ET').untagged).toEqual(['Tj at byte 17']);
    expect(scan('/Span <</MCID 3>> BDC BT (a\\) (b)) Tj ET EMC').untagged).toEqual([]);
    expect(scan('/Artifact BMC /Span BMC 0 0 m 1 1 l S EMC EMC').untagged).toEqual([]);
    // Marked content without an MCID is not tagged.
    expect(scan('/Span BMC 0 0 1 1 re f EMC').untagged).toEqual(['f at byte 21']);
    expect(scan('/P <</MCID 0>> BDC').error).toMatch(/not closed/);
    // An inline image: untagged at depth 0, its data skipped (bytes that look like operators are not read).
    expect(scan('BI /W 2 /H 1 /BPC 8 /CS /G ID Tj f EI').untagged).toEqual(['BI at byte 0']);
    expect(scan('/Artifact BMC BI /W 2 /H 1 ID Tj f EI EMC').untagged).toEqual([]);
    // A form drawn outside marked content counts by what is inside it.
    const tagged = new TextEncoder().encode('/Figure <</MCID 0>> BDC 0 0 1 1 re f EMC');
    const plain = new TextEncoder().encode('0 0 1 1 re f');
    const forms = (name: string) =>
      name === '/Tagged' ? { kind: 'form' as const, content: tagged, xobject: () => undefined } : name === '/Plain' ? { kind: 'form' as const, content: plain, xobject: () => undefined } : { kind: 'image' as const };
    expect(scanContent(new TextEncoder().encode('q /Tagged Do Q'), forms).untagged).toEqual([]);
    expect(scanContent(new TextEncoder().encode('q /Plain Do Q'), forms).untagged).toEqual(['f at byte 11 in form /Plain']);
    expect(scanContent(new TextEncoder().encode('q /Im0 Do Q'), forms).untagged).toEqual(['Do at byte 7']);
  });
});

describe('checkPdfUa on what Chrome prints', () => {
  const browser = usePrinter();

  const svg = '<svg role="img" aria-label="Søyler: 12 årsverk i 2023 og 14 i 2024" width="200" height="80"><rect width="80" height="60" fill="#0072b2"/></svg>';
  const doc = (figure: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Prøve</title>
    <style>body { font-family: 'Open Sans', sans-serif; }</style></head><body>
    <h1>Årsverk</h1><h2>Utvikling</h2><p>Tekst.</p>${figure}
    <table><thead><tr><th scope="col">År</th><th scope="col">Årsverk</th></tr></thead><tbody><tr><td>2024</td><td>14</td></tr></tbody></table>
    <h2>Kilder</h2><p>SSB.</p></body></html>`;
  const print = async (html: string) => {
    const { pdf, headings } = await browser.printer.print({ html, mode: 'native', native: { frame: { fontFamily: 'sans-serif', headerLeft: 'Prøve', footerLeft: 'Eksempeldata' } } });
    return checkPdfUa(await editPdf(pdf, { metadata: { title: 'Prøve', author: 'Test', subject: 'Test' }, headings }));
  };

  it('passes with the chart in a named group; fails on the Figure Chrome makes of an HTML <figure>', async () => {
    const group = await print(
      doc(`<div role="group" aria-labelledby="c"><p id="c">Figur 1 Årsverk</p>${svg}<p>Kilde: SSB</p></div>`),
    );
    expect(group.failures).toEqual([]);
    expect(group.counts.figures).toBe(1);
    expect(group.counts.headings).toBe(3);
    expect(group.counts.th).toBe(2);
    expect(group.counts.fonts).toBeGreaterThan(0);

    const figure = await print(doc(`<figure><figcaption>Figur 1 Årsverk</figcaption>${svg}<p>Kilde: SSB</p></figure>`));
    expect(checks(figure.failures)).toEqual(['figure-alt']);
    expect(figure.counts.figures).toBe(2);
  });

  it('fails on a skipped heading level in the HTML', async () => {
    const result = await print(doc('').replace('<h2>Utvikling</h2>', '<h3>Utvikling</h3>'));
    expect(checks(result.failures)).toEqual(['headings']);
    expect(result.failures[0]!.message).toBe('H3 follows H1: a level is skipped');
  });
});
