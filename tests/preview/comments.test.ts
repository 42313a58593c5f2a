// The real preview project (the pipeline's own stages on the sample data): a unit's own comment of the report
// year is given for its sheet's page, and the findings page shows it next to the unit's findings, escaped.
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipeline/context.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';
import { pipelineSource } from '../../pipeline/preview/index.ts';
import { contentData } from '../factsheets/content-data.ts';

describe('comments in the real preview project', () => {
  it('a unit’s page gets its report-year KOMMENTAR; the findings page shows it next to its findings', async () => {
    const data = await contentData();
    const ctx = { log: memoryLogger(), now: () => new Date('2025-03-01T10:00:00Z'), root: PROJECT_ROOT };
    const project = await pipelineSource({ data: DEFAULT_PATHS.data, out: DEFAULT_PATHS.out, templates: DEFAULT_PATHS.templates }, ctx).load();
    const withComment = data.panel.answers.filter((a) => a.year === data.reportYear && typeof a.answers['KOMMENTAR'] === 'string');
    expect(withComment.length).toBeGreaterThan(5);
    for (const a of withComment) expect(project.comments?.(a.code), a.code).toEqual([{ year: data.reportYear, unit: a.code, question: 'KOMMENTAR', text: String(a.answers['KOMMENTAR']).trim() }]);
    const without = data.panel.units.find((u) => !withComment.some((a) => a.code === u.code))!;
    expect(project.comments?.(without.code)).toEqual([]);
    // The sample comments include markup characters: escaped in the findings page.
    const html = project.quality();
    const all = data.panel.answers.filter((a) => typeof a.answers['KOMMENTAR'] === 'string');
    const shown = all.find((a) => data.findings.some((f) => f.unit === a.code && f.year === a.year));
    expect(shown, 'a unit with a comment and a finding that year').toBeDefined();
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(html).toContain(`<td class="comment">${escape(String(shown!.answers['KOMMENTAR']).trim())}</td>`);
    // The sample comments include markup characters: never raw in the page.
    const marked = all.map((a) => String(a.answers['KOMMENTAR'])).filter((t) => /[<>]/.test(t));
    expect(marked.length).toBeGreaterThan(0);
    for (const t of marked) expect(html).not.toContain(t);
  });
});
