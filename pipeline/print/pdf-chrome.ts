// Chrome's PDF, edited without parsing all of it. Chrome (Skia) writes one classic cross-reference table, no
// object streams and no incremental updates. Of a fact sheet's ~650 objects (most are structure elements) the
// post-processing touches a handful: the catalog, Info, the page tree, the pages' content streams and the
// outline. `openChromePdf` parses only those, with pdf-lib's object parser at the offsets the table gives, into
// a pdf-lib PDFContext; `save()` copies every other object byte for byte, writes the parsed ones (edited or
// not) and the new ones serialised, and a new table. On a fact sheet that is ~10× faster than pdf-lib's full
// load and save (which costs ~40 ms and was most of the batch's node time); the file is ~20 % larger for
// lack of object streams (qpdf adds them where size matters: the report).
//
// Any other shape (a cross-reference stream, /Prev, /XRefStm, encryption, object generations above 0, an
// offset that does not point at its object) gives undefined, and the caller loads the file with pdf-lib.
//
//   const pdf = openChromePdf(bytes);          // undefined → PDFDocument.load(bytes)
//   pdf.catalog.set(PDFName.of('Lang'), PDFString.of('nn'));
//   const out = pdf.save();
import { PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRef, type PDFObject } from 'pdf-lib';

export interface ChromePdf {
  /** Holds the parsed objects; objects registered in it are written as new objects. */
  context: PDFContext;
  catalog: PDFDict;
  /** The document information dictionary (created when the file has none). */
  info: PDFDict;
  /** Page dictionaries in page order, their content streams parsed. */
  pages: PDFDict[];
  /** The whole file: untouched objects copied, parsed and new ones serialised, a new cross-reference table. */
  save(): Uint8Array;
}

const latin1 = new TextDecoder('latin1');
const ascii = new TextEncoder();

export function openChromePdf(bytes: Uint8Array): ChromePdf | undefined {
  try {
    return open(bytes);
  } catch {
    return undefined;
  }
}

function open(bytes: Uint8Array): ChromePdf | undefined {
  const tail = latin1.decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) return undefined;
  const xrefAt = Number(start[1]);
  const table = readXref(bytes, xrefAt);
  if (table === undefined) return undefined;

  const context = PDFContext.create();
  const trailer = PDFObjectParser.forBytes(bytes.subarray(table.trailerAt), context).parseObject();
  if (!(trailer instanceof PDFDict)) return undefined;
  for (const key of ['Prev', 'XRefStm', 'Encrypt']) if (trailer.has(PDFName.of(key))) return undefined;
  const root = trailer.get(PDFName.of('Root'));
  const size = trailer.get(PDFName.of('Size'));
  if (!(root instanceof PDFRef) || !(size instanceof PDFNumber)) return undefined;
  context.largestObjectNumber = Math.max(size.asNumber() - 1, ...table.offsets.keys());

  const load = (ref: PDFObject | undefined): PDFObject | undefined => {
    if (!(ref instanceof PDFRef)) return ref;
    const known = context.lookup(ref);
    if (known !== undefined) return known;
    const at = table.offsets.get(ref.objectNumber);
    if (at === undefined || ref.generationNumber !== 0) throw new Error(`object ${ref.objectNumber} is not in the table`);
    const head = /^(\d+)\s+0\s+obj\b/.exec(latin1.decode(bytes.subarray(at, at + 32)));
    if (!head || Number(head[1]) !== ref.objectNumber) throw new Error(`object ${ref.objectNumber} is not at its offset`);
    const object = PDFObjectParser.forBytes(bytes.subarray(at + head[0].length), context).parseObject();
    context.assign(ref, object);
    return object;
  };
  const loadDict = (ref: PDFObject | undefined): PDFDict | undefined => {
    const object = load(ref);
    return object instanceof PDFDict ? object : undefined;
  };

  const catalog = loadDict(root);
  if (catalog === undefined) return undefined;

  // The page tree, in order, with each page's content streams.
  const pages: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const walkPages = (node: PDFDict | undefined): void => {
    if (node === undefined || seen.has(node)) return;
    seen.add(node);
    const kids = load(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) {
      for (const kid of kids.asArray()) walkPages(loadDict(kid));
      return;
    }
    pages.push(node);
    const contents = load(node.get(PDFName.of('Contents')));
    if (contents instanceof PDFArray) for (const part of contents.asArray()) load(part);
  };
  walkPages(loadDict(catalog.get(PDFName.of('Pages'))));
  if (pages.length === 0) return undefined;

  // The outline items (their titles may be repaired).
  const walkOutline = (item: PDFDict | undefined): void => {
    while (item !== undefined && !seen.has(item)) {
      seen.add(item);
      walkOutline(loadDict(item.get(PDFName.of('First'))));
      item = loadDict(item.get(PDFName.of('Next')));
    }
  };
  const outlines = loadDict(catalog.get(PDFName.of('Outlines')));
  if (outlines !== undefined) walkOutline(loadDict(outlines.get(PDFName.of('First'))));
  // The catalog's own direct-or-indirect entries the edits change.
  load(catalog.get(PDFName.of('ViewerPreferences')));

  let info = loadDict(trailer.get(PDFName.of('Info')));
  if (info === undefined) {
    info = context.obj({});
    trailer.set(PDFName.of('Info'), context.register(info));
  }

  return {
    context,
    catalog,
    info,
    pages,
    save: () => write(bytes, table, context, trailer),
  };
}

