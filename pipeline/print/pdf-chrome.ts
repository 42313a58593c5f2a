// Chrome's PDF, edited without parsing all of it. Chrome (Skia) writes one classic cross-reference table, no
// object streams and no incremental updates. Of a fact sheet's ~650 objects (most are structure elements) the
// post-processing touches a handful: the catalog, Info, the page tree, the pages' content streams and the
// outline. `openChromePdf` parses only those, with pdf-lib's object parser at the offsets the table gives, into
// a pdf-lib PDFContext; `save()` writes the parsed objects (edited or not) and the new ones serialised, copies
// every other stream object byte for byte, puts the objects that are not streams (structure elements, pages,
// fonts' dictionaries, …) into compressed object streams, and ends with a cross-reference stream. On a fact
// sheet that is ~10× faster than pdf-lib's full load and save (which costs ~40 ms and was most of the batch's
// node time), and the file is about half the size of Chrome's (qpdf, where it runs, also recompresses the
// streams: the report).
//
// Any other shape (a cross-reference stream, /Prev, /XRefStm, encryption, object generations above 0, an
// offset that does not point at its object) gives undefined, and the caller loads the file with pdf-lib.
//
//   const pdf = openChromePdf(bytes);          // undefined → PDFDocument.load(bytes)
//   pdf.catalog.set(PDFName.of('Lang'), PDFString.of('nn'));
//   const out = pdf.save();
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

