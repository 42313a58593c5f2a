// The report cut into parts for the preview: Chrome prints the whole 50-odd-page report in half a minute or
// more on a 2-core machine (page numbers settle in two or three prints), one chapter in a few seconds. A part
// is the same document with the other chapters (and, for a chapter, the cover and contents) taken out; CSS,
// running heads and the page frame stay. A chapter starts on a new page, so its page breaks are those of the
// whole report; its pages are numbered from 1, and the contents of the front part show no page numbers (they
// name chapters it does not hold). The PDF button and /report/all print the whole report. String surgery on the report's own HTML: elements
// are found by id (chapters) or attribute (data-cover, the contents <nav class="toc">) and cut out with
// their matching end tag. Pure.
import type { ChapterInfo } from './project.ts';

/** [start, end) of the element whose start tag begins at `start`, by counting same-name tags. */
export function elementEnd(html: string, start: number): number | undefined {
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, start + 64))?.[1];
  if (name === undefined) return undefined;
  const re = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    if (m[1] === '/') depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}

function tagStartOf(html: string, attrIndex: number): number {
  return html.lastIndexOf('<', attrIndex);
}

/** Ranges of elements matching an attribute pattern (e.g. an id), in document order. */
function ranges(html: string, attr: RegExp): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(attr.source, 'g');
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    const start = tagStartOf(html, m.index);
    const end = elementEnd(html, start);
    if (end !== undefined && !out.some(([s, e]) => start >= s && start < e)) out.push([start, end]);
  }
  return out;
}

function cut(html: string, remove: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of [...remove].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    out += html.slice(at, s);
    at = e;
  }
  return out + html.slice(at);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function chapterRanges(html: string, chapters: readonly ChapterInfo[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const c of chapters) {
    const r = ranges(html, new RegExp(`\\sid\\s*=\\s*["']${escapeRe(c.anchor)}["']`))[0];
    if (r) out.set(c.id, r);
  }
  return out;
}

/** The report with only its front matter (cover and contents): no chapter. */
export function reportFront(html: string, chapters: readonly ChapterInfo[]): string {
  return cut(html, [...chapterRanges(html, chapters).values()]).replace(/\sdata-page-of\s*=\s*("[^"]*"|'[^']*')/g, '');
}

/** The report with only one chapter (no cover, no contents); undefined when the chapter is not in it. */
export function reportChapter(html: string, chapters: readonly ChapterInfo[], id: string): string | undefined {
  const all = chapterRanges(html, chapters);
  if (!all.has(id)) return undefined;
  const others = [...all].filter(([k]) => k !== id).map(([, r]) => r);
  const front = [...ranges(html, /\sdata-cover(?=[\s=>/])/), ...ranges(html, /\sclass\s*=\s*["'](?:[^"']*\s)?toc(?:\s[^"']*)?["']/)];
  return cut(html, [...others, ...front]);
}
