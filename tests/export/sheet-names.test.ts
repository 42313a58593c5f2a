import { describe, expect, it } from 'vitest';
import { sheetName, sheetNames } from '../../pipeline/export/index.ts';

describe('sheetName', () => {
  it('keeps a plain id', () => {
    expect(sheetName('tiltak-V')).toBe('tiltak-V');
    expect(sheetName('Årsverk Ålesund')).toBe('Årsverk Ålesund');
  });
  it('replaces the characters Excel forbids (and "!") and drops apostrophes at the ends', () => {
    expect(sheetName('fylke/hf:rates?*[1]\\x!')).toBe('fylke-hf-rates---1--x-');
    expect(sheetName("'quoted'")).toBe('quoted');
    expect(sheetName("it's")).toBe("it's");
  });
  it('cuts at 31 characters without splitting a character outside the BMP', () => {
    expect(sheetName('y'.repeat(40))).toBe('y'.repeat(31));
    const emoji = 'a'.repeat(30) + '\u{1F600}';
    expect(sheetName(emoji)).toBe('a'.repeat(30));
  });
  it('names an empty id "Tabell"', () => {
    expect(sheetName('')).toBe('Tabell');
    expect(sheetName("''")).toBe('Tabell');
  });
});

describe('sheetNames', () => {
  it('makes names unique ignoring case, avoiding taken and reserved names, within 31 characters', () => {
    const names = sheetNames(['headline', 'HEADLINE', 'innhold', 'History', 'x'.repeat(40), 'x'.repeat(45), 'headline'], ['Innhold']);
    expect(names).toEqual([
      'headline',
      'HEADLINE (2)',
      'innhold (2)',
      'History (2)',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
      'headline (3)',
    ]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});
