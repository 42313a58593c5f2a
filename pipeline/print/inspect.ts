// Reads back what a printed PDF holds, for tests (of this stage and of the report and fact sheets): text per
// page (and its lines, top to bottom), outline entries with page numbers, named destinations, metadata,
// whether it is tagged, and each page's structure tree. Uses pdfjs-dist's legacy build (the one for Node);
// pdfjs-dist is a dev dependency, so only tests and tools import this file.
//
//   const pdf = await inspectPdf(bytes);
//   pdf.pageCount; pdf.pages[0].text; pdf.outline[0].title; pdf.metadata.lang; pdf.tagged
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/**
 * How a line's text is marked in the content stream: `tagged` (inside marked content that the structure tree
 * refers to), `artifact` (marked as /Artifact), `none` (outside any marked content), or `mixed`.
 */
export type Marking = 'tagged' | 'artifact' | 'none' | 'mixed';

export interface PdfLine {
  text: string;
  /** Distance from the top of the page in points (of the line's baseline). */
  top: number;
  /** From the left edge of the page to the first glyph's origin and to the last glyph's advance, in points. */
  left: number;
  right: number;
  marking: Marking;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  /** The page's text, lines separated by newlines. */
  text: string;
  /** Text items grouped into lines by baseline, top to bottom, items in a line left to right. */
  lines: PdfLine[];
  /** Structure tree of the page (pdfjs' view), or null when the page has none. */
  structure: StructNode | null;
}

export interface StructNode {
  role: string;
  alt?: string;
  lang?: string;
  children: StructNode[];
}

export interface OutlineEntry {
  title: string;
  /** 1-based page number the entry jumps to; undefined when it has no page destination. */
  page: number | undefined;
  /** 0 for top-level entries. */
  level: number;
}

export interface PdfInspection {
  pageCount: number;
  pages: PdfPage[];
  /** Outline entries in document order, flattened with their level. */
  outline: OutlineEntry[];
  /** Named destination → 1-based page. */
  destinations: Record<string, number>;
  metadata: {
    title?: string;
    author?: string;
    subject?: string;
    keywords?: string;
    creator?: string;
    lang?: string;
    /** The XMP packet, when there is one. */
    xmp?: string;
  };
  /** MarkInfo/Marked is true. */
  marked: boolean;
  /** Every page has a structure tree (the document has a StructTreeRoot). */
  hasStructTree: boolean;
  /** marked && hasStructTree. */
  tagged: boolean;
}

export async function inspectPdf(data: Uint8Array): Promise<PdfInspection> {
  // pdfjs transfers (detaches) the buffer it is given: pass a copy.
  const doc = await getDocument({ data: new Uint8Array(data), verbosity: 0, isEvalSupported: false, disableFontFace: true })
    .promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));

    const meta = await doc.getMetadata();
    const info = meta.info as Record<string, unknown>;
    const str = (key: string): string | undefined => (typeof info[key] === 'string' ? (info[key]) : undefined);
    const markInfo = await doc.getMarkInfo();
    const hasStructTree = pages.length > 0 && pages.every((p) => p.structure !== null);
    const marked = markInfo?.Marked === true;

    const destinations: Record<string, number> = {};
    for (const [name, dest] of Object.entries(await doc.getDestinations())) {
      const page = await destPage(doc, dest);
      if (page !== undefined) destinations[name] = page;
    }

    const rawXmp: unknown = meta.metadata?.getRaw();
    return {
      pageCount: doc.numPages,
      pages,
      outline: await readOutline(doc),
      destinations,
      metadata: {
        ...opt('title', str('Title')),
        ...opt('author', str('Author')),
        ...opt('subject', str('Subject')),
        ...opt('keywords', str('Keywords')),
        ...opt('creator', str('Creator')),
        ...opt('lang', str('Language')),
        ...opt('xmp', typeof rawXmp === 'string' ? rawXmp : undefined),
      },
      marked,
      hasStructTree,
      tagged: marked && hasStructTree,
    };
  } finally {
    await doc.destroy();
  }
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

