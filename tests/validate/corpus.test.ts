// The broken-workbook corpus, validate side: each blemish of spec §1 gives exactly the expected
// findings (rule, cell, unit) and nothing else.
import { describe, expect, it } from 'vitest';
import { check, ingestFixture } from '../fixtures/check.ts';

describe('blemishes found by validate', () => {
  it.each([
    ['unknown-code.xlsx', ['error unit.unknown Innsending!A8 4699']],
    ['other-year-code.xlsx', ['error unit.other-year Innsending!A6 1201']],
    ['negative-value.xlsx', ['error arsverk.negative Årsverk!E5 1103']],
    ['absurd-value.xlsx', ['error rate.absurd Årsverk!C7 1812']],
    ['sum-mismatch.xlsx', ['error sum.tiltak-utdanning Årsverk!T4 030105']],
    ['invalid-answer.xlsx', ['error answer.invalid-choice Spørsmål!F5 1103']],
  ])('%s gives exactly %j', async (name, expected) => {
    expect((await check(name)).brief).toEqual(expected);
  });

  it("a question column not asked that year (2021 workbook with SAMARBEID_PHV, asked from 2022, after the topic questions' columns)", async () => {
    const { brief, findings, extract } = await check('question-not-asked-2021.xlsx', 2021);
    expect(brief).toEqual(['warning question.not-asked Spørsmål!AW1']);
    expect(findings[0]!.message).toContain('fra 2022');
    expect(extract.units[0]!.answers).not.toHaveProperty('SAMARBEID_PHV');
  });

  it('says in which years a code from another year was valid', async () => {
    const { findings } = await check('other-year-code.xlsx');
    expect(findings[0]!.message).toBe(
      'Celle A6: kommunenummer 1201 (Bergen) var ikke gyldig 1. januar 2024; det gjelder 2007–2019. Bruk kommunenummeret som gjaldt i 2024.',
    );
  });

  it('tiltak ≠ utdanning names both sums and their cells; 0,05 apart is within the tolerance', async () => {
    const { findings, extract } = await check('sum-mismatch.xlsx');
    const frogner = extract.units.find((u) => u.code === '030105')!;
    const sum = (prefix: string) =>
      Object.entries(frogner.arsverk)
        .filter(([k]) => k.startsWith(prefix))
        .reduce((s, [, v]) => s + (v ?? 0), 0);
    const nb = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');
    expect(findings[0]!.message).toBe(
      `Bydel 030105 Frogner: årsverk for barn og unge etter tiltak (${nb(sum('B_T'))}) og etter utdanning (${nb(sum('B_U'))}) er ikke like (celle T4–W4 og X4–AF4).`,
    );
    expect(sum('B_T') - sum('B_U')).toBeCloseTo(0.5, 6);
  });

  it('absurd: about 2 000 inhabitants and 300 årsverk', async () => {
    const { findings } = await check('absurd-value.xlsx');
    expect(findings[0]!.message).toMatch(/^Kommune 1812 Sømna: 30\d,\d+ årsverk for voksne er 1\u00a0\d{3} per 10\u00a0000 innbyggere/);
  });

  it('a large change from last year is a warning (Bergen, voksne, 2023 → 2024 doubled)', async () => {
    const previous = await ingestFixture('change/is248_2023.xlsx', 2023);
    const first = await check('change/is248_2023.xlsx', 2023);
    expect(first.brief).toEqual([]);
    const { brief, findings } = await check('change/is248_2024.xlsx', 2024, previous);
    expect(brief).toEqual(['warning change.large Årsverk!C6 4601']);
    expect(findings[0]!.message).toMatch(/fra 3\d\d,\d+ i 2023 til 6\d\d,\d+ i 2024 \(\+10\d prosent\)/);
  });
});
