// The data every report template sees: the report's identity for the year (from the project file: title,
// subtitle, series, who wrote it for whom, date, whether it is sample data) and the registry's facts by id
// (`facts.national.…`). Also the PDF's document properties, made from the same identity. Pure.
import type { PdfMetadata } from '../print/postprocess.ts';
import type { ReportMeta } from '../project/index.ts';
import type { RegistryArtifact } from '../registry/types.ts';

export const SAMPLE_NOTICE = 'Eksempeldata – ikke offisielle tall';

/** The PDF's Subject: the subtitle, and the sample-data notice when the numbers are not real (as the fact sheets' Subject). */
export function reportSubject(meta: ReportMeta, synthetic: boolean): string {
  return synthetic ? `${meta.subtitle}. ${SAMPLE_NOTICE}` : meta.subtitle;
}

/** The report PDF's document properties (the build and the preview's PDF button). */
export function reportPdfMetadata(meta: ReportMeta, synthetic: boolean, date?: Date): PdfMetadata {
  return {
    title: meta.title,
    author: meta.author,
    subject: reportSubject(meta, synthetic),
    keywords: meta.keywords,
    lang: meta.language,
    ...(date !== undefined ? { date } : {}),
  };
}

/** What each `report.*` field holds, for authors (docs/reference.md). */
export const REPORT_FIELD_DOCS: Readonly<Record<keyof ReportInfo, string>> = {
  year: 'The report year.',
  previousYear: 'The year before.',
  title: 'The title (project file, {year} filled in).',
  subtitle: 'The subtitle.',
  author: 'The authors, comma-separated.',
  authors: 'The authors, a list.',
  series: 'Series and number, "IS-24/8".',
  institution: 'The institution that writes the report.',
  commissioner: 'The institution that commissions it.',
  isbn: "The ISBN, or '' when there is none.",
  lang: 'The language, nb or nn.',
  synthetic: 'Whether the numbers are sample data.',
  notice: 'The sample-data notice, or \'\' for real data.',
  published: 'The publication date as text, "12. mars 2025".',
};

export interface ReportInfo {
  year: number;
  previousYear: number;
  title: string;
  subtitle: string;
  /** The authors, comma-separated. */
  author: string;
  authors: readonly string[];
  /** "IS-24/8" */
  series: string;
  /** Writes the report (SINTEF). */
  institution: string;
  /** Commissions it (Helsedirektoratet). */
  commissioner: string;
  /** ISBN, or '' when the project file has none. */
  isbn: string;
  lang: 'nb' | 'nn';
  synthetic: boolean;
  /** The sample-data notice, or '' for real data. */
  notice: string;
  /** "12. mars 2025" */
  published: string;
}

export interface ReportContext {
  report: ReportInfo;
  facts: Record<string, Record<string, number | string | null>>;
}

export function formatDateNb(date: Date): string {
  return new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' }).format(date);
}

export function reportInfo(artifact: RegistryArtifact, meta: ReportMeta): ReportInfo {
  const year = artifact.reportYear;
  return {
    year,
    previousYear: year - 1,
    title: meta.title,
    subtitle: meta.subtitle,
    author: meta.author,
    authors: meta.authors,
    series: meta.series,
    institution: meta.institution,
    commissioner: meta.commissioner,
    isbn: meta.isbn ?? '',
    lang: meta.language,
    synthetic: artifact.synthetic,
    notice: artifact.synthetic ? SAMPLE_NOTICE : '',
    published: formatDateNb(meta.date),
  };
}

export function reportContext(artifact: RegistryArtifact, meta: ReportMeta): ReportContext {
  return {
    report: reportInfo(artifact, meta),
    facts: Object.fromEntries(Object.entries(artifact.facts).map(([id, f]) => [id, f.values])),
  };
}
