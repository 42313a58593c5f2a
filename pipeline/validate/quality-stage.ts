// The quality-report stage: every finding of every year → kvalitet.html and kvalitet.xlsx. Written before the
// build decides whether the data may be used, so a workbook with errors still gets its report.
import type { QualityFiles } from '../layout.ts';
import { defineStage } from '../stage/index.ts';
import type { Finding, Year } from '../types.ts';
import type { UnitComment } from './comments.ts';

export interface QualityInput {
  findings: readonly Finding[];
  findingsKey: string;
  /** The units' free-text comments, shown next to their findings. */
  comments: readonly UnitComment[];
  year: Year;
  files: QualityFiles;
  /** Stamped into the xlsx. */
  now: Date;
}

export const qualityStage = defineStage<QualityInput, { findings: number }>({
  name: 'quality',
  module: import.meta.url,
  id: (i) => `kvalitet-${i.year}`,
  inputs: (i) => [{ value: i.findingsKey }, { value: i.comments }, { value: i.year }],
  outputs: (i) => [i.files.html, i.files.xlsx],
  run: async (i) => {
    const { writeQualityReport } = await import('./report.ts');
    await writeQualityReport(i.findings, i.files, { year: i.year, now: i.now, comments: i.comments });
    return { findings: i.findings.length };
  },
});
