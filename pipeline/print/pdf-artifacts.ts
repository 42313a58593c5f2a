// Marks page content that Chrome leaves outside every marked-content sequence as /Artifact. Chrome tags the
// document's content (the structure tree points at it) but draws page headers and footers (margin boxes,
// header/footer templates) and some decoration (borders, backgrounds) untagged, so a screen reader or a
// PDF/UA checker sees content that is neither structure nor artifact. This wraps each such text object
// (BT … ET) and each painted path at marked-content depth 0 in `/Artifact BMC … EMC`; tagged content and
// form XObjects (which may hold tagged content of their own) are left as they are. A page whose content this
// lexer does not expect (inline images, tagged content inside an untagged text object) is left unchanged.
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';

const PATH_BUILD = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const OPEN = '/Artifact BMC\n';
const CLOSE = '\nEMC\n';

/** Returns the number of sequences wrapped, over all pages. */
export function markUntaggedAsArtifacts(doc: PDFDocument): number {
  let total = 0;
  for (const page of doc.getPages()) {
    const content = readContent(doc, page);
    if (content === undefined) continue;
    const result = wrapUntagged(content);
    if (result === undefined || result.count === 0) continue;
    const stream = doc.context.stream(deflateSync(Buffer.from(result.content, 'latin1')), { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
    total += result.count;
  }
  return total;
}

function readContent(doc: PDFDocument, page: PDFPage): string | undefined {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : contents === undefined ? [] : [contents];
  const parts: string[] = [];
  for (const ref of refs) {
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
    if (!(stream instanceof PDFRawStream)) return undefined;
    // zlib for the usual single FlateDecode filter (much faster than pdf-lib's own decoder).
    const filter = stream.dict.get(PDFName.of('Filter'));
    const bytes =
      filter === PDFName.of('FlateDecode') && stream.dict.get(PDFName.of('DecodeParms')) === undefined
        ? inflateSync(stream.contents)
        : decodePDFRawStream(stream).decode();
    parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  }
  return parts.join('\n');
}

/** Character classes by char code: 1 white space, 2 delimiter. */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
const isRegular = (code: number): boolean => code > 255 || CLASS[code] === 0;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * Wraps untagged text objects and painted paths of a content stream (as a Latin-1 string) in
 * /Artifact BMC … EMC. Returns undefined when the stream holds something this lexer does not handle.
 */
export function wrapUntagged(src: string): { content: string; count: number } | undefined {
  const inserts: { at: number; text: string }[] = [];
  let depth = 0; // marked-content nesting
  let operandStart = -1; // where the current operator's operands begin
  let textStart = -1; // an untagged BT's position, while inside it
  let pathStart = -1; // the first path-building operator's operands, at depth 0
  let i = 0;
  const n = src.length;

  while (i < n) {
    const ch = src.charCodeAt(i);
    if (CLASS[ch] === 1) {
      i++;
      continue;
    }
    const c = src[i]!;
    if (c === '%') {
      while (i < n && src[i] !== '\n' && src[i] !== '\r') i++;
      continue;
    }
    const start = i;
    if (operandStart < 0) operandStart = start;
    if (c === '(') {
      let nest = 0;
      for (; i < n; i++) {
        const d = src[i];
        if (d === '\\') i++;
        else if (d === '(') nest++;
        else if (d === ')' && --nest === 0) break;
      }
      i++;
      continue;
    }
    if (c === '<' && src[i + 1] === '<') {
      i += 2;
      continue;
    }
    if (c === '>' && src[i + 1] === '>') {
      i += 2;
      continue;
    }
    if (c === '<') {
      i = src.indexOf('>', i) + 1;
      if (i === 0) return undefined;
      continue;
    }
    if (c === '[' || c === ']' || c === '{' || c === '}') {
      i++;
      continue;
    }
    if (c === '/') {
      i++;
      while (i < n && isRegular(src.charCodeAt(i))) i++;
      continue;
    }
    if (CLASS[ch] === 2) return undefined; // a stray ')' or '>'
    // A number, a keyword or an operator.
    while (i < n && isRegular(src.charCodeAt(i))) i++;
    const first = src.charCodeAt(start);
    // Numbers start with a digit, sign or point; operators never do.
    if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) {
      if (NUMBER.test(src.slice(start, i))) continue;
    }
    const word = src.slice(start, i);
    if (word === 'true' || word === 'false' || word === 'null') continue;

    // An operator; `operandStart` is where its operands began.
    const opStart = operandStart;
    operandStart = -1;
    switch (word) {
      case 'BI':
        return undefined; // inline image: binary data this lexer does not skip
      case 'BDC':
      case 'BMC':
        // Inside an untagged text object only untagged marked content (e.g. a Span with ActualText for a
        // ligature) may nest in the artifact; tagged content there is left alone.
        if (textStart >= 0 && src.slice(opStart, start).includes('/MCID')) return undefined;
        depth++;
        break;
      case 'EMC':
        depth--;
        break;
      case 'BT':
        if (depth === 0) textStart = opStart;
        break;
      case 'ET':
        if (textStart >= 0) {
          inserts.push({ at: textStart, text: OPEN }, { at: i, text: CLOSE });
          textStart = -1;
        }
        break;
      default:
        if (depth === 0 && textStart < 0) {
          if (PATH_BUILD.has(word)) {
            if (pathStart < 0) pathStart = opStart;
          } else if (PATH_PAINT.has(word) && pathStart >= 0) {
            inserts.push({ at: pathStart, text: OPEN }, { at: i, text: CLOSE });
            pathStart = -1;
          } else if (word === 'n' || word === 'sh') {
            if (word === 'sh') inserts.push({ at: opStart, text: OPEN }, { at: i, text: CLOSE });
            pathStart = -1;
          }
        } else if (PATH_PAINT.has(word) || word === 'n') {
          pathStart = -1;
        }
    }
  }
  if (depth !== 0 || textStart >= 0) return undefined;

  let out = '';
  let last = 0;
  for (const ins of inserts) {
    out += src.slice(last, ins.at) + ins.text;
    last = ins.at;
  }
  return { content: out + src.slice(last), count: inserts.length / 2 };
}
