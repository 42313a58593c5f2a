// The report's own Handlebars helpers, on top of pipeline/templating's number helpers:
//   {{figure "size-rates"}}            numbers the figure (Figur 3.1) and renders partials/figure.hbs
//   {{table "size-rates" class="x"}}   numbers the table (Tabell 3.1) and renders partials/table.hbs
//   {{section "Spredning"}}            a numbered section heading (<h2>3.2 Spredning</h2>), in the TOC
//   {{ref "figure" "size-rates"}}      → "figur 3.1" (a link); cap=true → "Figur 3.1"; kinds: figure, table, chapter
//   {{dir delta "økte" "gikk ned" "var uendret"}}  a word by the sign of the rounded value (digits=0)
//   {{questions "tilbud"}}             the sections of the chapter's questions made from the codebook (heading, prose,
//                                      figure, development table) that the template has not placed itself;
//                                      lead=true starts with a lead paragraph naming them
//   {{abs x}}  {{concat "a" b}}
// A figure or table id the registry does not have fails with the template's name.
import type Handlebars from 'handlebars';
import { listNorwegian } from '../charts/alt-text.ts';
import { isObserved, round } from '../format/index.ts';
import type { RenderedFigure } from '../charts/figures.ts';
import type { RegistryArtifact } from '../registry/types.ts';
import { TemplateError, type HelperDoc } from '../templating/index.ts';
import type { ItemKind, Numbering } from './numbering.ts';
import { figureView, tableView } from './views.ts';
import { escapeHtml } from '../util/escape.ts';

export interface ReportHelperEnv {
  artifact: RegistryArtifact;
  svgs: Record<string, RenderedFigure>;
  numbering: Numbering;
}

type Options = Handlebars.HelperOptions;
const hashOf = (options: unknown): Record<string, unknown> =>
  options !== null && typeof options === 'object' && 'hash' in options ? ((options as Options).hash as Record<string, unknown>) : {};

/** The report's own helpers, for authors (docs/reference.md). */
export const REPORT_HELPER_DOCS: Readonly<Record<string, HelperDoc>> = {
  figure: {
    usage: '{{figure "id"}}',
    description: 'Shows the registry\'s figure `id` where it stands: numbered in its chapter in order of appearance (Figur 3.1), with title, chart, notes and source; listed in the list of figures. On a line of its own.',
    example: '{{figure "size-rates"}}',
  },
  table: {
    usage: '{{table "id" class="compact"}}',
    description: 'Shows the registry\'s table `id` (Tabell 3.1), formatted by its column formats; `class` adds a CSS class. On a line of its own.',
    example: '{{table "size-rates"}}',
  },
  section: { usage: '{{section "Title"}}', description: 'A numbered section heading (3.2 Title), in the table of contents. On a line of its own.', example: '{{section "Spredning"}}' },
  questions: {
    usage: '{{questions "chapter" lead=true}}',
    description:
      'The sections of the survey questions whose codebook `chapter` is this chapter and that the template has not placed itself: for each, a numbered heading, the question, prose with its numbers, its figure and the table of its development (or a sentence saying it was not asked). `lead=true` starts with a sentence naming them. On a line of its own; a topic chapter without a file is this helper alone.',
    example: '{{questions "tilbud"}}',
  },
  ref: {
    usage: '{{ref "figure|table|chapter" "id" cap=true}}',
    description: 'A cross-reference that links to and names a figure, table or chapter by its number; it may point forward or to another chapter. `cap=true` starts it with a capital letter.',
    example: '{{ref "figure" "size-rates" cap=true}} → Figur 3.1; {{ref "chapter" "metode"}} → kapittel 9',
  },
  dir: { usage: '{{dir x "up" "down" "same" digits=0}}', description: 'A word by the sign of x as shown (rounded to `digits`).', example: '{{dir changeV "økte" "gikk ned" "var uendret"}}' },
  abs: { usage: '{{abs x}}', description: 'The absolute value of a number (for "en nedgang på {{int (abs x)}}").' },
  concat: { usage: '{{concat a b …}}', description: 'The arguments joined into one text.', example: '{{concat "Nøkkeltall " reportYear}} → Nøkkeltall 2024' },
};

/** The partials an author writes in a chapter (templates/report/partials/<name>.hbs). */
export const REPORT_PARTIAL_DOCS: Readonly<Record<string, HelperDoc>> = {
  keybox: {
    usage: '{{#> keybox id="nokkeltall" title="Nøkkeltall 2024"}} … {{/keybox}}',
    description: 'A box of key figures (each a `key` partial) with a title; `id` must be unique in the report.',
  },
  key: { usage: '{{> key value=(int x) label="årsverk i alt"}}', description: 'One key figure in a keybox: a big number and its label.' },
  note: { usage: '{{#> note title="Om tallene"}} … {{/note}}', description: 'A framed note beside the text (HTML inside), with an optional title.' },
};
/** Partials the report's own code and layout use (not written in chapters). */
export const INTERNAL_PARTIALS: readonly string[] = ['figure', 'table', 'toc-entry'];

