// The machine-checkable conditions of PDF/UA-1 (ISO 14289-1; the Matterhorn Protocol's failure conditions)
// that apply to the report and the fact sheets, read from a finished PDF with pdf-lib:
//
//   tagged      MarkInfo /Marked true and a structure tree                       (Matterhorn 01-002, 01-004 … 06)
//   lang        the catalog has a /Lang                                          (11-006)
//   title       a document title (Info /Title or XMP dc:title)                   (06-003)
//   doc-title   ViewerPreferences /DisplayDocTitle true: the title bar shows it  (07-001, 07-002)
//   tabs        every page with annotations, and here every page, has /Tabs /S   (19-003)
//   figure-alt  every Figure has alternate text (/Alt or /ActualText)            (13-004)
//   headings    the first numbered heading is H1, no level is skipped going down (14-002, 14-003)
//   th-scope    every TH has a /Scope (table attribute), or the table uses /Headers (15-003)
//   untagged    all content is inside marked content the tree refers to (MCID) or an /Artifact (01-005)
//   fonts       every font used is embedded (Type 3 fonts are drawn in the file) (31-001 … 31-011 in part)
//   annotations every annotation is in the tree (an OBJR, /StructParent); links in Link elements (28-002, 28-011)
//
// Structure types are read through the tree's /RoleMap. Not checked (no machine test, or nothing here makes
// them): reading order, colour contrast, real alternative text quality, annotations, forms, lists.
//
//   const result = await checkPdfUa(bytes);
//   result.failures   // [] when the file passes; else { check, message, page? }
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  ParseSpeeds,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';

export type PdfUaCheck =
  | 'tagged'
  | 'lang'
  | 'title'
  | 'doc-title'
  | 'tabs'
  | 'figure-alt'
  | 'headings'
  | 'th-scope'
  | 'untagged'
  | 'fonts'
  | 'annotations';

export interface PdfUaFailure {
  check: PdfUaCheck;
  message: string;
  /** 1-based page, where the failure is on one. */
  page?: number;
}

export interface PdfUaResult {
  failures: PdfUaFailure[];
  /** What was looked at, so a test can tell a pass from a file with nothing in it. */
  counts: {
    pages: number;
    elements: number;
    figures: number;
    headings: number;
    th: number;
    fonts: number;
    markedContent: number;
    annotations: number;
  };
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- pdf-lib's classes have protected constructors
type Ctor<T> = Function & { prototype: T };

export async function checkPdfUa(bytes: Uint8Array): Promise<PdfUaResult> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const ctx = doc.context;
  const catalog = doc.catalog;
  const failures: PdfUaFailure[] = [];
  const fail = (check: PdfUaCheck, message: string, page?: number): void => {
    failures.push({ check, message, ...(page !== undefined ? { page } : {}) });
  };
  const counts = { pages: 0, elements: 0, figures: 0, headings: 0, th: 0, fonts: 0, markedContent: 0, annotations: 0 };
  /** Annotations with their page, and the structure type of the element whose OBJR refers to each. */
  const annotations: { annot: PDFDict; page: number }[] = [];
  const tagged = new Map<PDFObject, string>();
  const resolve = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const look = <T extends PDFObject>(o: PDFObject | undefined, type: Ctor<T>): T | undefined => {
    const v = resolve(o);
    return v instanceof type ? (v as T) : undefined;
  };

  // --- the document --------------------------------------------------------------------------
  const markInfo = look(catalog.get(PDFName.of('MarkInfo')), PDFDict);
  if (markInfo?.get(PDFName.of('Marked')) !== PDFBool.True) fail('tagged', 'MarkInfo /Marked is not true');
  const tree = look(catalog.get(PDFName.of('StructTreeRoot')), PDFDict);
  if (!tree) fail('tagged', 'no structure tree (StructTreeRoot)');

  const lang = textOf(resolve(catalog.get(PDFName.of('Lang'))));
  if (!lang) fail('lang', 'the catalog has no /Lang');

