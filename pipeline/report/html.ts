// The report as one self-contained HTML document (inline CSS, fonts and SVG): cover, table of contents with
// lists of figures and tables, one <section> per chapter. Chapters are rendered in order, so figures and
// tables are numbered in order of appearance; cross-references are resolved once all chapters exist. A
// chapter is HTML (.hbs) or Markdown (.md, see markdown.ts), both with the same Handlebars expressions. The
// same function serves the build (then printed to PDF) and the preview server. Reads only the template files
// and the project file.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Logger } from '../context.ts';
import { FONT_STACK, fontFaceCss } from '../fonts/index.ts';
import { cssColour, REPORT_PAGE, reportCssVariables } from '../look/index.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../paths.ts';
import { pagedCss, type PageFrame } from '../print/page-css.ts';
import type { RenderedFigure } from '../charts/figures.ts';
import type { RegistryArtifact } from '../registry/types.ts';
import { loadProject, reportMeta, type Project } from '../project/index.ts';
import { createEngine, TemplateError } from '../templating/index.ts';
import { chapterAnchor, chapterHeading, projectChapters, visibleChapters, type ChapterDef } from './chapters.ts';
import { reportContext } from './context.ts';
import { markdownTemplate, markdownTitle } from './markdown.ts';
import { ReportError } from './errors.ts';
import { registerReportHelpers } from './helpers.ts';
import { strictFacts } from './strict-facts.ts';
import { createNumbering, type Numbering } from './numbering.ts';
import { escapeHtml } from '../util/escape.ts';

export interface ReportHtmlInput {
  artifact: RegistryArtifact;
  svgs: Record<string, RenderedFigure>;
  /** The build's date (shown on the cover unless the project file gives a date). */
  now: Date;
  /** The project file's content (title, authors, chapters …); default report.yaml. */
  project?: Project;
  /** Element id → page number, filled into the TOC and lists (known after printing); empty otherwise. */
  pageRefs?: Record<string, number>;
  /** Folder with layout.hbs, cover.hbs, report.css, chapters/, partials/; default templates/report. */
  templates?: string;
  /** Folder of the chapter templates `<chapter-id>.hbs`, for chapters without a `file`; default `<templates>/chapters`. */
  chapterTemplates?: string;
  /** Default the project's chapters, their files under `templates`. */
  chapters?: readonly ChapterDef[];
  /** Extra partial folders, after `<templates>/partials`: a partial of the same name replaces the report's (the web edition's figure and table). */
  partialDirs?: string[];
  /**
   * A chapter that fails because the registry lacks an item it names: 'error' (default) fails the render;
   * 'placeholder' (previews while the registry grows) shows a visible box naming what is missing and warns.
   */
  missing?: 'error' | 'placeholder';
  log?: Logger;
}

export interface TocEntry {
  anchor: string;
  /** Number shown before the text ("3", "3.2", "Figur 3.1"), or ''. */
  number: string;
  text: string;
  level: 'chapter' | 'section' | 'item';
  /** Page number, or '' before printing. */
  page: string;
}

export interface ReportHtml {
  html: string;
  /** The chapters in order: heading (running head), anchor and the chapter's body HTML with cross-references resolved. */
  chapters: { id: string; title: string; number: string; heading: string; anchor: string; html: string }[];
  toc: TocEntry[];
  figures: TocEntry[];
  tables: TocEntry[];
  /** Ids named by data-page-of. */
  pageTargets: string[];
}

export const DEFAULT_TEMPLATES = join(DEFAULT_PATHS.templates, 'report');

/** The running head, footer and named pages (print/page-css.ts), embedded so the HTML prints the same anywhere. */
export function reportFrame(title: string, notice: string): PageFrame {
  return { fontFamily: FONT_STACK, color: cssColour(REPORT_PAGE.frame), notice: notice === '' ? title : notice, defaultHead: title };
}

const display = (file: string): string => {
  const rel = relative(PROJECT_ROOT, file);
  return rel.startsWith('..') ? file : rel;
};

/** Runs a render; a TemplateError names its template relative to the project root. */
function named<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof TemplateError) throw new TemplateError(display(err.template), err.field, err.detail);
    throw err;
  }
}

