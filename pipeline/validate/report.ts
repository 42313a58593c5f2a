// Writes the quality report (HTML and xlsx), atomically, to the files the output layout names.
import type { QualityFiles } from '../layout.ts';
import type { Finding, Year } from '../types.ts';
import type { UnitComment } from './comments.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { qualityReportHtml } from './report-html.ts';
import { qualityReportXlsx } from './report-xlsx.ts';

export interface QualityReportOptions {
  year?: Year;
  /** The units' free-text comments, shown next to their findings. */
  comments?: readonly UnitComment[];
  /** Creation time stamped into the xlsx; fixed by default so reruns give the same file. */
  now?: Date;
}

export async function writeQualityReport(
  findings: readonly Finding[],
  files: Pick<QualityFiles, 'html' | 'xlsx'>,
  opts: QualityReportOptions = {},
): Promise<{ html: string; xlsx: string }> {
  const { html, xlsx } = files;
  const bytes = await qualityReportXlsx(findings, opts);
  writeFileAtomic(html, qualityReportHtml(findings, opts));
  writeFileAtomic(xlsx, bytes);
  return { html, xlsx };
}