  const info = look(ctx.trailerInfo.Info, PDFDict);
  const infoTitle = textOf(resolve(info?.get(PDFName.of('Title'))));
  const xmp = look(catalog.get(PDFName.of('Metadata')), PDFStream);
  const xmpTitle = xmp ? /<dc:title>[\s\S]*?<rdf:li[^>]*>([^<]+)</.exec(streamText(xmp))?.[1] : undefined;
  if (!infoTitle?.trim() && !xmpTitle?.trim()) fail('title', 'no document title (Info /Title or XMP dc:title)');
  const prefs = look(catalog.get(PDFName.of('ViewerPreferences')), PDFDict);
  if (prefs?.get(PDFName.of('DisplayDocTitle')) !== PDFBool.True) fail('doc-title', 'ViewerPreferences /DisplayDocTitle is not true');

  // --- pages: tab order, content, fonts -------------------------------------------------------
  const pages = doc.getPages();
  counts.pages = pages.length;
  const fontsSeen = new Set<PDFObject>();
  pages.forEach((page, i) => {
    const n = i + 1;
    if (page.node.get(PDFName.of('Tabs')) !== PDFName.of('S')) fail('tabs', `page ${n} has no /Tabs /S (structure tab order)`, n);
    const content = pageContent(page.node, look);
    const scan = scanContent(content, xobjectsOf(page.node.Resources(), look, 0));
    counts.markedContent += scan.marked;
    if (scan.error) fail('untagged', `page ${n}: content stream not understood (${scan.error})`, n);
    else if (scan.untagged.length > 0) {
      fail('untagged', `page ${n}: ${scan.untagged.length} content operator(s) neither tagged nor artifact (first: ${scan.untagged[0]})`, n);
    }
    for (const a of look(page.node.get(PDFName.of('Annots')), PDFArray)?.asArray() ?? []) {
      const annot = look(a, PDFDict);
      if (annot && annot.get(PDFName.of('Subtype')) !== PDFName.of('Popup')) annotations.push({ annot, page: n });
    }
    const resources = page.node.Resources();
    for (const f of fontsOf(resources, look, new Set())) {
      if (fontsSeen.has(f.ref)) continue;
      fontsSeen.add(f.ref);
      counts.fonts++;
      if (!f.embedded) fail('fonts', `font ${f.name} (page ${n}) is not embedded`, n);
    }
  });

  // --- the structure tree ---------------------------------------------------------------------
  if (tree) {
    const roleMap = look(tree.get(PDFName.of('RoleMap')), PDFDict);
    const role = (s: string): string => {
      let r = s;
      for (let k = 0; k < 10 && roleMap; k++) {
        const mapped = roleMap.get(PDFName.of(r));
        if (!(mapped instanceof PDFName)) break;
        r = mapped.decodeText();
      }
      return r;
    };
    let lastLevel = 0;
    const seen = new Set<PDFDict>();
    const walk = (o: PDFObject | undefined, tableUsesHeaders: boolean, parent: string): void => {
      const kids = look(o, PDFArray);
      if (kids) {
        for (const k of kids.asArray()) walk(k, tableUsesHeaders, parent);
        return;
      }
      const el = look(o, PDFDict);
      if (!el || seen.has(el)) return;
      if (el.get(PDFName.of('Type')) === PDFName.of('OBJR')) {
        const obj = resolve(el.get(PDFName.of('Obj')));
        if (obj) tagged.set(obj, parent);
        return;
      }
      const s = el.get(PDFName.of('S'));
      if (!(s instanceof PDFName)) return; // a marked-content reference
      seen.add(el);
      counts.elements++;
      const type = role(s.decodeText());
      if (type === 'Figure') {
        counts.figures++;
        const alt = textOf(resolve(el.get(PDFName.of('Alt')))) ?? textOf(resolve(el.get(PDFName.of('ActualText'))));
        if (!alt?.trim()) fail('figure-alt', `Figure #${counts.figures} has no alternate text${describe(el, look)}`);
      }
      const h = /^H([1-6])$/.exec(type);
      if (h) {
        counts.headings++;
        const level = Number(h[1]);
        const title = describe(el, look);
        if (lastLevel === 0 && level !== 1) fail('headings', `the first heading is H${level}, not H1${title}`);
        else if (level > lastLevel + 1 && lastLevel > 0) fail('headings', `H${level} follows H${lastLevel}: a level is skipped${title}`);
        lastLevel = level;
      }
      let usesHeaders = tableUsesHeaders;
      if (type === 'Table') usesHeaders = tableHasHeaders(el, look);
      if (type === 'TH') {
        counts.th++;
        if (!usesHeaders && attribute(el, 'Table', 'Scope', look) === undefined) fail('th-scope', `TH #${counts.th} has no /Scope${describe(el, look)}`);
      }
      walk(el.get(PDFName.of('K')), usesHeaders, type);
    };
    walk(tree.get(PDFName.of('K')), false, '');
  }
  for (const { annot, page } of annotations) {
    counts.annotations++;
    const subtype = annot.get(PDFName.of('Subtype'))?.toString().replace(/^\//, '') ?? 'annotation';
    const parent = tagged.get(annot);
    if (parent === undefined || annot.get(PDFName.of('StructParent')) === undefined) {
      fail('annotations', `page ${page}: a ${subtype} annotation is not in the structure tree`, page);
    } else if (subtype === 'Link' && parent !== 'Link') {
      fail('annotations', `page ${page}: a Link annotation is in a ${parent} element, not a Link`, page);
    }
  }
  return { failures, counts };
}

// ---------------------------------------------------------------------------------------------
// Helpers

type Look = <T extends PDFObject>(o: PDFObject | undefined, type: Ctor<T>) => T | undefined;

function textOf(o: PDFObject | undefined): string | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  return undefined;
}

