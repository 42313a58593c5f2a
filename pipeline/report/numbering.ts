// Numbering of the report's figures, tables and sections per chapter, in order of appearance (Figur 3.1,
// Tabell 4.2, 3.2 Spredning), and cross-references that resolve to those numbers. A cross-reference may come
// before what it names (or in another chapter), so `ref` leaves a token in the HTML and `resolve` replaces
// every token once all chapters are rendered. One Numbering per render: no state outlives it.
import { chapterAnchor, type ChapterDef } from './chapters.ts';
import { ReportError } from './errors.ts';

export type ItemKind = 'figure' | 'table';
export type RefKind = ItemKind | 'chapter';

export interface Placement {
  kind: ItemKind;
  id: string;
  chapter: ChapterDef;
  /** "3.1" */
  number: string;
  /** "Figur 3.1" */
  label: string;
  title: string;
  /** HTML id of the figure or table element. */
  anchor: string;
  template: string;
}

export interface SectionEntry {
  chapter: ChapterDef;
  /** "3.2" */
  number: string;
  title: string;
  anchor: string;
}

interface PendingRef {
  kind: RefKind;
  id: string;
  capitalise: boolean;
  template: string;
}

const WORD: Record<RefKind, string> = { figure: 'figur', table: 'tabell', chapter: 'kapittel' };
const ANCHOR_PREFIX: Record<ItemKind, string> = { figure: 'figur', table: 'tabell' };
// Private-use characters: never in registry text or templates, and untouched by HTML escaping.
const TOKEN = /\uE000(\d+)\uE001/g;

export function itemAnchor(kind: ItemKind, id: string): string {
  return `${ANCHOR_PREFIX[kind]}-${id}`;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface Numbering {
  /** The chapter and template being rendered; set before each chapter. */
  enter(chapter: ChapterDef, template: string): void;
  /** After the last chapter: placing items or sections is an error again. */
  leave(): void;
  readonly current: { chapter: ChapterDef; template: string };
  /** Numbers a figure or table where it appears; a second placement of the same id is an error. */
  place(kind: ItemKind, id: string, title: string): Placement;
  /** Numbers a section heading of the current chapter. */
  section(title: string): SectionEntry;
  /** A token that `resolve` replaces with "figur 3.1" (or "Figur 3.1" when `capitalise`). */
  ref(kind: RefKind, id: string, capitalise: boolean): string;
  /** Forgets what the current chapter placed (when a chapter is replaced by a placeholder). */
  mark(): () => void;
  readonly placements: readonly Placement[];
  readonly sections: readonly SectionEntry[];
  /**
   * Replaces every ref token with a link to the numbered item. A reference to an item never shown is an error,
   * unless `lenient` is given: then it becomes a visible "[figur ?]" and `lenient` is told (previews).
   */
  resolve(html: string, lenient?: (err: ReportError) => void): string;
}

export function createNumbering(chapters: readonly ChapterDef[]): Numbering {
  const placements: Placement[] = [];
  const sections: SectionEntry[] = [];
  const refs: PendingRef[] = [];
  let current: { chapter: ChapterDef; template: string } | undefined;
  const counters = new Map<string, number>();
  const need = () => {
    if (!current) throw new ReportError('report.no-chapter', 'a figure, table or section was placed outside a chapter');
    return current;
  };
  const next = (key: string): number => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  return {
    enter(chapter, template) {
      current = { chapter, template };
    },
    leave() {
      current = undefined;
    },
    get current() {
      return need();
    },
    place(kind, id, title) {
      const { chapter, template } = need();
      const earlier = placements.find((p) => p.kind === kind && p.id === id);
      if (earlier) {
        throw new ReportError('report.duplicate-item', `${kind} "${id}" is shown twice (also in ${earlier.template})`, template);
      }
      const number = `${chapter.number}.${next(`${kind}:${chapter.id}`)}`;
      const p: Placement = { kind, id, chapter, number, label: `${capital(WORD[kind])} ${number}`, title, anchor: itemAnchor(kind, id), template };
      placements.push(p);
      return p;
    },
    section(title) {
      const { chapter } = need();
      const n = next(`section:${chapter.id}`);
      const s: SectionEntry = { chapter, number: `${chapter.number}.${n}`, title, anchor: `${chapterAnchor(chapter)}-${n}` };
      sections.push(s);
      return s;
    },
    ref(kind, id, capitalise) {
      const { template } = need();
      refs.push({ kind, id, capitalise, template });
      return `\uE000${refs.length - 1}\uE001`;
    },
    mark() {
      const p = placements.length;
      const s = sections.length;
      const keys = new Map(counters);
      return () => {
        placements.length = p;
        sections.length = s;
        counters.clear();
        for (const [k, v] of keys) counters.set(k, v);
      };
    },
    placements,
    sections,
    resolve(html, lenient) {
      return html.replace(TOKEN, (_, i: string) => {
        try {
          return resolveOne(i);
        } catch (err) {
          if (!lenient || !(err instanceof ReportError)) throw err;
          lenient(err);
          const kind = refs[Number(i)]?.kind ?? 'figure';
          return `<span class="missing">[${WORD[kind]} ?]</span>`;
        }
      });
    },
  };

  function resolveOne(i: string): string {
    const r = refs[Number(i)];
    if (!r) throw new ReportError('report.ref-token', `unknown cross-reference token ${i}`);
    let text: string;
    let anchor: string;
    if (r.kind === 'chapter') {
      const c = chapters.find((x) => x.id === r.id);
      if (!c) throw new ReportError('report.ref-unknown', `cross-reference to unknown chapter "${r.id}"`, r.template);
      text = c.refName ?? `${WORD.chapter} ${c.number}`;
      anchor = chapterAnchor(c);
    } else {
      const p = placements.find((x) => x.kind === r.kind && x.id === r.id);
      if (!p) throw new ReportError('report.ref-not-shown', `cross-reference to ${r.kind} "${r.id}", which the report does not show`, r.template);
      text = `${WORD[r.kind]} ${p.number}`;
      anchor = p.anchor;
    }
    return `<a class="xref" href="#${anchor}">${r.capitalise ? capital(text) : text}</a>`;
  }
}