/** Renders the report. */
export function renderReport(input: ReportHtmlInput): ReportHtml {
  const dir = input.templates ?? DEFAULT_TEMPLATES;
  const project = input.project ?? loadProject();
  const all = input.chapters ?? projectChapters(project, dir);
  checkQuestionChapters(input.artifact, all, input.log);
  const chapters = visibleChapters(all, input.artifact.questions);
  const engine = createEngine({ partialDirs: [join(dir, 'partials'), ...(input.partialDirs ?? [])] });
  const numbering = createNumbering(chapters);
  registerReportHelpers(engine.handlebars, { artifact: input.artifact, svgs: input.svgs, numbering });
  const base = reportContext(input.artifact, reportMeta(project, input.artifact.reportYear, input.now));
  let outside = display(join(dir, 'layout.hbs'));
  const template = (): string => {
    try {
      return display(numbering.current.template);
    } catch {
      return outside;
    }
  };
  const ctx = { ...base, facts: strictFacts(base.facts, template) };

  const rendered = chapters.map((chapter) => {
    const html = renderChapter(engine, numbering, chapter, chapterTemplate(input.chapterTemplates ?? join(dir, 'chapters'), chapter), ctx, input);
    return { chapter, heading: chapterHeading(chapter), anchor: chapterAnchor(chapter), html };
  });
  numbering.leave();
  checkQuestionsShown(input.artifact, chapters, numbering, input.missing === 'placeholder' ? input.log : undefined);
  outside = display(join(dir, 'cover.hbs'));
  const cover = named(() => engine.render(join(dir, 'cover.hbs'), ctx));
  outside = display(join(dir, 'layout.hbs'));

  const pages = input.pageRefs ?? {};
  const page = (anchor: string): string => (pages[anchor] !== undefined ? String(pages[anchor]) : '');
  const toc: TocEntry[] = [];
  for (const r of rendered) {
    const numbered = /^\d+$/.test(r.chapter.number);
    toc.push({ anchor: r.anchor, number: numbered ? r.chapter.number : '', text: r.chapter.title, level: 'chapter', page: page(r.anchor) });
    for (const s of numbering.sections.filter((x) => x.chapter.id === r.chapter.id)) {
      toc.push({ anchor: s.anchor, number: s.number, text: s.title, level: 'section', page: page(s.anchor) });
    }
  }
  const items = (kind: 'figure' | 'table'): TocEntry[] =>
    numbering.placements
      .filter((p) => p.kind === kind)
      .map((p) => ({ anchor: p.anchor, number: p.label, text: p.title, level: 'item', page: page(p.anchor) }));
  const figures = items('figure');
  const tables = items('table');

  const lenient =
    input.missing === 'placeholder' ? (err: ReportError) => input.log?.warn(`report: ${err.message}`) : undefined;
  const frame = reportFrame(ctx.report.title, ctx.report.notice);
  const css = [
    fontFaceCss(),
    reportCssVariables(),
    readFileSync(join(dir, 'report.css'), 'utf8'),
    pagedCss(frame, rendered.map((r) => ({ selector: `#${r.anchor}`, text: r.heading })), '[data-cover]'),
  ].join('\n');
  const chapterViews = rendered.map((r) => ({
    id: r.chapter.id,
    title: r.chapter.title,
    number: r.chapter.number,
    heading: r.heading,
    anchor: r.anchor,
    html: numbering.resolve(r.html, lenient),
  }));
  const html = named(() => engine.render(join(dir, 'layout.hbs'), { ...ctx, css, cover, toc, figures, tables, chapters: chapterViews }));
  return {
    html,
    chapters: chapterViews,
    toc,
    figures,
    tables,
    pageTargets: [...toc, ...figures, ...tables].map((e) => e.anchor),
  };
}

/** A chapter's template: `<id>.hbs`; a topic chapter without one is its questions' sections (`_questions.hbs`). */
/** A chapter's template: its file (project file), else `<dir>/<id>.hbs`; a topic chapter without one is its questions (`_questions.hbs`). */
export function chapterTemplate(dir: string, chapter: ChapterDef): string {
  if (chapter.file !== undefined) return chapter.file;
  const own = join(dir, `${chapter.id}.hbs`);
  return chapter.topic === true && !existsSync(own) ? join(dir, '_questions.hbs') : own;
}

