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
import type { RenderedFigure } from '../registry/index.ts';
import type { RegistryArtifact } from '../registry/types.ts';
import { TemplateError } from '../templating/index.ts';
import type { ItemKind, Numbering, RefKind } from './numbering.ts';
import { figureView, tableView } from './views.ts';

export interface ReportHelperEnv {
  artifact: RegistryArtifact;
  svgs: Record<string, RenderedFigure>;
  numbering: Numbering;
}

type Options = Handlebars.HelperOptions;
const hashOf = (options: unknown): Record<string, unknown> =>
  options !== null && typeof options === 'object' && 'hash' in options ? ((options as Options).hash as Record<string, unknown>) : {};

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
      return new hb.SafeString(numbering.ref(kind as RefKind, id, hashOf(options).cap === true));
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
