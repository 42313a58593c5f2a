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

  it('names the key of a bad entry in the new shapes: labels, scale, multi options, matrix rows and their columns', () => {
    const fails = (edit: (d: Record<string, any>) => void, pattern: RegExp) => expect(() => parseCodebook(mutate(edit), 'x.yaml')).toThrow(pattern);
    fails((d) => (d.questions.RPH.label.nno = 'x'), /questions\.RPH\.label/);
    fails((d) => (d.questions.BOLIG.scale = 'best_first'), /questions\.BOLIG\.scale/);
    fails((d) => (d.questions.RPH.values['1'].nynorsk = 'x'), /questions\.RPH\.values\.1/);
    fails((d) => (d.questions.PAARORENDE.options.KURS.yeas = [2018, null]), /questions\.PAARORENDE\.options\.KURS/);
    fails((d) => (d.questions.KOMPSENTER.rows.SIFER.years = [2010, null]), /questions\.KOMPSENTER\.rows\.SIFER\.years: outside/);
    fails((d) => (d.questions.KOMPSENTER.chapter = 'Kompetansesentre'), /questions\.KOMPSENTER\.chapter/);
    fails((d) => (d.questions.PAARORENDE.factsheet = 'ja'), /questions\.PAARORENDE\.factsheet/);
    fails((d) => (d.questions.REKRUTT_YRKE.asked_if = { PAARORENDE: [1] }), /PAARORENDE is a multi question, not a choice question/);
    // PAARORENDE's option KURS has the column PAARORENDE_KURS: a question of that code would read the same column.
    fails((d) => (d.questions.PAARORENDE_KURS = { type: 'choice', text: 'x', values: { 1: 'Ja' }, years: [2018, null] }), /column PAARORENDE_KURS is also a column of/);
  });

  it('matrix and multi questions have one column per row or option, in the years each was on the form', () => {
    const cb = loadCodebook(FILE);
    const cols = (year: number) => codebookForYear(cb, year).questions.filter((q) => q.question === 'KOMPSENTER').map((q) => q.code);
    expect(cols(2020)).toEqual(['NAPHA', 'KORUS', 'RKBU', 'RVTS', 'NKROP', 'NKVTS', 'NSSF'].map((r) => `KOMPSENTER_${r}`));
    expect(cols(2022)).toContain('KOMPSENTER_SIFER');
    expect(codebookForYear(cb, 2024).questions.filter((q) => q.question === 'PAARORENDE').map((q) => q.code)).toContain('PAARORENDE_INGEN');
    expect(codebookForYear(cb, 2022).questions.some((q) => q.question === 'OMDISP')).toBe(false);
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
