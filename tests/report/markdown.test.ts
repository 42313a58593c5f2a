// Markdown chapters: the same Handlebars expressions as an HTML chapter give the same report; what helpers
// write (tables, figures, numbers with no-break spaces) is not touched by Markdown; Markdown does its own work
// (paragraphs, emphasis, lists, `{.lead}`); errors name the Markdown file and line; the title comes from `# `.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEFAULT_PROJECT_FILE, parseProject } from '../../pipeline/project/index.ts';
import type { RenderedFigure } from '../../pipeline/charts/figures.ts';
import type { RegistryArtifact } from '../../pipeline/registry/types.ts';
import { markdownTemplate, markdownTitle, projectChapters, renderReport, ReportError, type ChapterDef } from '../../pipeline/report/index.ts';
import { TemplateError } from '../../pipeline/templating/index.ts';
import { FIXTURE_CHAPTERS, fixtureArtifact } from './fixtures/artifact.ts';

const HBS = join(import.meta.dirname, 'fixtures', 'chapters');
let fixture: { artifact: RegistryArtifact; svgs: Record<string, RenderedFigure> };
beforeAll(async () => {
  fixture = await fixtureArtifact();
});

/** The fixture's first chapter (en.hbs) written as Markdown. */
const EN_MD = `# Første kapittel

Se {{ref "figure" "fig-b"}} i {{ref "chapter" "to"}} og {{ref "table" "tab-a" cap=true}} nedenfor. {.lead}

{{#> keybox id="nokkeltall" title=(concat "Nøkkeltall " report.year)}}
{{> key value=(int facts.national.total) label="årsverk i alt"}}
{{> key value=(signed facts.national.change) label="endring fra i fjor"}}
{{/keybox}}

Årsverkene {{dir facts.national.change "økte" "gikk ned" "var uendret"}}: {{change facts.national.change facts.national.changeRel unit="årsverk"}}. Psykologene: {{change facts.national.down null unit="årsverk"}}. Ellers {{change facts.national.same null}}.
{{section "Hovedtall"}}
{{table "tab-a"}}
{{figure "fig-a"}}
{{#> note title="Om tallene"}}<p>Tallene i {{ref "table" "tab-v"}} i {{ref "chapter" "vedlegg"}} er eksempeldata.</p>{{/note}}
`;

/** Chapters of the fixture with `en` as a Markdown file holding `source`. */
function withMarkdown(source: string): ChapterDef[] {
  const dir = mkdtempSync(join(tmpdir(), 'report-md-'));
  writeFileSync(join(dir, 'en.md'), source);
  return FIXTURE_CHAPTERS.map((c) => (c.id === 'en' ? { ...c, file: join(dir, 'en.md') } : { ...c, file: join(HBS, `${c.id}.hbs`) }));
}

const render = (chapters: ChapterDef[]) => renderReport({ ...fixture, now: new Date('2025-03-12T10:00:00Z'), chapters }).html;
/** The HTML with whitespace between and inside tags evened out (Markdown writes line breaks differently). */
const norm = (html: string): string => html.replace(/&nbsp;/g, '\u00a0').replace(/\s+/g, ' ').replace(/\s*(<[^>]+>)\s*/g, '$1');

