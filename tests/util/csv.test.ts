import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, csvText } from '../../pipeline/util/csv.ts';
import { excelValue, parseExcelCsv } from './read-csv.ts';

describe('CSV for Norwegian Excel', () => {
  it('reads back field for field with another parser: separators, quotes, line breaks and æøå inside fields', async () => {
    const rows = [
      ['Nummer', 'Navn', 'Merknad'],
      ['0301', 'Oslo; bydelene', 'sa «ja», og "nei"'],
      ['4601', 'Bjørnafjorden', 'to\r\nlinjer'],
      [],
      ['Æøå ÆØÅ – Unjárga'],
    ];
    const text = csvText(rows);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect((await parseExcelCsv(text)).rows).toEqual(rows);
  });

  it('writes numbers with a decimal comma, no thousands separator and an ASCII minus, so Excel reads numbers', async () => {
    const numbers = [17436, 2.1, -0.4, -1234567.89, 0.0000001, 0];
    const { rows } = await parseExcelCsv(csvText([numbers]));
    expect(rows[0]).toEqual(['17436', '2,1', '-0,4', '-1234567,89', '0,0000001', '0']);
    expect(rows[0]!.map(excelValue)).toEqual(numbers);
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(Number.NaN)).toBe('');
  });

  it('never lets text start a formula: a leading apostrophe before =, +, -, @, tab and CR', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+47 22 00 00 00')).toBe("'+47 22 00 00 00");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField('=A1;B1')).toBe('"\'=A1;B1"');
    expect(csvField('a-b = c')).toBe('a-b = c');
    expect(csvField(-2)).toBe('-2');
  });
});
