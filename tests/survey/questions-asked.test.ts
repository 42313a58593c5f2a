// Which topic chapters a report shows, decided without the registry (the preview's chapter list) by the same
// years the registry's question sections carry: on the sample data the two agree question by question, and
// for an earlier report year the chapters left out are exactly those whose questions all came onto the form
// later (read here from the codebook YAML itself).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../pipeline/build/registry.ts';
import { memoryLogger } from '../../pipeline/context.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';
import { defaultChapters, visibleChapters } from '../../pipeline/report/index.ts';
import { questionsAsked } from '../../pipeline/survey/items.ts';
import type { BuildData } from '../../pipeline/types.ts';
import { contentData } from '../factsheets/content-data.ts';

let data: BuildData;
beforeAll(async () => {
  data = await contentData();
}, 120_000);

describe('questions asked, without the registry', () => {
  it('gives every generated question the years its development table shows, and its chapter', async () => {
    const registry = await loadRegistry(data, { out: DEFAULT_PATHS.out }, { log: memoryLogger(), now: () => new Date('2025-03-01T12:00:00Z'), root: PROJECT_ROOT });
    const sections = registry.artifact.questions;
    expect(sections.length).toBeGreaterThan(10);
    const asked = new Map(questionsAsked(data).map((q) => [q.code, q]));
    for (const s of sections) {
      const dev = registry.artifact.tables[s.development]!;
      // A year column per year (a matrix's development), or a row per year (column "ar").
      const shown = dev.columns.some((c) => c.key === 'ar')
        ? [...new Set(dev.rows.map((r) => Number(r.cells['ar'])))].sort((a, b) => a - b)
        : dev.columns.filter((c) => /^y\d{4}$/.test(c.key)).map((c) => Number(c.label));
      expect(asked.get(s.code)?.years, s.code).toEqual(shown);
      expect(s.years, s.code).toEqual(shown);
      expect(asked.get(s.code)?.chapter, s.code).toBe(s.chapter);
    }
  }, 120_000);

  it('leaves out, for an earlier report year, exactly the topic chapters whose questions all started later', () => {
    const year = 2016;
    const codebook = parse(readFileSync(join(DEFAULT_PATHS.codebooks, 'is248-codebook.yaml'), 'utf8')) as { questions?: Record<string, { chapter?: string; years?: [number, number | null] }> };
    const variables = Object.values(codebook.questions ?? {});
    expect(variables.length).toBeGreaterThan(20);
    const firstYear = new Map<string, number>();
    for (const v of variables) if (v.chapter) firstYear.set(v.chapter, Math.min(firstYear.get(v.chapter) ?? Infinity, v.years?.[0] ?? 0));
    const chapters = defaultChapters();
    const topics = chapters.filter((c) => c.topic);
    const expectedHidden = topics.filter((c) => (firstYear.get(c.id) ?? Infinity) > year).map((c) => c.id);
    expect(expectedHidden.length).toBeGreaterThan(0);
    const earlier = { ...data, reportYear: year };
    const shown = visibleChapters(chapters, questionsAsked(earlier));
    expect(chapters.filter((c) => !shown.some((s) => s.id === c.id)).map((c) => c.id)).toEqual(expectedHidden);
    // Numbered chapters are numbered as printed: 1, 2, 3 … without gaps.
    const numbers = shown.filter((c) => /^\d+$/.test(c.number)).map((c) => Number(c.number));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