async function readPage(doc: PDFDocumentProxy, n: number): Promise<PdfPage> {
  const page = await doc.getPage(n);
  const height = page.view[3]! - page.view[1]!;
  const content = await page.getTextContent({ includeMarkedContent: true });
  // Follow the marked-content nesting to learn how each text item is marked.
  const items: { item: TextItem; marking: Marking }[] = [];
  const stack: Marking[] = [];
  for (const raw of content.items) {
    if ('str' in raw) {
      if (raw.str.trim() !== '') items.push({ item: raw, marking: stack.includes('artifact') ? 'artifact' : stack.includes('tagged') ? 'tagged' : 'none' });
    } else if (raw.type === 'beginMarkedContentProps' || raw.type === 'beginMarkedContent') {
      const tag = (raw as { tag?: string }).tag; // present at run time, missing from pdfjs' types
      stack.push(tag === 'Artifact' ? 'artifact' : raw.type === 'beginMarkedContentProps' && raw.id != null ? 'tagged' : 'none');
    } else if (raw.type === 'endMarkedContent') {
      stack.pop();
    }
  }
  // Group by baseline (within 2 pt), then order lines top to bottom and items left to right.
  const groups: { y: number; items: { item: TextItem; marking: Marking }[] }[] = [];
  for (const entry of items) {
    const y = entry.item.transform[5] as number;
    const g = groups.find((x) => Math.abs(x.y - y) < 2);
    if (g) g.items.push(entry);
    else groups.push({ y, items: [entry] });
  }
  const lines = groups
    .sort((a, b) => b.y - a.y)
    .map((g) => {
      const markings = new Set(g.items.map((e) => e.marking));
      return {
        top: Math.round((height - g.y) * 10) / 10,
        left: Math.min(...g.items.map((e) => e.item.transform[4] as number)),
        right: Math.max(...g.items.map((e) => (e.item.transform[4] as number) + e.item.width)),
        text: joinItems(g.items.map((e) => e.item)),
        marking: markings.size === 1 ? [...markings][0]! : 'mixed',
      };
    });
  const tree = (await page.getStructTree()) as unknown as RawStructNode | null;
  page.cleanup();
  return { number: n, text: lines.map((l) => l.text).join('\n'), lines, structure: tree ? simplify(tree) : null };
}

/** Joins a line's items left to right, with a space where there is a visible gap (not inside a ligature). */
function joinItems(items: TextItem[]): string {
  const sorted = [...items].sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
  let text = '';
  let end: number | undefined;
  for (const item of sorted) {
    const x = item.transform[4] as number;
    const size = Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height;
    if (end !== undefined && x - end > 0.15 * size) text += ' ';
    text += item.str;
    end = x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

interface RawStructNode {
  role?: string;
  alt?: string;
  lang?: string;
  children?: (RawStructNode | { type: string })[];
}

function simplify(node: RawStructNode): StructNode {
  const children = (node.children ?? []).filter((c): c is RawStructNode => 'role' in c).map(simplify);
  return {
    role: node.role ?? '',
    ...(node.alt !== undefined ? { alt: node.alt } : {}),
    ...(node.lang !== undefined ? { lang: node.lang } : {}),
    children,
  };
}

async function destPage(doc: PDFDocumentProxy, dest: unknown): Promise<number | undefined> {
  let explicit = dest;
  if (typeof explicit === 'string') explicit = await doc.getDestination(explicit);
  if (!Array.isArray(explicit) || explicit[0] === undefined) return undefined;
  const target = explicit[0] as unknown;
  if (typeof target === 'number') return target + 1;
  try {
    return (await doc.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
  } catch {
    return undefined;
  }
}

async function readOutline(doc: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const out: OutlineEntry[] = [];
  type Item = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];
  const walk = async (items: Item[] | null | undefined, level: number): Promise<void> => {
    for (const item of items ?? []) {
      out.push({ title: item.title, page: await destPage(doc, item.dest), level });
      await walk(item.items, level + 1);
    }
  };
  await walk(await doc.getOutline(), 0);
  return out;
}

/** All roles in a structure tree, depth first (for reading-order checks). */
export function structRoles(node: StructNode | null): string[] {
  if (node === null) return [];
  return [node.role, ...node.children.flatMap(structRoles)];
}
