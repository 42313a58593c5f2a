// Repairs the outline (bookmark) titles Chrome writes from headings: where a heading wraps onto two lines,
// Chrome drops the space at the break ("helse- ogrusarbeid"). A title that equals a heading of the
// document except for whitespace gets the heading's text back.
import { PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** Normalised heading text as the outline should show it. */
export function headingText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Repairs the outline under `catalog`; returns how many titles were repaired. */
export function repairOutlineTitles(catalog: PDFDict, headings: readonly string[]): number {
  const byCompact = new Map<string, string>();
  for (const h of headings) byCompact.set(h.replace(/\s+/g, ''), headingText(h));
  const outlines = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) return 0;
  let repaired = 0;
  const seen = new Set<PDFDict>();
  const visit = (item: PDFDict | undefined): void => {
    while (item !== undefined && !seen.has(item)) {
      seen.add(item);
      const raw = item.lookup(PDFName.of('Title'));
      if (raw instanceof PDFString || raw instanceof PDFHexString) {
        const title = raw.decodeText();
        const wanted = byCompact.get(title.replace(/\s+/g, ''));
        if (wanted !== undefined && wanted !== title) {
          item.set(PDFName.of('Title'), PDFHexString.fromText(wanted));
          repaired++;
        }
      }
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
  };
  visit(outlines.lookupMaybe(PDFName.of('First'), PDFDict));
  return repaired;
}