export interface ChromePdf {
  /** Holds the parsed objects; objects registered in it are written as new objects. */
  context: PDFContext;
  catalog: PDFDict;
  /** The document information dictionary (created when the file has none). */
  info: PDFDict;
  /** Page dictionaries in page order, their content streams parsed. */
  pages: PDFDict[];
  /** The whole file: parsed and new objects serialised, other streams copied, the rest in object streams (PDF 1.5). */
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
    const head = objectHead(bytes.subarray(at));
    if (!head || head.objectNumber !== ref.objectNumber) throw new Error(`object ${ref.objectNumber} is not at its offset`);
    const object = PDFObjectParser.forBytes(bytes.subarray(at + head.length), context).parseObject();
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

/** `N 0 obj` at the start of `bytes`: the object's number and the header's length. */
function objectHead(bytes: Uint8Array): { objectNumber: number; length: number } | undefined {
  const head = /^(\d+)\s+0\s+obj\b/.exec(latin1.decode(bytes.subarray(0, 32)));
  return head ? { objectNumber: Number(head[1]), length: head[0].length } : undefined;
}

/** An object's value alone (what an object stream holds). */
function valueBytes(object: PDFObject): Uint8Array {
  const out = new Uint8Array(object.sizeInBytes());
  return out.subarray(0, object.copyBytesInto(out, 0));
}

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
function endsWithAt(bytes: Uint8Array, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[end - word.length + i] !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * The value of a copied object `N 0 obj … endobj`, or undefined for a stream (which stays a top-level object)
 * or anything not of that shape (copied as it is).
 */
function plainValue(chunk: Uint8Array): Uint8Array | undefined {
  let end = chunk.length;
  while (end > 0 && isSpace(chunk[end - 1]!)) end--;
  if (!endsWithAt(chunk, end, 'endobj')) return undefined;
  end -= 'endobj'.length;
  while (end > 0 && isSpace(chunk[end - 1]!)) end--;
  if (endsWithAt(chunk, end, 'endstream')) return undefined;
  const head = objectHead(chunk);
  if (!head) return undefined;
  let start = head.length;
  while (start < end && isSpace(chunk[start]!)) start++;
  return start < end ? chunk.subarray(start, end) : undefined;
}

/** Objects an object stream holds at most: a viewer inflates a whole stream to read one of them. */
const OBJECTS_PER_STREAM = 200;

/**
 * The file again: stream objects (content, fonts, images, XMP) as top-level objects, copied byte for byte unless
 * parsed or new; every other object (structure elements, pages, annotations, …) in compressed object streams,
 * and a cross-reference stream. About half the size of Chrome's file, for ~1 ms of deflate.
 */
function write(bytes: Uint8Array, table: XrefTable, context: PDFContext, trailer: PDFDict): Uint8Array {
  const parsed = new Map<number, PDFObject>();
  const added: [number, PDFObject][] = [];
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (table.offsets.has(ref.objectNumber)) parsed.set(ref.objectNumber, object);
    else added.push([ref.objectNumber, object]);
  }
  const topLevel: [number, Uint8Array][] = [];
  const packed: [number, Uint8Array][] = [];
  const take = (objectNumber: number, object: PDFObject): void => {
    if (object instanceof PDFStream) topLevel.push([objectNumber, serialise(objectNumber, object)]);
    else packed.push([objectNumber, valueBytes(object)]);
  };
  const byOffset = [...table.offsets].sort((a, b) => a[1] - b[1]);
  byOffset.forEach(([objectNumber, offset], i) => {
    const object = parsed.get(objectNumber);
    if (object !== undefined) return take(objectNumber, object);
    const chunk = bytes.subarray(offset, byOffset[i + 1]?.[1] ?? table.at);
    const value = plainValue(chunk);
    if (value === undefined) topLevel.push([objectNumber, chunk]);
    else packed.push([objectNumber, value]);
  });
  for (const [objectNumber, object] of added.sort((a, b) => a[0] - b[0])) take(objectNumber, object);

  // Object streams need PDF 1.5; Chrome writes 1.4.
  const header = bytes.slice(0, byOffset[0]![1]);
  if (endsWithAt(header, 7, '%PDF-1.') && header[7]! < 0x35) header[7] = 0x35;
  const chunks: Uint8Array[] = [header];
  let pos = header.length;
  /** Object number → [type, field 2, field 3] of its cross-reference entry. */
  const entries = new Map<number, [number, number, number]>();
  const put = (objectNumber: number, chunk: Uint8Array): void => {
    entries.set(objectNumber, [1, pos, 0]);
    chunks.push(chunk);
    pos += chunk.length;
  };
  for (const [objectNumber, chunk] of topLevel) put(objectNumber, chunk);

  // Above every object of the table and every one registered since (openChromePdf set the start).
  let next = context.largestObjectNumber + 1;
  const newline = ascii.encode('\n');
  for (let first = 0; first < packed.length; first += OBJECTS_PER_STREAM) {
    const group = packed.slice(first, first + OBJECTS_PER_STREAM);
    const stream = next++;
    const index: string[] = [];
    const values: Uint8Array[] = [];
    let at = 0;
    group.forEach(([objectNumber, value], k) => {
      entries.set(objectNumber, [2, stream, k]);
      index.push(`${objectNumber} ${at}`);
      values.push(value, newline);
      at += value.length + 1;
    });
    const head = ascii.encode(`${index.join(' ')}\n`);
    const data = deflateSync(Buffer.concat([head, ...values]));
    put(stream, streamObject(stream, `<</Type /ObjStm /N ${group.length} /First ${head.length} /Filter /FlateDecode /Length ${data.length}>>`, data));
  }

  const xref = next++;
  const size = next;
  entries.set(xref, [1, pos, 0]);
  // Entries of 1 + 4 + 2 bytes (/W [1 4 2]): type, offset or object stream, generation or index.
  const rows = new DataView(new ArrayBuffer(size * 7));
  for (let n = 0; n < size; n++) {
    const [type, a, b] = entries.get(n) ?? [0, 0, 65535];
    rows.setUint8(n * 7, type);
    rows.setUint32(n * 7 + 1, a);
    rows.setUint16(n * 7 + 5, b);
  }
  const data = deflateSync(rows);
  // The trailer's entries (Root, Info, …) become the cross-reference stream's dictionary.
  trailer.set(PDFName.of('Size'), PDFNumber.of(size));
  trailer.set(PDFName.of('Type'), PDFName.of('XRef'));
  trailer.set(PDFName.of('W'), context.obj([1, 4, 2]));
  trailer.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  trailer.set(PDFName.of('Length'), PDFNumber.of(data.length));
  chunks.push(streamObject(xref, trailer.toString(), data), ascii.encode(`startxref\n${pos}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

/** `N 0 obj <<…>> stream … endstream endobj`. */
function streamObject(objectNumber: number, dict: string, data: Uint8Array): Uint8Array {
  return Buffer.concat([ascii.encode(`${objectNumber} 0 obj\n${dict}\nstream\n`), data, ascii.encode('\nendstream\nendobj\n')]);
}
