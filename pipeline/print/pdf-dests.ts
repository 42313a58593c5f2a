// Reads a PDF's named destinations as `name → 1-based page number`, with pdf-lib. Chrome writes a named
// destination for every element id that an internal link (`<a href="#id">`) points to, on the page where
// that element begins: this is how the paged mode learns where headings, figures and tables landed.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

export async function namedDestinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageOf.set(p.ref.toString(), i + 1));
  const out = new Map<string, number>();

  const add = (name: string, value: PDFObject | undefined): void => {
    let dest = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (dest instanceof PDFDict) dest = dest.get(PDFName.of('D')); // { D: [page …] }
    if (dest instanceof PDFRef) dest = doc.context.lookup(dest);
    if (!(dest instanceof PDFArray)) return;
    const page = dest.get(0);
    if (page instanceof PDFRef) {
      const n = pageOf.get(page.toString());
      if (n !== undefined) out.set(name, n);
    }
  };

  // PDF 1.1 style: a dictionary in the catalog (what Chrome writes).
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (dests) for (const [key, value] of dests.entries()) add(key.decodeText(), value);

  // PDF 1.2 style: a name tree under /Names /Dests.
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const walk = (node: PDFDict): void => {
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (pairs) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        const key = pairs.lookup(i);
        if (key instanceof PDFString || key instanceof PDFHexString) add(key.decodeText(), pairs.get(i + 1));
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (kids) for (let i = 0; i < kids.size(); i++) walk(kids.lookup(i, PDFDict));
  };
  if (tree) walk(tree);
  return out;
}
