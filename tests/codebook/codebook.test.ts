import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CodebookError, codebookForYear, loadCodebook, parseCodebook } from '../../pipeline/codebook/index.ts';

const FILE = 'data/codebooks/is248-codebook.yaml';
const text = readFileSync(FILE, 'utf8');

function mutate(edit: (doc: Record<string, any>) => void): string {
  const doc = parse(text) as Record<string, any>;
  edit(doc);
  return stringify(doc);
}

describe('codebook', () => {
  it('loads the bundled codebook and resolves each year', () => {
    const cb = loadCodebook(FILE);
    const y2015 = codebookForYear(cb, 2015);
    const y2024 = codebookForYear(cb, 2024);
    expect(y2015.scheme).toBe('A');
    expect(y2024.scheme).toBe('B');
    // 11 + 7 tiltak and 14 utdanning per group in scheme A; 8 + 4 and 9 per group in scheme B.
    expect(y2015.arsverk).toHaveLength(11 + 7 + 2 * 14);
    expect(y2024.arsverk).toHaveLength(8 + 4 + 2 * 9);
    expect(y2015.questions.map((q) => q.code)).not.toContain('RPH');
    expect(codebookForYear(cb, 2016).questions.map((q) => q.code)).toContain('RPH');
    expect(y2024.arsverk.find((v) => v.code === 'B_U21')?.psychologist).toBe(true);
    expect(y2015.arsverk.find((v) => v.code === 'V_U12')?.higherEducation).toBe(false);
  });

  it('rejects unknown keys, naming the path', () => {
    const bad = mutate((d) => {
      d.questions.RPH.valuez = d.questions.RPH.values;
    });
    expect(() => parseCodebook(bad, 'x.yaml')).toThrow(CodebookError);
    expect(() => parseCodebook(bad, 'x.yaml')).toThrow(/questions\.RPH/);
  });

  it('rejects a bad year range, a bad type and a dangling asked_if', () => {
    expect(() => parseCodebook(mutate((d) => (d.questions.FACT.years = [2020, 2019])), 'x.yaml')).toThrow(/before first/);
    expect(() => parseCodebook(mutate((d) => (d.questions.FACT.type = 'choise')), 'x.yaml')).toThrow(/questions\.FACT/);
    expect(() => parseCodebook(mutate((d) => (d.questions.RPH_ARSVERK.asked_if = { NOPE: [1] })), 'x.yaml')).toThrow(
      /NOPE is not a question/,
    );
    expect(() => parseCodebook('a: [', 'x.yaml')).toThrow(/not valid YAML/);
  });

  it('resolves header aliases for the years they apply to', () => {
    const cb = parseCodebook(
      mutate((d) => (d.aliases = { V_T01: [{ header: 'V_T1', years: [2015, 2016] }] })),
      'x.yaml',
    );
    expect(codebookForYear(cb, 2015).aliases.get('V_T1')).toBe('V_T01');
    expect(codebookForYear(cb, 2017).aliases.has('V_T1')).toBe(false);
  });
});
