// The report's chapters, in the order of the project file (report.yaml): id (the registry's `chapter` field),
// Norwegian title, the number that prefixes headings and the figure/table numbers of the chapter (Figur 3.1),
// and the template file. Numbered chapters count 1, 2, 3 …; a chapter may set its own number ("V" for the
// appendix). A Markdown chapter's title is its first line `# Title` unless the project file gives one.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadProject, type Project } from '../project/index.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../paths.ts';
import { ReportError } from './errors.ts';
import { markdownTitle } from './markdown.ts';

export interface ChapterDef {
  id: string;
  title: string;
  /** Chapter number shown in headings and used in figure/table numbers ('3' → "Figur 3.1"). */
  number: string;
  /** How a cross-reference names the chapter in running text ("kapittel 3", "vedlegget"). */
  refName?: string;
  /** The chapter's template (.md or .hbs); default `<chapter templates>/<id>.hbs`. */
  file?: string;
  /**
   * A topic chapter of survey questions (the codebook's `chapter`): shown only when the data has at least one
   * of its questions in a year up to the report year (the pandemic only in reports whose data include
   * 2020–2021). Without a template of its own it is its questions' sections (chapters/_questions.hbs).
   */
  topic?: boolean;
}

/** The report templates folder the project's chapter files are relative to. */
export const DEFAULT_REPORT_TEMPLATES = join(DEFAULT_PATHS.templates, 'report');

/** The chapters of `project`, their files under `templates` (the report templates folder). Reads Markdown titles. */
export function projectChapters(project: Project, templates: string = DEFAULT_REPORT_TEMPLATES): ChapterDef[] {
  let counter = 0;
  return project.chapters.map((c, i) => {
    const file = c.file === undefined ? undefined : join(templates, c.file);
    let title = c.title;
    if (title === undefined) {
      if (file === undefined) throw new ReportError('report.chapter-title', `chapters.${i} (${c.id}): a chapter without a file needs a title in the project file`, project.file);
      const where = relative(PROJECT_ROOT, file);
      if (!file.endsWith('.md')) throw new ReportError('report.chapter-title', `chapters.${i} (${c.id}): an .hbs chapter needs a title in the project file`, project.file);
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        throw new ReportError('report.chapter-file', `chapters.${i} (${c.id}): no such file ${where}`, project.file);
      }
      title = markdownTitle(source)?.title;
      if (title === undefined) throw new ReportError('report.chapter-title', `chapter "${c.id}" has no title: start ${where} with "# Title" or give title in the project file`, project.file);
    }
    const number = c.number ?? String(++counter);
    return { id: c.id, title, number, ...(file !== undefined ? { file } : {}), ...(c.refName !== undefined ? { refName: c.refName } : {}), ...(c.topic === true ? { topic: true } : {}) };
  });
}

/** The chapters of report.yaml with the default templates (tests, tools). */
export function defaultChapters(): ChapterDef[] {
  return projectChapters(loadProject());
}

/** The heading of a chapter: "3 Årsverk etter kommunestørrelse"; the appendix has no number in front. */
export function chapterHeading(c: ChapterDef): string {
  return /^\d+$/.test(c.number) ? `${c.number} ${c.title}` : c.title;
}

/** HTML id of a chapter's heading. */
export function chapterAnchor(c: ChapterDef): string {
  return `kap-${c.id}`;
}

/**
 * The chapters a report shows: a topic chapter only when one of its questions was asked in the data's years;
 * numbered chapters renumbered in order (so a left-out chapter leaves no gap).
 */
export function visibleChapters(chapters: readonly ChapterDef[], questions: readonly { chapter: string; years: readonly number[] }[]): ChapterDef[] {
  const shown = chapters.filter((c) => !c.topic || questions.some((q) => q.chapter === c.id && q.years.length > 0));
  let n = 0;
  return shown.map((c) => (/^\d+$/.test(c.number) ? { ...c, number: String(++n) } : c));
}
