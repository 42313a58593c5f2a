// The authors' reference is generated from the code and complete: docs/reference.md is what `npm run docs`
// writes now; every helper the templates can call, every partial and every computed fact value has a
// description; every description names something that exists; the examples give what they say.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACT_PLACEHOLDERS, FACT_SETS, factNamePattern, REFERENCE_FILE, referenceMarkdown } from '../../pipeline/docs/reference.ts';
import { DEFAULT_PATHS } from '../../pipeline/paths.ts';
import { loadProject, reportMeta } from '../../pipeline/project/index.ts';
import type { ComputeInput } from '../../pipeline/registry/types.ts';
import { reportInfo } from '../../pipeline/report/context.ts';
import { INTERNAL_PARTIALS, REPORT_HELPER_DOCS, REPORT_PARTIAL_DOCS, registerReportHelpers } from '../../pipeline/report/helpers.ts';
import { createNumbering } from '../../pipeline/report/numbering.ts';
import { REPORT_FIELD_DOCS } from '../../pipeline/report/context.ts';
import { createEngine, HELPER_DOCS } from '../../pipeline/templating/index.ts';
import { sampleInput } from '../aggregate/input.ts';

const BUILT_IN = new Set(Object.keys(Handlebars.create().helpers));

describe('docs/reference.md', () => {
  it('is what `npm run docs` writes from the code now (run it after changing a helper or a fact)', () => {
    expect(readFileSync(REFERENCE_FILE, 'utf8')).toBe(referenceMarkdown());
  });
});

describe('helpers and partials', () => {
  it('every helper a report template can call is described, and every description names a helper', () => {
    const engine = createEngine();
    registerReportHelpers(engine.handlebars, { artifact: { reportYear: 2024, synthetic: true, tables: {}, tableSets: {}, figures: {}, facts: {}, questions: [] }, svgs: {}, numbering: createNumbering([]) });
    const registered = Object.keys(engine.handlebars.helpers).filter((n) => !BUILT_IN.has(n)).sort();
    const described = [...Object.keys(HELPER_DOCS), ...Object.keys(REPORT_HELPER_DOCS)].sort();
    expect(registered.length).toBeGreaterThan(20);
    expect(described).toEqual(registered);
  });

  it('every partial is described or internal', () => {
    const files = readdirSync(join(DEFAULT_PATHS.templates, 'report', 'partials')).map((f) => f.replace(/\.hbs$/, '')).sort();
    expect([...Object.keys(REPORT_PARTIAL_DOCS), ...INTERNAL_PARTIALS].sort()).toEqual(files);
  });

  it('the number helpers\' examples give what they say', () => {
    const engine = createEngine();
    let checked = 0;
    for (const [name, doc] of Object.entries(HELPER_DOCS)) {
      for (const example of (doc.example ?? '').split('; ')) {
        const [template, expected] = example.split(' → ');
        if (expected === undefined) continue;
        const out = engine.handlebars.compile(template!)({}).replace(/\u00a0/g, ' ');
        expect(out, `${name}: ${example}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('every report.* field is described', () => {
    const info = reportInfo({ reportYear: 2024, synthetic: true, tables: {}, tableSets: {}, figures: {}, facts: {}, questions: [] }, reportMeta(loadProject(), 2024, new Date()));
    expect(Object.keys(REPORT_FIELD_DOCS).sort()).toEqual(Object.keys(info).sort());
  });
});

describe('facts', () => {
  const inputs: ComputeInput[] = [];
  beforeAll(async () => {
    // 2024 starts a new årsverk scheme (changes are null), 2023 does not: both shapes of every fact set.
    inputs.push(await sampleInput(2024), await sampleInput(2023));
  });

  it('every computed fact value is described, and every description matches a computed value', () => {
    expect(FACT_SETS.map((s) => s.id).sort()).toEqual(['chapters', 'national', 'survey']);
    for (const set of FACT_SETS) {
      const names = new Set(inputs.flatMap((input) => Object.keys(set.compute(input).values)));
      const patterns = Object.keys(set.describe).map((d) => ({ d, re: factNamePattern(d) }));
      const undescribed = [...names].filter((n) => !patterns.some((p) => p.re.test(n)));
      expect(undescribed, `facts.${set.id}: values without a description`).toEqual([]);
      const unused = patterns.filter((p) => ![...names].some((n) => p.re.test(n))).map((p) => p.d);
      expect(unused, `facts.${set.id}: descriptions of no value`).toEqual([]);
    }
  });

  it('a placeholder stands for what it says and nothing else', () => {
    expect(factNamePattern('<CODE>_n').test('RPH_n')).toBe(true);
    expect(factNamePattern('<CODE>_n').test('NOT_A_QUESTION_n')).toBe(false);
    expect(factNamePattern('<CODE>_<answer>').test('HENV_B_PH_okning')).toBe(false);
    expect(factNamePattern('<HENV>_okning').test('HENV_V_RUS_okning')).toBe(true);
    expect(() => factNamePattern('<NOPE>_x')).toThrow(/unknown placeholder <NOPE>/);
    expect(Object.keys(FACT_PLACEHOLDERS)).toContain('answer');
  });
});