interface XrefTable {
  /** Object number → byte offset, for objects in use. */
  offsets: Map<number, number>;
  /** Where the cross-reference table starts (the copied objects end there). */
  at: number;
  /** Where the trailer dictionary starts. */
  trailerAt: number;
}

function readXref(bytes: Uint8Array, at: number): XrefTable | undefined {
  const text = latin1.decode(bytes.subarray(at));
  if (!text.startsWith('xref')) return undefined;
  const offsets = new Map<number, number>();
  const section = /\s*(\d+)\s+(\d+)\s*?[\r\n]+/y;
  const entry = /(\d{10}) (\d{5}) ([nf])\s{1,2}/y;
  let pos = 4;
  for (;;) {
    section.lastIndex = pos;
    const s = section.exec(text);
    if (!s) break;
    pos = section.lastIndex;
    const first = Number(s[1]);
    const count = Number(s[2]);
    for (let i = 0; i < count; i++) {
      entry.lastIndex = pos;
      const e = entry.exec(text);
      if (!e) return undefined;
      pos = entry.lastIndex;
      if (e[3] === 'n') {
        if (e[2] !== '00000') return undefined;
        const offset = Number(e[1]);
        if (offset >= at) return undefined;
        offsets.set(first + i, offset);
      }
    }
  }
  const trailer = /\s*trailer\s*/y;
  trailer.lastIndex = pos;
  if (!trailer.exec(text) || offsets.size === 0) return undefined;
  return { offsets, at, trailerAt: at + trailer.lastIndex };
}

function serialise(objectNumber: number, object: PDFObject): Uint8Array {
  const head = ascii.encode(`${objectNumber} 0 obj\n`);
  const foot = ascii.encode('\nendobj\n');
  const out = new Uint8Array(head.length + object.sizeInBytes() + foot.length);
  out.set(head, 0);
  const written = object.copyBytesInto(out, head.length);
  out.set(foot, head.length + written);
  return out;
}

function write(bytes: Uint8Array, table: XrefTable, context: PDFContext, trailer: PDFDict): Uint8Array {
  const parsed = new Map<number, PDFObject>();
  const added: [number, PDFObject][] = [];
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (table.offsets.has(ref.objectNumber)) parsed.set(ref.objectNumber, object);
    else added.push([ref.objectNumber, object]);
  }
  const byOffset = [...table.offsets].sort((a, b) => a[1] - b[1]);
  const chunks: Uint8Array[] = [bytes.subarray(0, byOffset[0]![1])];
  let pos = byOffset[0]![1];
  const offsets = new Map<number, number>();
  const put = (objectNumber: number, chunk: Uint8Array): void => {
    offsets.set(objectNumber, pos);
    chunks.push(chunk);
    pos += chunk.length;
  };
  byOffset.forEach(([objectNumber, offset], i) => {
    const object = parsed.get(objectNumber);
    put(objectNumber, object !== undefined ? serialise(objectNumber, object) : bytes.subarray(offset, byOffset[i + 1]?.[1] ?? table.at));
  });
  for (const [objectNumber, object] of added.sort((a, b) => a[0] - b[0])) put(objectNumber, serialise(objectNumber, object));

  const size = Math.max(context.largestObjectNumber, ...offsets.keys()) + 1;
  const lines = ['xref', `0 ${size}`, '0000000000 65535 f '];
  for (let n = 1; n < size; n++) {
    const offset = offsets.get(n);
    lines.push(offset === undefined ? '0000000000 65535 f ' : `${String(offset).padStart(10, '0')} 00000 n `);
  }
  trailer.set(PDFName.of('Size'), PDFNumber.of(size));
  const end = ascii.encode(`${lines.join('\n')}\ntrailer\n${trailer.toString()}\nstartxref\n${pos}\n%%EOF\n`);
  chunks.push(end);
  const out = new Uint8Array(pos + end.length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
