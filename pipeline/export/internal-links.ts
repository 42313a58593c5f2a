// exceljs writes a link to a cell in the same workbook with both `location` and an `r:id` pointing to an
// "External" relationship whose target is the cell reference, which Excel may try to open as a file. This
// rewrites the zip so such links carry only `location` (as Excel itself writes them) and drops those
// relationships. Entries keep their order and content otherwise.
import JSZip from 'jszip';

const HYPERLINK = /<hyperlink\b[^>]*\/>/g;
const RID = /\sr:id="([^"]+)"/;

export async function cleanInternalHyperlinks(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  for (const name of sheets) {
    const xml = await zip.file(name)!.async('string');
    const dropped = new Set<string>();
    const fixed = xml.replace(HYPERLINK, (el) => {
      const rid = RID.exec(el);
      if (!rid || !/\slocation="/.test(el)) return el;
      dropped.add(rid[1]!);
      return el.replace(RID, '');
    });
    if (dropped.size === 0) continue;
    zip.file(name, fixed);
    const relsName = name.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels';
    const rels = zip.file(relsName);
    if (rels) {
      const text = await rels.async('string');
      zip.file(
        relsName,
        text.replace(/<Relationship\b[^>]*\/>/g, (el) => {
          const id = /\sId="([^"]+)"/.exec(el)?.[1];
          return id !== undefined && dropped.has(id) ? '' : el;
        }),
      );
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
