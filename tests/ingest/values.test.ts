// Cell readers: what a cell means and which normalisation is recorded.
import { describe, expect, it } from 'vitest';
import { a1, columnLetter, parseA1 } from '../../pipeline/ingest/a1.ts';
import { unwrap } from '../../pipeline/ingest/cell.ts';
import { parseDateText, parseNumberText, readCode, readNumber, readStatus, readAnswerNumber, type CellCtx } from '../../pipeline/ingest/values.ts';
import type { Finding } from '../../pipeline/types.ts';

function ctx(): CellCtx & { out: Finding[] } {
  return { u: 'Kommune 4601 Bergen', cell: 'C6', header: 'V_T21', where: { file: 'x.xlsx', sheet: 'Årsverk', cell: 'C6' }, out: [] };
}

describe('A1 references', () => {
  it('converts column numbers and back', () => {
    expect([1, 26, 27, 32, 52, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AF', 'AZ', 'ZZ', 'AAA']);
    expect(a1(32, 17)).toBe('AF17');
    expect(parseA1('AB17')).toEqual({ col: 28, row: 17 });
    expect(parseA1('17')).toBeUndefined();
  });
});

describe('numbers written as text', () => {
  it.each([
    ['2,5', 2.5, true],
    ['1 234,5', 1234.5, true],
    ['1\u00a0234,5', 1234.5, true],
    ['1.234,5', 1234.5, true],
    ['\u22123,25', -3.25, true],
    ['2.5', 2.5, false],
    [' 12 ', 12, false],
    ['0', 0, false],
  ])('%j → %d', (text, value, decimalComma) => {
    expect(parseNumberText(text)).toEqual({ value, decimalComma });
  });

  it.each(['', 'abc', '2,5,1', '1,2.3', '12 årsverk', '--1'])('%j is not a number', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  it('records the normalisation with the cell, and errors on text that is no number', () => {
    const c = ctx();
    expect(readNumber(unwrap('2,5'), c)).toBe(2.5);
    expect(readNumber(unwrap('3.5'), c)).toBe(3.5);
    expect(readNumber(unwrap('mange'), c)).toBeNull();
    expect(readNumber(unwrap(true), c)).toBeNull();
    expect(readNumber(unwrap(null), c)).toBeNull();
    expect(readNumber(unwrap({ error: '#DIV/0!' } as never), c)).toBeNull();
    expect(c.out.map((f) => f.rule)).toEqual([
      'value.decimal-comma',
      'value.number-as-text',
      'value.not-a-number',
      'value.not-a-number',
      'value.error',
    ]);
    expect(c.out.every((f) => f.cell === 'C6' && f.sheet === 'Årsverk')).toBe(true);
  });

  it('keeps a coded answer that is not a number as text, for validate to judge', () => {
    const c = ctx();
    expect(readAnswerNumber(unwrap('Ja '), c)).toBe('Ja');
    expect(readAnswerNumber(unwrap('2'), c)).toBe(2);
    expect(c.out.map((f) => f.rule)).toEqual(['value.whitespace', 'value.number-as-text']);
  });
});

describe('formulas, rich text, hyperlinks', () => {
  it('unwraps nested storage', () => {
    expect(unwrap({ formula: 'A1+1', result: 3 })).toEqual({ formula: 'A1+1', plain: { kind: 'number', value: 3 } });
    expect(unwrap({ sharedFormula: 'C2', result: '2,5' })).toEqual({ formula: 'C2', plain: { kind: 'text', value: '2,5' } });
    expect(unwrap({ formula: 'A1+1' })).toMatchObject({ formulaWithoutResult: true });
    expect(unwrap({ text: { richText: [{ text: 'Ber' }, { text: 'gen' }] }, hyperlink: 'x' } as never)).toEqual({
      hyperlink: true,
      richText: true,
      plain: { kind: 'text', value: 'Bergen' },
    });
  });

  it('a formula whose cached result is decimal-comma text gets both findings and the number', () => {
    const c = ctx();
    expect(readNumber(unwrap({ sharedFormula: 'C2', result: '2,5' }), c)).toBe(2.5);
    expect(c.out.map((f) => f.rule)).toEqual(['value.formula', 'value.decimal-comma']);
  });
});

describe('unit codes', () => {
  it.each([
    [301, '0301', ['code.leading-zero']],
    [30105, '030105', ['code.leading-zero']],
    ['301', '0301', ['code.leading-zero']],
    [4601, '4601', []],
    ['030105', '030105', []],
    [' 4601', '4601', ['value.whitespace']],
    ['46 01', '4601', ['value.whitespace']],
  ])('%j → %s', (raw, code, rules) => {
    const c = ctx();
    expect(readCode(unwrap(raw), c)).toEqual({ code });
    expect(c.out.map((f) => f.rule)).toEqual(rules);
  });

  it.each([['Bergen'], [12345678], [46.01], ['46-01']])('%j is not a code', (raw) => {
    expect(readCode(unwrap(raw), ctx())).toHaveProperty('invalid');
  });
});

describe('dates and status', () => {
  it.each([
    ['15.03.2024', '2024-03-15'],
    ['1.3.2025', '2025-03-01'],
    ['15/03/2024', '2024-03-15'],
    ['2024-03-15', '2024-03-15'],
    ['31.02.2024', undefined],
    ['i mars', undefined],
  ])('%j → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it('reads status case- and space-insensitively, and rejects others', () => {
    const c = ctx();
    expect(readStatus(unwrap('Ikke  levert'), c)).toEqual({ status: 'ikke levert' });
    expect(readStatus(unwrap('levert'), c)).toEqual({ status: 'levert' });
    expect(readStatus(unwrap('ferdig'), c)).toEqual({ invalid: 'ferdig' });
    expect(readStatus(unwrap(null), c)).toEqual({ blank: true });
    expect(c.out.map((f) => f.rule)).toEqual(['status.normalised']);
  });
});
