// Changing the title in a copy of report.yaml changes the printed report's title (its PDF Title and <title>,
// the cover, the running footer) with no code change: the report is built from the sample data with the copy
// and its PDF read back with pdfjs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { PdfInspection } from '../../pipeline/print/inspect.ts';
import { DEFAULT_PROJECT_FILE, loadProject } from '../../pipeline/project/index.ts';
import { sampleReport, type SampleReport } from '../report/sample-report.ts';

const OUT = join(tmpdir(), 'is248-project-title-test');
const TITLE = 'Et annet navn på rapporten {year}';
let built: SampleReport;
let pdf: PdfInspection;
let html: string;
let year: number;

beforeAll(async () => {
  // The copy: another title; three chapters that refer only to each other, so the print is quick.
  const doc = parse(readFileSync(DEFAULT_PROJECT_FILE, 'utf8')) as { title: string; chapters: { id: string }[] };
  expect(doc.title).not.toBe(TITLE);
  doc.title = TITLE;
  doc.chapters = doc.chapters.filter((c) => ['utvikling', 'metode', 'vedlegg'].includes(c.id));
  const file = join(mkdtempSync(join(tmpdir(), 'project-')), 'report.yaml');
  writeFileSync(file, stringify(doc));

  built = await sampleReport(OUT, loadProject(file));
  ({ pdf, html } = built);
  year = built.data.reportYear;
}, 400_000);

afterAll(async () => {
  await built?.close();
});

it("the PDF's title, the HTML's <title> and the cover carry the copy's title", () => {
  const expected = TITLE.replace('{year}', String(year));
  expect(pdf.metadata.title).toBe(expected);
  expect(html).toContain(`<title>${expected}</title>`);
  expect(pdf.pages[0]!.lines.map((l) => l.text)).toContain(expected);
  // The author is the project file's too (SINTEF, not a constant in code).
  expect(pdf.metadata.author).toBe(loadProject().authors.join(', '));
  // Only the copy's chapters were printed.
  expect(pdf.pages.flatMap((p) => p.lines.map((l) => l.text))).toContain('1 Årsverk over tid');
});
