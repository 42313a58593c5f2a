// The committed workbooks' format (spec §1 and the codebook), their synthetic marking, and the documented
// blemishes: each one is found in the cell data/raw/README.md names, and nothing else needed fixing.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { committed, type ReadYear } from './read-workbooks.ts';
import { codebook, groupTotal, GROUPS, reported } from './report-figures.ts';

let data: Map<number, ReadYear>;
beforeAll(async () => {
  data = await committed();
});

const readme = readFileSync('data/raw/README.md', 'utf8');

/** The rows of the README's blemish table. */
function readmeBlemishes(): { year: number; file: string; sheet: string; cell: string; unit: string; what: string }[] {
  const section = readme.slice(readme.indexOf('## Blemishes'));
  return section
    .split('\n')
    .filter((l) => /^\| \d{4} \|/.test(l))
    .map((l) => {
      const [year, file, sheet, cell, unit, what] = l.split('|').slice(1, -1).map((s) => s.trim());
      return { year: Number(year), file: file!, sheet: sheet!, cell: cell!, unit: unit!, what: what! };
    });
}

describe('sample data: workbook format', () => {
  it('has the sheets of spec §1 with the codebook variables of each year in row 1', () => {
    for (const y of data.values()) {
      const cb = codebook(y.year);
      expect(y.sheetNames).toEqual(['Innsending', 'Årsverk', 'Spørsmål', 'Om dataene']);
      expect(y.headers.Innsending).toEqual(['enhetsnr', 'enhetsnavn', 'status', 'dato']);
      expect(y.headers['Årsverk']).toEqual(['enhetsnr', 'enhetsnavn', ...cb.arsverk.map((v) => v.code)]);
      expect(y.headers['Spørsmål']).toEqual(['enhetsnr', 'enhetsnavn', ...cb.questions.map((q) => q.code)]);
    }
    // Scheme A to 2023, scheme B in 2024; questions only in the years asked.
    expect(data.get(2023)!.headers['Årsverk']).toContain('V_U14');
    expect(data.get(2024)!.headers['Årsverk']).toContain('V_T21');
    expect(data.get(2015)!.headers['Spørsmål']).not.toContain('RPH');
    expect(data.get(2016)!.headers['Spørsmål']).toContain('RPH');
    expect(data.get(2022)!.headers['Spørsmål']).not.toContain('ENDRING_REELL_V');
    expect(data.get(2023)!.headers['Spørsmål']).toContain('ENDRING_REELL_V');
  });

  it('gives every unit a status, and reporters a submission date', () => {
    for (const y of data.values()) {
      for (const u of y.units.values()) {
        expect(['levert', 'delvis', 'ikke levert']).toContain(u.status);
        if (u.status === 'ikke levert') expect(u.date).toBeNull();
        else expect(u.date!.getUTCFullYear()).toBe(y.year + 1);
      }
    }
  });

  it('says in a sheet and in the document properties that the data are synthetic', () => {
    for (const y of data.values()) {
      expect(y.about[0]).toBe('Eksempeldata – ikke offisielle tall');
      expect(y.about.join(' ')).toMatch(/syntetiske data/);
      expect(y.about.join(' ')).toMatch(/seed\) 248/);
      const p = y.properties;
      expect(p.title).toMatch(/eksempeldata/i);
      expect(p.subject).toMatch(/syntetiske/);
      expect(p.description).toContain('Eksempeldata – ikke offisielle tall');
      expect(p.description).toMatch(/frø\/seed 248/);
      expect(p.keywords).toMatch(/ikke offisielle tall/);
      expect(p.creator).toMatch(/syntetiske/);
      expect(p.created.toISOString()).toBe(`${y.year + 1}-05-01T00:00:00.000Z`);
      expect(p.modified.toISOString()).toBe(p.created.toISOString());
    }
    expect(readme).toContain('**Eksempeldata – ikke offisielle tall.**');
    expect(readme).toContain('npm run sample-data');
  });
});

describe('sample data: blemishes', () => {
  it('are the ones data/raw/README.md lists, each in its cell, and nothing else needed normalising', () => {
    const listed = readmeBlemishes().filter((b) => !b.what.startsWith('implausible jump'));
    const found = [...data.values()].flatMap((y) => y.normalisations.map((n) => ({ year: y.year, ...n })));
    expect(found.map((f) => `${f.year} ${f.sheet} ${f.cell}`).sort()).toEqual(listed.map((b) => `${b.year} ${b.sheet} ${b.cell}`).sort());
    const kinds = new Set(found.map((f) => f.kind));
    expect(kinds).toEqual(new Set(['code-as-number', 'decimal-comma', 'formula', 'trailing-space']));
    // A bydel code and a pre-2020 kommune code lost their leading zero.
    const numeric = found.filter((f) => f.kind === 'code-as-number').map((f) => `${f.year}:${f.raw}`);
    expect(numeric).toContain('2023:30105');
    expect(numeric.some((n) => Number(n.slice(0, 4)) < 2020 && /^\d{4}:\d{3}$/.test(n))).toBe(true);
  });

  it('keep the value recoverable: the formula has its cached result, the text uses a decimal comma', () => {
    const found = [...data.values()].flatMap((y) => y.normalisations);
    const formula = found.find((f) => f.kind === 'formula')!;
    const { formula: text, result } = JSON.parse(formula.raw) as { formula: string; result: number };
    const [a, b] = text.split('+').map(Number);
    expect(a! + b!).toBeCloseTo(result, 9);
    expect(JSON.parse(found.find((f) => f.kind === 'decimal-comma')!.raw)).toMatch(/^\d+,\d$/);
  });

  it('include the implausible jump the README names', () => {
    const jump = readmeBlemishes().find((b) => b.what.startsWith('implausible jump'))!;
    expect(jump).toBeDefined();
    const now = data.get(jump.year)!.units.get(jump.unit)!;
    const before = data.get(jump.year - 1)!.units.get(jump.unit)!;
    expect(reported(now) && reported(before)).toBe(true);
    const ratios = GROUPS.map((g) => groupTotal(jump.year, now, g) / groupTotal(jump.year - 1, before, g));
    expect(Math.max(...ratios)).toBeGreaterThan(1.5);
  });
});