describe('a Markdown chapter', () => {
  it('gives the same report as the HTML chapter with the same expressions', () => {
    const fromHbs = render(FIXTURE_CHAPTERS.map((c) => ({ ...c, file: join(HBS, `${c.id}.hbs`) })));
    const fromMd = render(withMarkdown(EN_MD));
    const chapter = (html: string) => /<section class="chapter chapter-en"[\s\S]*?<\/section>/.exec(norm(html))?.[0];
    expect(chapter(fromMd)).toBe(chapter(fromHbs));
    expect(norm(fromMd)).toBe(norm(fromHbs));
    // The table was rendered whole: not wrapped in a paragraph, no Markdown in it.
    expect(fromMd).not.toMatch(/<p>\s*<(div|figure|table|h2|aside)/);
    expect(fromMd).toContain('17\u00a0436');
  });

  it('leaves expressions to Handlebars: underscores, quotes and asterisks inside {{…}} are not Markdown', () => {
    const t = markdownTemplate('Andel {{pct facts.survey.HENV_B_PH_5 0}} og *{{int facts.x}}* «{{dir a "økte" "gikk *ned*" "lik"}}»\n').template;
    expect(t).toBe('<p>Andel {{pct facts.survey.HENV_B_PH_5 0}} og <em>{{int facts.x}}</em> «{{dir a "økte" "gikk *ned*" "lik"}}»</p>\n');
  });

  it('makes a block helper or partial starting a line a block, even without blank lines around it', () => {
    const note = markdownTemplate('Tekst.\n{{#> note title="Om"}}<p>Inni.</p>{{/note}}\n').template;
    expect(note).toBe('<p>Tekst.</p>\n{{#> note title="Om"}}<p>Inni.</p>{{/note}}');
    const t = markdownTemplate('Tekst før.\n{{section "Del"}}\nTekst etter.\n{{table "x"}}\n').template;
    expect(t).toBe('<p>Tekst før.</p>\n{{section "Del"}}\n<p>Tekst etter.</p>\n{{table "x"}}');
  });

  it('keeps control expressions between paragraphs out of them, and inside one paragraph when written so', () => {
    const between = markdownTemplate('{{#if x}}\n\nFørst.\n\n{{else}}\n\nEllers.\n\n{{/if}}\n').template;
    expect(between).toBe('{{#if x}}\n<p>Først.</p>\n{{else}}\n<p>Ellers.</p>\n{{/if}}');
    const inside = markdownTemplate('Tall{{#if x}}, og mer{{/if}}.\n').template;
    expect(inside).toBe('<p>Tall{{#if x}}, og mer{{/if}}.</p>\n');
  });

  it('does its own Markdown: emphasis, lists, links, a class with {.lead}', () => {
    const t = markdownTemplate('Innledning med *vekt* {.lead}\n\n- en\n- to\n\nSe [SSB](https://www.ssb.no).\n').template;
    expect(t).toContain('<p class="lead">Innledning med <em>vekt</em></p>');
    expect(t).toContain('<ul>\n<li>en</li>\n<li>to</li>\n</ul>');
    expect(t).toContain('<a href="https://www.ssb.no">SSB</a>');
  });

  it('names the Markdown file and its line when a fact is missing', () => {
    const source = EN_MD.replace('Ellers {{change facts.national.same null}}.', 'Ellers {{change facts.national.same null}}.\n\nOg {{facts.national.nope}}.');
    let err: unknown;
    try {
      render(withMarkdown(source));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TemplateError);
    const t = err as TemplateError;
    expect(t.template).toMatch(/en\.md$/);
    expect(t.field).toMatch(/nope$/);
    const line = source.split('\n').findIndex((l) => l.includes('nope')) + 1;
    expect(t.message).toContain(`line ${line}`);
  });
});

describe('titles and the project file', () => {
  it('reads the title from the first line and blanks it (line numbers kept)', () => {
    expect(markdownTitle('\n# Tittel her\n\nTekst.\n')).toEqual({ title: 'Tittel her', body: '\n\n\nTekst.\n' });
    expect(markdownTitle('Tekst.\n# Ikke tittel\n')).toBeUndefined();
  });

  it('a chapter without a title in either place is an error naming the chapter; a title in the file wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-md-title-'));
    writeFileSync(join(dir, 'x.md'), 'Bare tekst.\n');
    writeFileSync(join(dir, 'y.md'), '# Fra filen\n\nTekst.\n');
    const doc = parse(readFileSync(DEFAULT_PROJECT_FILE, 'utf8')) as { chapters: unknown[] };
    doc.chapters = [{ id: 'x', file: 'x.md' }];
    expect(() => projectChapters(parseProject(stringify(doc), 'copy.yaml'), dir)).toThrow(ReportError);
    expect(() => projectChapters(parseProject(stringify(doc), 'copy.yaml'), dir)).toThrow(/chapter "x" has no title/);
    doc.chapters = [{ id: 'y', file: 'y.md' }, { id: 'x', file: 'x.md', title: 'Fra prosjektfilen' }, { id: 'v', file: 'x.md', title: 'Vedlegg', number: 'V' }];
    const chapters = projectChapters(parseProject(stringify(doc), 'copy.yaml'), dir);
    expect(chapters.map((c) => [c.title, c.number])).toEqual([['Fra filen', '1'], ['Fra prosjektfilen', '2'], ['Vedlegg', 'V']]);
  });
});

describe('docs/authoring.md', () => {
  it('its prose-only chapter example renders as a chapter of the report', () => {
    const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'authoring.md'), 'utf8');
    const block = /```markdown\n((?:[ \t]*)# Forord[\s\S]*?)```/.exec(guide)?.[1];
    expect(block).toBeDefined();
    const indent = /^[ \t]*/.exec(block!)![0];
    const source = block!.split('\n').map((l) => l.slice(indent.length)).join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'report-forord-'));
    writeFileSync(join(dir, 'forord.md'), source);
    const chapters: ChapterDef[] = [{ id: 'forord', title: markdownTitle(source)!.title, number: '1', file: join(dir, 'forord.md') }];
    const html = renderReport({ ...fixture, now: new Date('2025-03-12T10:00:00Z'), chapters }).html;
    const text = /<section class="chapter chapter-forord"[\s\S]*?<\/section>/.exec(html)![0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('1 Forord');
    expect(text).toContain('Rapporten er skrevet av SINTEF på oppdrag fra Helsedirektoratet');
    expect(text).toContain('skjema IS-24/8 for 2024');
  });
});
