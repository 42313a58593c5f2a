// The data every report template sees: the report's identity (year, title, whether it is sample data) and
// the registry's facts by id (`facts.national.…`). Pure.
import type { RegistryArtifact } from '../registry/types.ts';

export const REPORT_AUTHOR = 'Helsedirektoratet';
export const REPORT_SUBTITLE = 'Årsverk, kompetanse og innhold i tjenestene';
export const SAMPLE_NOTICE = 'Eksempeldata – ikke offisielle tall';
export const REPORT_KEYWORDS = ['psykisk helse', 'rusarbeid', 'kommuner', 'årsverk', 'IS-24/8'] as const;

export function reportTitle(year: number): string {
  return `Kommunalt psykisk helse- og rusarbeid ${year}`;
}

/** The PDF's Subject: the subtitle, and the sample-data notice when the numbers are not real (as the fact sheets' Subject). */
export function reportSubject(synthetic: boolean): string {
  return synthetic ? `${REPORT_SUBTITLE}. ${SAMPLE_NOTICE}` : REPORT_SUBTITLE;
}

export interface ReportInfo {
  year: number;
  previousYear: number;
  title: string;
  subtitle: string;
  author: string;
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

export function reportInfo(artifact: RegistryArtifact, now: Date): ReportInfo {
  const year = artifact.reportYear;
  return {
    year,
    previousYear: year - 1,
    title: reportTitle(year),
    subtitle: REPORT_SUBTITLE,
    author: REPORT_AUTHOR,
    synthetic: artifact.synthetic,
    notice: artifact.synthetic ? SAMPLE_NOTICE : '',
    published: formatDateNb(now),
  };
}

export function reportContext(artifact: RegistryArtifact, now: Date): ReportContext {
  return {
    report: reportInfo(artifact, now),
    facts: Object.fromEntries(Object.entries(artifact.facts).map(([id, f]) => [id, f.values])),
  };
}
