// The report's identity for one report year, as every output shows it (the PDF's document properties, the
// cover, the web pages, the fact sheets): title with the year filled in, "IS-24/8", who wrote it for whom.
// Pure.
import type { Project } from './load.ts';

export interface ReportMeta {
  year: number;
  /** "Kommunalt psykisk helse- og rusarbeid 2024" */
  title: string;
  subtitle: string;
  /** "IS-24/8" */
  series: string;
  institution: string;
  commissioner: string;
  authors: readonly string[];
  /** The PDF's Author: the authors, comma-separated. */
  author: string;
  /** The publication date: the project's, else `now`. */
  date: Date;
  isbn?: string;
  language: 'nb' | 'nn';
  keywords: readonly string[];
}

/** `{year}` in the project's texts → the report year. */
const withYear = (text: string, year: number): string => text.replaceAll('{year}', String(year));

export function reportMeta(project: Project, year: number, now: Date): ReportMeta {
  return {
    year,
    title: withYear(project.title, year),
    subtitle: withYear(project.subtitle, year),
    series: `${project.series}-${project.number}`,
    institution: project.institution,
    commissioner: project.commissioner,
    authors: project.authors,
    author: project.authors.join(', '),
    // Noon in Oslo of the given day, so the date reads the same in every time zone the build runs in.
    date: project.date !== undefined ? new Date(`${project.date}T12:00:00+01:00`) : now,
    ...(project.isbn !== undefined ? { isbn: project.isbn } : {}),
    language: project.language,
    keywords: project.keywords,
  };
}