/**
 * Every question's chapter (the codebook's `chapter`) should be a chapter of the project: one that is not (a
 * typo in the codebook, or a project that leaves the chapter out on purpose, e.g. an abridged report) is named
 * in a warning, and its questions are not in the report.
 */
function checkQuestionChapters(artifact: RegistryArtifact, chapters: readonly ChapterDef[], log: Logger | undefined): void {
  const missing = new Map<string, string[]>();
  for (const q of artifact.questions) if (!chapters.some((c) => c.id === q.chapter)) missing.set(q.chapter, [...(missing.get(q.chapter) ?? []), q.code]);
  for (const [chapter, codes] of missing) {
    log?.warn(`report: the codebook files ${codes.join(', ')} under chapter "${chapter}", which the project file does not list (chapters: ${chapters.map((c) => c.id).join(', ')}); they are not in the report`);
  }
}

/** A question asked in the report year whose chapter is shown must have its figure in the report. */
function checkQuestionsShown(artifact: RegistryArtifact, chapters: readonly ChapterDef[], numbering: Numbering, lenient?: Logger): void {
  for (const q of artifact.questions) {
    if (!q.askedInReportYear || !chapters.some((c) => c.id === q.chapter)) continue;
    if (numbering.placements.some((p) => p.kind === 'figure' && p.id === q.figure)) continue;
    const msg = `question ${q.code} of chapter "${q.chapter}" is not shown: its chapter template needs {{questions "${q.chapter}"}}`;
    if (lenient) lenient.warn(`report: ${msg}`);
    else throw new ReportError('report.question-not-shown', msg);
  }
}

/** The report's HTML (what the preview server serves and the build prints). */
export function reportHtml(input: ReportHtmlInput): string {
  return renderReport(input).html;
}

function renderChapter(
  engine: ReturnType<typeof createEngine>,
  numbering: Numbering,
  chapter: ChapterDef,
  file: string,
  ctx: object,
  input: ReportHtmlInput,
): string {
  const template = display(file);
  numbering.enter(chapter, file);
  const rollback = numbering.mark();
  try {
    const context = { ...ctx, chapter: { id: chapter.id, title: chapter.title, number: chapter.number } };
    return named(() => (file.endsWith('.md') ? renderMarkdown(engine, file, context) : engine.render(file, context)));
  } catch (err) {
    // A field missing in the chapter template itself (a fact or a registry id), not in a partial.
    const registryGap = err instanceof TemplateError && err.template === template && err.field !== undefined;
    if (input.missing !== 'placeholder' || !registryGap) {
      if (err instanceof TemplateError || err instanceof ReportError) throw err;
      throw new ReportError('report.chapter-failed', err instanceof Error ? err.message : String(err), template);
    }
    rollback();
    input.log?.warn(`report chapter "${chapter.id}" shown as a placeholder: ${err.message}`);
    const msg = escapeHtml(err.message);
    return `<div class="missing" role="note"><p><strong>Kapittelet mangler data.</strong> ${msg}</p></div>`;
  }
}

/**
 * A Markdown chapter: Markdown to an HTML template (expressions protected), then Handlebars. An error's line is
 * the Markdown file's line of the expression it happened in.
 */
function renderMarkdown(engine: ReturnType<typeof createEngine>, file: string, context: object): string {
  const source = readFileSync(file, 'utf8');
  const { template, sourceLine } = markdownTemplate(markdownTitle(source)?.body ?? source);
  try {
    return engine.renderSource(file, template, context);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    const at = /line (\d+), column (\d+)|Parse error on line (\d+)/.exec(err.detail);
    const line = at ? sourceLine(Number(at[1] ?? at[3]), Number(at[2] ?? 1) - 1) : undefined;
    if (line === undefined) throw err;
    const detail = at![3] !== undefined ? `${err.detail.replace(/line \d+/, `line ${line}`)}` : `line ${line}`;
    throw new TemplateError(err.template, err.field, detail);
  }
}