function streamBytes(stream: PDFStream): Uint8Array {
  if (stream instanceof PDFRawStream) {
    const filter = stream.dict.get(PDFName.of('Filter'));
    if (filter === PDFName.of('FlateDecode') && stream.dict.get(PDFName.of('DecodeParms')) === undefined) return inflateSync(stream.contents);
    if (filter === undefined) return stream.contents;
    return decodePDFRawStream(stream).decode();
  }
  return stream.getContents();
}

function streamText(stream: PDFStream): string {
  return new TextDecoder('utf-8').decode(streamBytes(stream));
}

/** A page's content streams joined. */
function pageContent(page: PDFDict, look: Look): Uint8Array {
  const contents = page.get(PDFName.of('Contents'));
  const arr = look(contents, PDFArray);
  const parts = (arr ? arr.asArray() : [contents]).map((c) => look(c, PDFStream)).filter((s): s is PDFStream => s !== undefined);
  const bytes = parts.map((s) => streamBytes(s));
  const out = new Uint8Array(bytes.reduce((a, b) => a + b.length + 1, 0));
  let at = 0;
  for (const b of bytes) {
    out.set(b, at);
    out[at + b.length] = 0x0a;
    at += b.length + 1;
  }
  return out;
}

/** ` ("first words of its text")` for a message, from the element's /Alt, /T or its first text kid. */
function describe(el: PDFDict, look: Look): string {
  const resolve = (o: PDFObject | undefined) => look(o, PDFString) ?? look(o, PDFHexString);
  const t = textOf(resolve(el.get(PDFName.of('T')))) ?? textOf(resolve(el.get(PDFName.of('Alt'))));
  return t ? ` ("${t.slice(0, 40)}")` : '';
}

/** The value of attribute `key` of owner `owner` in the element's /A (a dict or an array of dicts and revisions). */
function attribute(el: PDFDict, owner: string, key: string, look: Look): PDFObject | undefined {
  const a = el.get(PDFName.of('A'));
  const list = look(a, PDFArray)?.asArray() ?? [a];
  for (const item of list) {
    const d = look(item, PDFDict);
    if (d?.get(PDFName.of('O')) === PDFName.of(owner) && d.get(PDFName.of(key)) !== undefined) return d.get(PDFName.of(key));
  }
  return undefined;
}

