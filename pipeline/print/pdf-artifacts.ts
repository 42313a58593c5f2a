// Marks page content that Chrome leaves outside every marked-content sequence as /Artifact. Chrome tags the
// document's content (the structure tree points at it) but draws page headers and footers (margin boxes,
// header/footer templates) and some decoration (borders, backgrounds) untagged, so a screen reader or a
// PDF/UA checker sees content that is neither structure nor artifact. This wraps each such text object
// (BT … ET) and each painted path at marked-content depth 0 in `/Artifact BMC … EMC`; tagged content and
// form XObjects (which may hold tagged content of their own) are left as they are. A page whose content this
// lexer does not expect (inline images, tagged content inside an untagged text object) is left unchanged.
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFContext, type PDFDict } from 'pdf-lib';

const PATH_BUILD = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const OPEN = '/Artifact BMC\n';
const CLOSE = '\nEMC\n';
const NEWLINE = Buffer.from('\n');

/**
 * Wraps each page's untagged content (`pages`: page dictionaries of `context`). A page's new content stream
 * takes the place of its old one (the same object when Contents is one reference, so nothing is left behind).
 * Returns the number of sequences wrapped, over all pages.
 */
export function markUntaggedAsArtifacts(context: PDFContext, pages: readonly PDFDict[]): number {
  let total = 0;
  for (const page of pages) {
    const content = readContent(context, page);
    if (content === undefined) continue;
    const result = wrapUntaggedBytes(content);
    if (result === undefined || result.count === 0) continue;
    // Level 3: half the time of zlib's default 6 for ~10 % more bytes (qpdf recompresses where size counts).
    const stream = context.stream(deflateSync(result.content, { level: 3 }), { Filter: 'FlateDecode' });
    const old = page.get(PDFName.of('Contents'));
    if (old instanceof PDFRef) context.assign(old, stream);
    else page.set(PDFName.of('Contents'), context.register(stream));
    total += result.count;
  }
  return total;
}

function readContent(context: PDFContext, page: PDFDict): Buffer | undefined {
  const contents = page.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : contents === undefined ? [] : [contents];
  const parts: Buffer[] = [];
  for (const ref of refs) {
    const stream = ref instanceof PDFRef ? context.lookup(ref) : ref;
    if (!(stream instanceof PDFRawStream)) return undefined;
    // zlib for the usual single FlateDecode filter (much faster than pdf-lib's own decoder).
    const filter = stream.dict.get(PDFName.of('Filter'));
    const bytes =
      filter === PDFName.of('FlateDecode') && stream.dict.get(PDFName.of('DecodeParms')) === undefined
        ? inflateSync(stream.contents)
        : decodePDFRawStream(stream).decode();
    parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts.flatMap((p, k) => (k === 0 ? [p] : [NEWLINE, p])));
}

/** Character classes by byte: 1 white space, 2 delimiter, 0 regular. */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

const OPEN_BYTES = Buffer.from(OPEN, 'latin1');
const CLOSE_BYTES = Buffer.from(CLOSE, 'latin1');
const MCID = Buffer.from('/MCID', 'latin1');

/** Operators the lexer acts on, by their bytes read as one number (≤ 3 bytes). */
const enum Op {
  Other,
  Build,
  Paint,
  EndPath,
  Shading,
  BeginText,
  EndText,
  BeginMarked,
  EndMarked,
  InlineImage,
}
const OPS = new Map<number, Op>();
const code = (word: string): number => [...word].reduce((n, ch) => n * 256 + ch.charCodeAt(0), 0);
for (const w of PATH_BUILD) OPS.set(code(w), Op.Build);
for (const w of PATH_PAINT) OPS.set(code(w), Op.Paint);
OPS.set(code('n'), Op.EndPath);
OPS.set(code('sh'), Op.Shading);
OPS.set(code('BT'), Op.BeginText);
OPS.set(code('ET'), Op.EndText);
OPS.set(code('BDC'), Op.BeginMarked);
OPS.set(code('BMC'), Op.BeginMarked);
OPS.set(code('EMC'), Op.EndMarked);
OPS.set(code('BI'), Op.InlineImage);

/** The keywords that are operands, not operators. */
const isOperandKeyword = (src: Uint8Array, start: number, end: number): boolean => {
  const w = latin1Of(src, start, end);
  return w === 'true' || w === 'false' || w === 'null';
};
const latin1Of = (src: Uint8Array, start: number, end: number): string => String.fromCharCode(...src.subarray(start, end));

/**
 * Wraps untagged text objects and painted paths of a content stream (as a Latin-1 string) in
 * /Artifact BMC … EMC. Returns undefined when the stream holds something this lexer does not handle.
 */
