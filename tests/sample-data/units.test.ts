// The generator's small pure helpers: whole-number splitting, interpolation, seeded streams, zip stamps.
import { describe, expect, it, vi } from 'vitest';
import { interpolate, largestRemainder } from '../../pipeline/sample-data/allocate.ts';
import { rngFor } from '../../pipeline/sample-data/random.ts';
import { fixZipTimestamps } from '../../pipeline/util/zip-timestamps.ts';
import { decimalCommaText, formulaFor } from '../../pipeline/sample-data/blemishes.ts';
import ExcelJS from 'exceljs';

describe('sample-data helpers', () => {
  it('splits a whole number by largest remainder, keeping the sum', () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2]);
    expect(largestRemainder(7, [0.6, 0.2, 0.2])).toEqual([4, 2, 1]);
    expect(largestRemainder(5, [0, 0])).toEqual([0, 5]);
    expect(largestRemainder(0, [2, 3])).toEqual([0, 0]);
    expect(() => largestRemainder(2.5, [1])).toThrow();
    const w = [0.137, 0.291, 0.05, 0.522];
    for (const total of [1, 3, 17, 101]) expect(largestRemainder(total, w).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('interpolates anchors linearly and holds the ends', () => {
    const a = { 2015: 0.1, 2019: 0.3 };
    expect(interpolate(a, 2010)).toBe(0.1);
    expect(interpolate(a, 2017)).toBeCloseTo(0.2, 12);
    expect(interpolate(a, 2024)).toBe(0.3);
  });

  it('gives the same stream for the same seed and purpose, another for another', () => {
    const draw = (...parts: (string | number)[]) => Array.from({ length: 5 }, rngFor(248, ...parts).uniform);
    expect(draw('a', 2015)).toEqual(draw('a', 2015));
    expect(draw('a', 2015)).not.toEqual(draw('a', 2016));
    expect(draw('a', 2015)).not.toEqual(draw('b', 2015));
    const r = rngFor(1, 'x');
    const values = Array.from({ length: 2000 }, () => r.normal());
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.1);
  });

  it('writes blemish values that read back to the same number', () => {
    for (const tenths of [10, 20, 23, 57, 113]) {
      const [a, b] = formulaFor(tenths).split('+').map(Number);
      expect(a! + b!).toBeCloseTo(tenths / 10, 9);
      expect(Number(decimalCommaText(tenths).replace(',', '.'))).toBe(tenths / 10);
    }
    expect(formulaFor(20)).toBe('1.2+0.8');
    expect(decimalCommaText(25)).toBe('2,5');
  });

  it('stamps every zip entry with one fixed time, and the workbook still opens', async () => {
    // exceljs stamps zip entries with the current time; two different clocks must give the same bytes.
    const make = async (now: Date) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(now);
      const wb = new ExcelJS.Workbook();
      wb.created = wb.modified = new Date(Date.UTC(2024, 0, 1));
      wb.addWorksheet('S').addRow(['0301', 1.5]);
      try {
        return new Uint8Array((await wb.xlsx.writeBuffer()));
      } finally {
        vi.useRealTimers();
      }
    };
    const rawA = await make(new Date(Date.UTC(2025, 0, 1, 8, 0, 0)));
    const rawB = await make(new Date(Date.UTC(2026, 6, 9, 17, 45, 30)));
    expect(Buffer.from(rawA).equals(Buffer.from(rawB))).toBe(false);
    const date = new Date(Date.UTC(2024, 4, 1, 12, 30, 10));
    const a = fixZipTimestamps(rawA, date);
    const b = fixZipTimestamps(rawB, date);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(a.buffer as ArrayBuffer);
    expect(back.getWorksheet('S')!.getRow(1).values).toEqual([undefined, '0301', 1.5]);
    expect(() => fixZipTimestamps(new Uint8Array(100), date)).toThrow(/not a zip/);
  });
});