export function registerReportHelpers(hb: typeof Handlebars, env: ReportHelperEnv): void {
  const { artifact, svgs, numbering } = env;
  const missing = (collection: string, id: unknown, detail: string): TemplateError =>
    new TemplateError(numbering.current.template, `${collection}.${String(id)}`, detail);
  const partial = (name: string, view: object): Handlebars.SafeString => {
    const p = hb.partials[name] as ((ctx: object) => string) | undefined;
    if (typeof p !== 'function') throw new TemplateError(numbering.current.template, `partials/${name}`, 'no such partial');
    return new hb.SafeString(p(view));
  };

  const figure = (id: unknown, cls: unknown): Handlebars.SafeString => {
    if (typeof id !== 'string') throw missing('figures', id, 'figure id must be a string');
    const model = artifact.figures[id];
    if (!model) throw missing('figures', id, 'no figure with this id in the registry');
    const rendered = svgs[id];
    if (!rendered) throw missing('svgs', id, 'the figure has no rendered SVG');
    const place = numbering.place('figure', id, model.title);
    // SVG is the project's own output (accessibleSvg escapes every text it writes): inserted unescaped.
    return partial('figure', figureView(model, rendered, place, new hb.SafeString(rendered.svg), typeof cls === 'string' ? cls : ''));
  };
  const table = (id: unknown, cls: unknown): Handlebars.SafeString => {
    if (typeof id !== 'string') throw missing('tables', id, 'table id must be a string');
    const model = artifact.tables[id];
    if (!model) throw missing('tables', id, 'no table with this id in the registry');
    const place = numbering.place('table', id, model.title);
    return partial('table', tableView(model, place, typeof cls === 'string' ? cls : ''));
  };
  const section = (title: unknown): string => {
    if (typeof title !== 'string' || title === '') throw new TemplateError(numbering.current.template, 'section', 'section needs a title');
    const s = numbering.section(title);
    return `<h2 id="${s.anchor}"><span class="num">${s.number}</span> ${escapeHtml(s.title)}</h2>`;
  };

  hb.registerHelper({
    figure: (id: unknown, options: Options) => figure(id, hashOf(options).class),
    table: (id: unknown, options: Options) => table(id, hashOf(options).class),
    section: (title: unknown) => new hb.SafeString(section(title)),
    questions(chapter: unknown, options: Options) {
      if (typeof chapter !== 'string') throw new TemplateError(numbering.current.template, 'questions', 'questions needs a chapter id');
      const placed = (kind: 'figure' | 'table', id: string) => numbering.placements.some((p) => p.kind === kind && p.id === id);
      const sections = artifact.questions.filter((q) => q.chapter === chapter && !placed('figure', q.figure) && !placed('table', q.development));
      const out: string[] = [];
      if (hashOf(options).lead === true && sections.length > 0) {
        const names = listNorwegian(sections.map((q) => `«${q.heading}»`));
        out.push(`<p class="lead">Kapitlet viser kommunenes og bydelenes svar på ${sections.length === 1 ? 'spørsmålet om' : 'spørsmålene om'} ${escapeHtml(names)}. Andelene gjelder enhetene som svarte på spørsmålet.</p>`);
      }
      for (const q of sections) {
        out.push(section(q.heading));
        for (const p of q.paragraphs) out.push(`<p>${escapeHtml(p)}</p>`);
        if (q.askedInReportYear) out.push(figure(q.figure, '').toString());
        if ((artifact.tables[q.development]?.rows.length ?? 0) > 0) out.push(table(q.development, '').toString());
      }
      return new hb.SafeString(out.join('\n'));
    },
    ref(kind: unknown, id: unknown, options: Options) {
      if (kind !== 'figure' && kind !== 'table' && kind !== 'chapter') {
        throw new TemplateError(numbering.current.template, `ref ${String(kind)}`, 'ref kind must be figure, table or chapter');
      }
      if (typeof id !== 'string') throw new TemplateError(numbering.current.template, `ref ${kind}`, 'ref needs an id');
      const collection: Record<ItemKind, Record<string, unknown>> = { figure: artifact.figures, table: artifact.tables };
      if (kind !== 'chapter' && !collection[kind][id]) {
        throw missing(`${kind}s`, id, `cross-reference to a ${kind} the registry does not have`);
      }
      return new hb.SafeString(numbering.ref(kind, id, hashOf(options).cap === true));
    },
    dir(x: unknown, up: unknown, down: unknown, same: unknown, options: Options) {
      const digits = Number(hashOf(options).digits ?? 0);
      if (typeof x !== 'number' || !isObserved(x)) return '–';
      const r = round(x, digits);
      return String(r > 0 ? up : r < 0 ? down : same);
    },
    abs: (x: unknown) => (typeof x === 'number' ? Math.abs(x) : x),
    /** {{concat "Nøkkeltall " report.year}} */
    concat: (...args: unknown[]) => args.slice(0, -1).map(String).join(''),
  });
}
