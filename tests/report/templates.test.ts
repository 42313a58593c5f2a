// The report's templating without a browser: numbering per chapter in order of appearance, cross-references,
// TOC and lists, strict failures that name the template and the field, and the placeholder mode for previews.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipeline/context.ts';
import type { RenderedFigure } from '../../pipeline/charts/figures.ts';
import type { RegistryArtifact } from '../../pipeline/registry/types.ts';
import { renderReport, ReportError, type ReportHtmlInput } from '../../pipeline/report/index.ts';
import { TemplateError } from '../../pipeline/templating/index.ts';
import { FIXTURE_CHAPTERS, fixtureArtifact } from './fixtures/artifact.ts';

const CHAPTER_DIR = join(import.meta.dirname, 'fixtures', 'chapters');
const NOW = new Date('2025-03-12T10:00:00Z');
let fixture: { artifact: RegistryArtifact; svgs: Record<string, RenderedFigure> };

beforeAll(async () => {
  fixture = await fixtureArtifact();
});

const input = (extra: Partial<ReportHtmlInput> = {}): ReportHtmlInput => ({
  ...fixture,
  now: NOW,
  chapters: FIXTURE_CHAPTERS,
  chapterTemplates: CHAPTER_DIR,
  ...extra,
});

/** A chapter folder holding the fixture chapters with some replaced. */
function chapterDir(replace: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-chapters-'));
  for (const c of FIXTURE_CHAPTERS) writeFileSync(join(dir, `${c.id}.hbs`), replace[c.id] ?? readFileSync(join(CHAPTER_DIR, `${c.id}.hbs`), 'utf8'));
  return dir;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

/** Text of the element with `id` (tags stripped). */
function textOf(html: string, tag: string, id: string): string {
  const m = new RegExp(`<${tag}[^>]* id="${id}"[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return (m?.[1] ?? '').replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

describe('numbering and cross-references', () => {
  it('numbers figures and tables per chapter in order of appearance, the appendix with V', () => {
    const r = renderReport(input());
    expect(r.figures.map((f) => [f.anchor, f.number])).toEqual([
      ['figur-fig-a', 'Figur 1.1'],
      ['figur-fig-b', 'Figur 2.1'],
    ]);
    expect(r.tables.map((t) => [t.anchor, t.number])).toEqual([
      ['tabell-tab-a', 'Tabell 1.1'],
      ['tabell-tab-long', 'Tabell 2.1'],
      ['tabell-tab-v', 'Tabell V.1'],
    ]);
    // The captions in the document carry the same numbers and the registry titles.
    expect(textOf(r.html, 'div', 'figur-fig-b')).toMatch(/^Figur 2\.1 Årsverk per 10 000 i fire grupper/);
    expect(r.html).toMatch(/<caption><span class="label">Tabell V\.1<\/span> Alle enheter<\/caption>/);
    // A figure the templates do not show is not numbered.
    expect(r.html).not.toContain('figur-fig-unused');
  });

  it('resolves references made before, after and across chapters to links with the final numbers', () => {
    const html = renderReport(input()).html;
    expect(html).toContain('Se <a class="xref" href="#figur-fig-b">figur 2.1</a> i <a class="xref" href="#kap-to">kapittel 2</a>');
    expect(html).toContain('<a class="xref" href="#tabell-tab-a">Tabell 1.1</a> nedenfor');
    expect(html).toContain('Som i <a class="xref" href="#figur-fig-a">figur 1.1</a>');
    expect(html).toContain('<a class="xref" href="#tabell-tab-v">tabell V.1</a> i <a class="xref" href="#kap-vedlegg">vedlegget</a>');
    expect(html).not.toMatch(/[\uE000\uE001]/);
    // Every link target exists exactly once.
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    for (const t of new Set(targets)) expect(html.match(new RegExp(` id="${t}"`, 'g')), t).toHaveLength(1);
  });

  it('TOC lists chapters and numbered sections; every TOC entry has a page slot that names its target', () => {
    const r = renderReport(input());
    expect(r.toc.map((e) => `${e.number} ${e.text}`.trim())).toEqual([
      '1 Første kapittel',
      '1.1 Hovedtall',
      '2 Andre kapittel',
      '2.1 Utvikling',
      '2.2 Alle enheter',
      'Vedlegg: Alle enheter',
    ]);
    expect(r.html).toContain('<h2 id="kap-to-2"><span class="num">2.2</span> Alle enheter</h2>');
    for (const id of r.pageTargets) expect(r.html).toContain(`data-page-of="${id}"></span>`);
    // After printing, the page numbers go into the same slots.
    const filled = renderReport(input({ pageRefs: Object.fromEntries(r.pageTargets.map((id, i) => [id, i + 3])) }));
    expect(filled.html).toContain('data-page-of="kap-to-2">7</span>');
  });

  it('prose phrases for increase, decrease and no change, and the key-figure box', () => {
    const html = renderReport(input()).html;
    const f = fixture.artifact.facts.national!.values;
    const pct = (((f.change as number) / (f.totalPrev as number)) * 100).toFixed(1).replace('.', ',');
    expect(html).toContain(`Årsverkene økte: en økning på 362 årsverk, eller ${pct} prosent.`);
    expect(html).toContain('Psykologene: en nedgang på 8 årsverk.');
    expect(html).toContain('Ellers ingen endring.');
    expect(html).toMatch(/<p class="keybox-title" id="nokkeltall">Nøkkeltall 2024<\/p>\s*<div class="key"><p class="key-value">17\u00a0436<\/p>/);
  });

  it('marks sample data on the cover and in the page footer CSS; real data has no notice', () => {
    const html = renderReport(input()).html;
    expect(html).toContain('<p class="cover-notice" role="note"><strong>Eksempeldata – ikke offisielle tall</strong>');
    expect(html).toContain('@bottom-left { content: "Eksempeldata – ikke offisielle tall"');
    const real = renderReport(input({ artifact: { ...fixture.artifact, synthetic: false } })).html;
    expect(real).not.toContain('Eksempeldata');
  });

  it('is self-contained: fonts, CSS and SVG inline, no external URL', () => {
    const html = renderReport(input()).html;
    expect(html).toContain("src: url(data:font/woff2;base64,");
    expect(html).toMatch(/<svg [^>]*role="img" aria-label="[^"]+"/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<link /);
  });
});

describe('failures name the template', () => {
  it('a missing field fails with the template, the field and the line', () => {
    const dir = chapterDir({ to: '<p>Fint.</p>\n\n<p>{{facts.national.nope}}</p>\n' });
    const err = thrown(() => renderReport(input({ chapterTemplates: dir })));
    expect(err).toBeInstanceOf(TemplateError);
    const e = err as TemplateError;
    expect(e.template).toMatch(/to\.hbs$/);
    expect(e.field).toBe('nope');
    expect(e.detail).toContain('line 3');
  });

  it('an unknown figure or table id fails with the template and the id', () => {
    for (const [tpl, field] of [
      ['{{figure "fig-nope"}}', 'figures.fig-nope'],
      ['{{table "tab-nope"}}', 'tables.tab-nope'],
      ['<p>Se {{ref "figure" "fig-nope"}}.</p>', 'figures.fig-nope'],
    ] as const) {
      const err = thrown(() => renderReport(input({ chapterTemplates: chapterDir({ en: tpl }) })));
      expect(err, tpl).toBeInstanceOf(TemplateError);
      expect((err as TemplateError).template, tpl).toMatch(/en\.hbs$/);
      expect((err as TemplateError).field, tpl).toBe(field);
    }
  });

  it('a reference to a figure the report does not show, a bad chapter or a double placement fails', () => {
    const notShown = thrown(() => renderReport(input({ chapterTemplates: chapterDir({ to: '{{figure "fig-b"}}{{table "tab-long"}}<p>{{ref "figure" "fig-unused"}}</p>' }) })));
    expect(notShown).toBeInstanceOf(ReportError);
    expect((notShown as ReportError).code).toBe('report.ref-not-shown');
    expect((notShown as ReportError).message).toMatch(/fig-unused.*to\.hbs/);
    const chapter = thrown(() => renderReport(input({ chapterTemplates: chapterDir({ to: '{{figure "fig-b"}}{{table "tab-long"}}{{ref "chapter" "nei"}}' }) })));
    expect((chapter as ReportError).code).toBe('report.ref-unknown');
    const twice = thrown(() => renderReport(input({ chapterTemplates: chapterDir({ to: '{{figure "fig-b"}}{{table "tab-long"}}{{figure "fig-a"}}' }) })));
    expect(twice).toBeInstanceOf(TemplateError);
    expect(String(twice)).toMatch(/figure "fig-a" is shown twice/);
  });

  it('placeholder mode (previews) shows a visible box for a chapter with a missing id, warns, and keeps numbering right', () => {
    const log = memoryLogger();
    const dir = chapterDir({ en: '{{figure "fig-a"}}{{table "tab-a"}}{{figure "fig-nope"}}' });
    const r = renderReport(input({ chapterTemplates: dir, missing: 'placeholder', log }));
    expect(r.html).toMatch(/<div class="missing" role="note"><p><strong>Kapittelet mangler data\.<\/strong> template .*en\.hbs: missing field &quot;figures\.fig-nope&quot;/);
    // What the failed chapter placed before failing is forgotten: chapter 2's figure is still 2.1, fig-a unnumbered.
    expect(r.figures.map((f) => f.number)).toEqual(['Figur 2.1']);
    expect(r.tables.map((f) => f.number)).toEqual(['Tabell 2.1', 'Tabell V.1']);
    // Chapter 2's reference to the figure the failed chapter would have shown is visible, not hidden.
    expect(r.html).toContain('Som i <span class="missing">[figur ?]</span>');
    expect(r.html).not.toContain('figur-fig-a');
    expect(log.lines.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([
      expect.stringContaining('report chapter "en" shown as a placeholder'),
      expect.stringContaining('cross-reference to figure "fig-a"'),
    ]);
  });
});