export function wrapUntagged(src: string): { content: string; count: number } | undefined {
  const result = wrapUntaggedBytes(Buffer.from(src, 'latin1'));
  return result && { content: result.content.toString('latin1'), count: result.count };
}

/** wrapUntagged on the stream's bytes (no string copies: a fact sheet's pages hold ~250 KB of content). */
export function wrapUntaggedBytes(src: Buffer): { content: Buffer; count: number } | undefined {
  const inserts = findInserts(src);
  if (inserts === undefined) return undefined;
  const parts: Buffer[] = [];
  let last = 0;
  for (let k = 0; k < inserts.length; k++) {
    const at = inserts[k]!;
    parts.push(src.subarray(last, at), k % 2 === 0 ? OPEN_BYTES : CLOSE_BYTES);
    last = at;
  }
  parts.push(src.subarray(last));
  return { content: Buffer.concat(parts), count: inserts.length / 2 };
}

/** Positions where to insert OPEN and CLOSE, alternating; undefined when the stream is not understood. */
function findInserts(src: Buffer): number[] | undefined {
  const inserts: number[] = [];
  let depth = 0; // marked-content nesting
  let operandStart = -1; // where the current operator's operands begin
  let textStart = -1; // an untagged BT's position, while inside it
  let pathStart = -1; // the first path-building operator's operands, at depth 0
  let i = 0;
  const n = src.length;

  while (i < n) {
    const ch = src[i]!;
    const cls = CLASS[ch]!;
    if (cls === 1) {
      i++;
      continue;
    }
    if (ch === 0x25 /* % */) {
      while (i < n && src[i] !== 0x0a && src[i] !== 0x0d) i++;
      continue;
    }
    const start = i;
    if (operandStart < 0) operandStart = start;
    if (cls === 2) {
      if (ch === 0x28 /* ( */) {
        let nest = 0;
        for (; i < n; i++) {
          const d = src[i];
          if (d === 0x5c /* \ */) i++;
          else if (d === 0x28) nest++;
          else if (d === 0x29 && --nest === 0) break;
        }
        i++;
      } else if (ch === 0x3c /* < */) {
        if (src[i + 1] === 0x3c) i += 2;
        else {
          i = src.indexOf(0x3e, i) + 1;
          if (i === 0) return undefined;
        }
      } else if (ch === 0x3e /* > */) {
        if (src[i + 1] !== 0x3e) return undefined; // a stray '>'
        i += 2;
      } else if (ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d /* [ ] { } */) {
        i++;
      } else if (ch === 0x2f /* / */) {
        i++;
        while (i < n && CLASS[src[i]!] === 0) i++;
      } else {
        return undefined; // a stray ')'
      }
      continue;
    }
    // A number, a keyword or an operator.
    while (i < n && CLASS[src[i]!] === 0) i++;
    // Numbers start with a digit, sign or point; operators never do.
    if ((ch >= 0x30 && ch <= 0x39) || ch === 0x2b || ch === 0x2d || ch === 0x2e) continue;
    const len = i - start;
    let op = Op.Other;
    if (len <= 3) {
      let key = 0;
      for (let k = start; k < i; k++) key = key * 256 + src[k]!;
      op = OPS.get(key) ?? Op.Other;
    } else if ((len === 4 || len === 5) && isOperandKeyword(src, start, i)) {
      continue;
    }

    // An operator; `operandStart` is where its operands began.
    const opStart = operandStart;
    operandStart = -1;
    switch (op) {
      case Op.InlineImage:
        return undefined; // inline image: binary data this lexer does not skip
      case Op.BeginMarked: {
        // Inside an untagged text object only untagged marked content (e.g. a Span with ActualText for a
        // ligature) may nest in the artifact; tagged content there is left alone.
        if (textStart >= 0 && src.subarray(opStart, start).includes(MCID)) return undefined;
        depth++;
        break;
      }
      case Op.EndMarked:
        depth--;
        break;
      case Op.BeginText:
        if (depth === 0) textStart = opStart;
        break;
      case Op.EndText:
        if (textStart >= 0) {
          inserts.push(textStart, i);
          textStart = -1;
        }
        break;
      default:
        if (depth === 0 && textStart < 0) {
          if (op === Op.Build) {
            if (pathStart < 0) pathStart = opStart;
          } else if (op === Op.Paint && pathStart >= 0) {
            inserts.push(pathStart, i);
            pathStart = -1;
          } else if (op === Op.EndPath || op === Op.Shading) {
            if (op === Op.Shading) inserts.push(opStart, i);
            pathStart = -1;
          }
        } else if (op === Op.Paint || op === Op.EndPath) {
          pathStart = -1;
        }
    }
  }
  if (depth !== 0 || textStart >= 0) return undefined;
  return inserts;
}