/** A table whose cells name their header cells (/Headers on TD) needs no /Scope on its TH. */
function tableHasHeaders(table: PDFDict, look: Look): boolean {
  let found = false;
  const visit = (o: PDFObject | undefined, depth: number): void => {
    if (found || depth > 6) return;
    const arr = look(o, PDFArray);
    if (arr) return arr.asArray().forEach((k) => visit(k, depth));
    const el = look(o, PDFDict);
    if (!el || !(el.get(PDFName.of('S')) instanceof PDFName)) return;
    if (attribute(el, 'Table', 'Headers', look) !== undefined) found = true;
    visit(el.get(PDFName.of('K')), depth + 1);
  };
  visit(table.get(PDFName.of('K')), 0);
  return found;
}

interface FontUse {
  ref: PDFObject;
  name: string;
  embedded: boolean;
}

/** The fonts of a resource dictionary and of the form XObjects in it. */
function fontsOf(resources: PDFDict | undefined, look: Look, visited: Set<PDFObject>): FontUse[] {
  if (!resources || visited.has(resources)) return [];
  visited.add(resources);
  const out: FontUse[] = [];
  const fonts = look(resources.get(PDFName.of('Font')), PDFDict);
  for (const [, ref] of fonts?.entries() ?? []) {
    const font = look(ref, PDFDict);
    if (!font) continue;
    const name = font.get(PDFName.of('BaseFont'))?.toString().replace(/^\//, '') ?? '(no name)';
    const subtype = font.get(PDFName.of('Subtype'));
    let embedded: boolean;
    if (subtype === PDFName.of('Type3')) embedded = true;
    else {
      const descendant = look(look(font.get(PDFName.of('DescendantFonts')), PDFArray)?.get(0), PDFDict);
      const descriptor = look((descendant ?? font).get(PDFName.of('FontDescriptor')), PDFDict);
      embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.get(PDFName.of(k)) !== undefined);
    }
    out.push({ ref, name, embedded });
  }
  const xobjects = look(resources.get(PDFName.of('XObject')), PDFDict);
  for (const [, ref] of xobjects?.entries() ?? []) {
    const x = look(ref, PDFStream);
    if (x?.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) out.push(...fontsOf(look(x.dict.get(PDFName.of('Resources')), PDFDict), look, visited));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Content streams: is every painting operator inside tagged (MCID) or artifact marked content?

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);
/** Byte classes: 1 white space, 2 delimiter, 0 regular (a table: the report has megabytes of content). */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
const WHITE = { has: (c: number) => CLASS[c] === 1 };
const isRegular = (c: number) => CLASS[c] === 0;
/** The text of a short token (names, operators); numbers and strings are never turned into text. */
const tokenText = (src: Uint8Array, start: number, end: number): string => {
  let t = '';
  for (let k = start; k < end && k < start + 64; k++) t += String.fromCharCode(src[k]!);
  return t;
};

type Mark = 'tagged' | 'artifact' | 'other';

/** An XObject by its resource name (`/X12`): a form with its content and its own XObjects, or an image. */
export type XObjectLookup = (name: string) => { kind: 'form'; content: Uint8Array; xobject: XObjectLookup } | { kind: 'image' } | undefined;

/** The XObjects of a resource dictionary (forms nest up to a few levels). */
function xobjectsOf(resources: PDFDict | undefined, look: Look, depth: number): XObjectLookup {
  const dict = look(resources?.get(PDFName.of('XObject')), PDFDict);
  return (name) => {
    const x = look(dict?.get(PDFName.of(name.replace(/^\//, ''))), PDFStream);
    if (!x) return undefined;
    if (x.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form') || depth > 8) return { kind: 'image' };
    return { kind: 'form', content: streamBytes(x), xobject: xobjectsOf(look(x.dict.get(PDFName.of('Resources')), PDFDict), look, depth + 1) };
  };
}

export interface ContentScan {
  /** Painting operators outside tagged and artifact content, as `op at byte N`. */
  untagged: string[];
  /** Marked-content sequences with an MCID. */
  marked: number;
  error?: string;
}

/** Scans a content stream (independent of pdf-artifacts.ts, which makes what this checks). */
export function scanContent(src: Uint8Array, xobject: XObjectLookup = () => undefined): ContentScan {
  const stack: Mark[] = [];
  const untagged: string[] = [];
  let marked = 0;
  let operands: string[] = [];
  let i = 0;
  const n = src.length;
  const covered = () => stack.some((m) => m !== 'other');
  while (i < n) {
    const c = src[i]!;
    if (WHITE.has(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      while (i < n && src[i] !== 0x0a && src[i] !== 0x0d) i++;
      continue;
    }
    if (c === 0x28) {
      // literal string
      let depth = 0;
      for (; i < n; i++) {
        const d = src[i];
        if (d === 0x5c) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29 && --depth === 0) break;
      }
      i++;
      continue;
    }
    if (c === 0x3c && src[i + 1] !== 0x3c) {
      const end = src.indexOf(0x3e, i);
      if (end < 0) return { untagged, marked, error: 'unterminated hex string' };
      i = end + 1;
      continue;
    }
    if (CLASS[c] === 2) {
      if (c === 0x2f) {
        // Names are the only operands read: the tag, /MCID, the XObject of Do.
        const start = i++;
        while (i < n && isRegular(src[i]!)) i++;
        operands.push(tokenText(src, start, i));
      } else {
        i += c === 0x3c || c === 0x3e ? 2 : 1;
      }
      continue;
    }
    const start = i;
    while (i < n && isRegular(src[i]!)) i++;
    // Numbers start with a digit, sign or point; operators have at most three characters (true, false, null are operands).
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || i - start > 3) continue;
    const word = tokenText(src, start, i);
    // An operator.
    if (word === 'BDC' || word === 'BMC') {
      const tag = operands.find((o) => o.startsWith('/'));
      const isArtifact = tag === '/Artifact';
      const hasMcid = word === 'BDC' && operands.includes('/MCID');
      if (hasMcid) marked++;
      stack.push(isArtifact ? 'artifact' : hasMcid ? 'tagged' : 'other');
    } else if (word === 'EMC') {
      if (stack.pop() === undefined) return { untagged, marked, error: `EMC without BMC/BDC at byte ${start}` };
    } else if (word === 'Do' && !covered()) {
      // A form XObject's content counts where it is drawn: tagged inside the form (its own MCIDs, as
      // Chrome writes transparency groups) or not. An image drawn here is untagged.
      const x = xobject(operands[operands.length - 1] ?? '');
      if (x?.kind === 'form') {
        const inner = scanContent(x.content, x.xobject);
        marked += inner.marked;
        if (inner.error) return { untagged, marked, error: `form ${operands[operands.length - 1]}: ${inner.error}` };
        untagged.push(...inner.untagged.map((u) => `${u} in form ${operands[operands.length - 1]}`));
      } else {
        untagged.push(`${word} at byte ${start}`);
      }
    } else if (PAINTING.has(word) && !covered()) {
      untagged.push(`${word} at byte ${start}`);
    }
    if (word === 'BI') {
      // Inline image: skip its data up to EI.
      const ei = findEI(src, i);
      if (ei < 0) return { untagged, marked, error: 'inline image without EI' };
      i = ei + 2;
    }
    operands = [];
  }
  if (stack.length !== 0) return { untagged, marked, error: `${stack.length} marked-content sequence(s) not closed` };
  return { untagged, marked };
}

function findEI(src: Uint8Array, from: number): number {
  for (let k = from; k + 2 < src.length; k++) {
    if (src[k] === 0x45 && src[k + 1] === 0x49 && WHITE.has(src[k - 1]!) && (k + 2 === src.length || WHITE.has(src[k + 2]!))) return k;
  }
  return -1;
}

/** `3 failures: figure-alt (2), tabs (1)` for a message. */
export function summarisePdfUa(result: PdfUaResult): string {
  if (result.failures.length === 0) return 'PDF/UA checks: no failures';
  const by = new Map<string, number>();
  for (const f of result.failures) by.set(f.check, (by.get(f.check) ?? 0) + 1);
  return `PDF/UA checks: ${result.failures.length} failure(s): ${[...by].map(([k, v]) => `${k} (${v})`).join(', ')}`;
}
