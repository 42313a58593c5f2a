// The project file: report.yaml at the root is valid and names every chapter the registry files items under;
// a broken file fails with the key; the command line's overrides; the identity for a year.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEFAULT_PROJECT_FILE, isIsbn13, loadProject, parseProject, ProjectError, reportMeta, withOverrides } from '../../pipeline/project/index.ts';
import { loadCodebook } from '../../pipeline/codebook/index.ts';
import { DEFAULT_PATHS } from '../../pipeline/paths.ts';
import { registryItems } from '../../pipeline/registry/index.ts';
import { join } from 'node:path';

const REGISTRY = registryItems(loadCodebook(join(DEFAULT_PATHS.codebooks, 'is248-codebook.yaml')));
import { defaultChapters } from '../../pipeline/report/index.ts';

const text = readFileSync(DEFAULT_PROJECT_FILE, 'utf8');
/** report.yaml with `edit` applied to its parsed content. */
const edited = (edit: (doc: Record<string, unknown>) => void): string => {
  const doc = parse(text) as Record<string, unknown>;
  edit(doc);
  return stringify(doc);
};
const issues = (source: string): string[] => {
  try {
    parseProject(source, 'copy.yaml');
  } catch (err) {
    if (err instanceof ProjectError) return err.issues;
    throw err;
  }
  throw new Error('expected a ProjectError');
};

describe('report.yaml', () => {
  it('is valid, and every registry item the report shows belongs to one of its chapters', () => {
    const project = loadProject();
    const ids = new Set(project.chapters.map((c) => c.id));
    // A table set (one table per fylke) goes to the statistikkpakke, not into a chapter.
    const orphans = REGISTRY.filter((item) => item.kind !== 'tableSet' && !ids.has(item.chapter)).map((i) => `${i.id} → ${i.chapter}`);
    expect(orphans).toEqual([]);
    expect(project.institution).toBe('SINTEF');
    expect(project.commissioner).toBe('Helsedirektoratet');
  });

  it('numbers the chapters in order and takes Markdown titles from the first line', () => {
    const chapters = defaultChapters();
    const project = loadProject();
    expect(chapters.map((c) => c.id)).toEqual(project.chapters.map((c) => c.id));
    const numbered = chapters.filter((c) => /^\d+$/.test(c.number));
    expect(numbered.map((c) => c.number)).toEqual(numbered.map((_, i) => String(i + 1)));
    // A topic chapter without a file of its own is its questions' sections; the others start with "# Title".
    for (const c of chapters.filter((x) => x.file !== undefined)) {
      const first = readFileSync(c.file!, 'utf8').split('\n')[0]!;
      expect(first).toBe(`# ${c.title}`);
    }
  });
});

describe('errors name the key', () => {
  it('an unknown key', () => {
    expect(issues(edited((d) => (d['titel'] = 'x')))).toEqual([expect.stringMatching(/titel/)]);
  });
  it('an unknown key in a chapter, and a chapter id listed twice', () => {
    expect(issues(edited((d) => ((d['chapters'] as object[])[2] = { id: 'x', file: 'chapters/x.md', tittel: 'X' }))).join('\n')).toMatch(/chapters\.2.*tittel/);
    expect(issues(edited((d) => (d['chapters'] as object[]).push({ id: 'metode', file: 'chapters/metode.md' })))).toEqual([expect.stringMatching(/chapters\.\d+\.id: chapter "metode" is listed twice/)]);
  });
  it('a missing field, a bad ISBN, a bad date, an unknown output', () => {
    expect(issues(edited((d) => delete d['commissioner']))).toEqual([expect.stringMatching(/^commissioner:/)]);
    expect(issues(edited((d) => (d['isbn'] = '978-82-14-00000-1')))).toEqual([expect.stringMatching(/^isbn: not a valid ISBN-13/)]);
    expect(issues(edited((d) => (d['date'] = '12.03.2025')))).toEqual([expect.stringMatching(/^date:/)]);
    expect(issues(edited((d) => (d['outputs'] = ['report', 'pdf'])))).toEqual([expect.stringMatching(/^outputs\.1:/)]);
  });
  it('YAML that does not parse, and a file that does not exist', () => {
    expect(issues('title: [unclosed')).toEqual([expect.stringMatching(/not valid YAML/)]);
    expect(() => loadProject('/nonexistent/report.yaml')).toThrow(/\/nonexistent\/report\.yaml[\s\S]*cannot read/);
  });
});

describe('identity', () => {
  it('fills in the year, joins series and number, and takes the date from the file when it has one', () => {
    const project = parseProject(edited((d) => (d['date'] = '2025-06-30')), 'copy.yaml');
    const meta = reportMeta(project, 2031, new Date('2030-01-01T00:00:00Z'));
    expect(meta.title).toBe(`${String(parse(text).title).replace('{year}', '2031')}`);
    expect(meta.title).toContain('2031');
    expect(meta.series).toBe(`${project.series}-${project.number}`);
    expect(meta.date.toISOString().slice(0, 10)).toBe('2025-06-30');
    expect(reportMeta(loadProject(), 2031, new Date('2030-01-01T00:00:00Z')).date.toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });

  it('the command line overrides title and date, and is checked like the file', () => {
    const project = withOverrides(loadProject(), { title: 'Annen tittel {year}', date: '2025-01-02' });
    expect(reportMeta(project, 2024, new Date()).title).toBe('Annen tittel 2024');
    expect(project.date).toBe('2025-01-02');
    expect(() => withOverrides(loadProject(), { date: 'i morgen' })).toThrow(/--date[\s\S]*date:/);
  });

  it('checks the ISBN-13 check digit', () => {
    expect(isIsbn13('978-0-306-40615-7')).toBe(true);
    expect(isIsbn13('978-0-306-40615-6')).toBe(false);
    expect(isIsbn13('0-306-40615-2')).toBe(false);
  });
});
