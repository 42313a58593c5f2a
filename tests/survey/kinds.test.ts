// Multi-select and matrix questions, asked_if for them, valence colours, topic chapters and a new årsverk scheme:
// expected values are counted here from the panel's raw answer columns (`<CODE>_<PART>`), not with the survey code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL, valenceColours as valenceOf, valenceSteps } from '../../pipeline/look/index.ts';

/** The colours of an ordered scale of `count` answers, the good end first or last. */
const valenceColours = (count: number, goodFirst: boolean): string[] => valenceOf(valenceSteps(count, goodFirst));
import { codebookForYear, parseCodebook, questionModel } from '../../pipeline/codebook/index.ts';
import { DEFAULT_PATHS } from '../../pipeline/paths.ts';
import { computeRegistry } from '../../pipeline/registry/index.ts';
import type { ComputeInput, FigureModel, RegistryArtifact } from '../../pipeline/registry/types.ts';
import { defaultChapters, visibleChapters } from '../../pipeline/report/chapters.ts';

const CHAPTERS = defaultChapters();
import { distribution, matrixRowQuestion, surveyQuestion } from '../../pipeline/survey/index.ts';
import { multiDistribution } from '../../pipeline/survey/multi.ts';
import type { AnswerRow } from '../../pipeline/types.ts';
import { sampleInput } from './data.ts';

let input: ComputeInput;
let art: RegistryArtifact;
beforeAll(async () => {
  input = await sampleInput();
  art = computeRegistry(input);
}, 600_000);

const rows2024 = () => input.panel.answers.filter((a) => a.year === 2024);

/** The colour the figure's legend gives an answer label. */
function colourOf(fig: FigureModel, label: string): string {
  const layer = (fig.spec as unknown as { layer: { encoding?: { color?: { scale?: { domain: string[]; range: string[] } } } }[] }).layer[0]!;
  const scale = layer.encoding!.color!.scale!;
  const i = scale.domain.indexOf(label);
  if (i < 0) throw new Error(`${fig.id} has no answer ${label}`);
  return scale.range[i]!;
}

describe('multi-select questions', () => {
  it('PAARORENDE: n is the units that checked any option, each share of n, counted from the columns', () => {
    const q = questionModel(input.codebook, 'PAARORENDE')!;
    const cols = q.parts.map((p) => p.column);
    const answered = rows2024().filter((r) => cols.some((c) => r.answers[c] === 1));
    const t = art.tables['paarorende']!;
    const total = t.rows.find((r) => r.kind === 'total')!;
    expect(total.cells['n']).toBe(answered.length);
    for (const p of q.parts) expect(total.cells[`valg_${p.key}`]).toBeCloseTo(answered.filter((r) => r.answers[p.column] === 1).length / answered.length, 12);
    const sum = q.parts.reduce((s, p) => s + (total.cells[`valg_${p.key}`] as number), 0);
    expect(sum).toBeGreaterThan(1.2); // several offers each: the shares do not sum to 100 %
  });

  it('the figure has one bar per option and says the shares do not sum to 100 %', () => {
    const fig = art.figures['paarorende']!;
    const q = questionModel(input.codebook, 'PAARORENDE')!;
    expect(fig.table.rows.map((r) => r.cells['category'] ?? r.cells[Object.keys(r.cells)[0]!])).toEqual(q.parts.map((p) => p.label.nb));
    expect(JSON.stringify(fig.spec)).toContain('summerer ikke til 100');
    expect(fig.notes.join(' ')).toContain('summerer derfor ikke til 100 prosent');
    expect(fig.altText).toContain('flere svar mulig');
  });

  it('asked_if: REKRUTT_YRKE counts only units whose REKRUTT is 1 or 2', () => {
    const q = surveyQuestion(input.codebook, 'REKRUTT_YRKE');
    const row = (answers: AnswerRow['answers']): AnswerRow => ({ year: 2024, code: '9999', answers });
    const d = multiDistribution(
      [
        row({ REKRUTT: 1, REKRUTT_YRKE_LEGE: 1, REKRUTT_YRKE_PSYKOLOG: 1 }),
        row({ REKRUTT: 2, REKRUTT_YRKE_LEGE: null }),
        row({ REKRUTT: 3, REKRUTT_YRKE_LEGE: 1 }), // not asked: not counted at all
        row({ REKRUTT: 2, REKRUTT_YRKE_SOSIONOM: 1 }),
      ],
      q,
      2024,
    );
    expect(d.n).toBe(2);
    expect(d.blank).toBe(1);
    expect(d.shares['LEGE']).toBe(0.5);
    expect(d.shares['SOSIONOM']).toBe(0.5);
    const n = art.tables['rekrutt-yrke']!.rows.find((r) => r.kind === 'total')!.cells['n'];
    const asked = rows2024().filter((r) => (r.answers['REKRUTT'] === 1 || r.answers['REKRUTT'] === 2) && q.parts.some((p) => r.answers[p.column] === 1));
    expect(n).toBe(asked.length);
  });
});

describe('matrix questions', () => {
  it('KOMPSENTER: one table row and one bar per row on the form that year, shares counted from the columns', () => {
    const q = questionModel(input.codebook, 'KOMPSENTER')!;
    const t = art.tables['kompsenter']!;
    expect(t.rows.map((r) => r.cells['rad'])).toEqual(q.parts.map((p) => p.label.nb));
    for (const p of q.parts) {
      const given = rows2024().map((r) => r.answers[p.column]).filter((v): v is number => typeof v === 'number');
      const row = t.rows.find((r) => r.cells['rad'] === p.label.nb)!;
      expect(row.cells['n']).toBe(given.length);
      expect(row.cells['svar4']).toBeCloseTo(given.filter((v) => v === 4).length / given.length, 12);
    }
    const fig = art.figures['kompsenter']!;
    expect(fig.table.rows).toHaveLength(q.parts.length);
    // Every answer and n year by year (Excel): a row added later is not in earlier years.
    const all = art.tables['kompsenter-utvikling-alle']!;
    expect(all.rows.filter((r) => r.cells['rad'] === 'SIFER').map((r) => r.cells['ar'])[0]).toBe('2022');
    expect(all.rows.filter((r) => r.cells['rad'] === 'NAPHA').map((r) => r.cells['ar'])[0]).toBe('2015');
  });

  it('KOMPSENTER development in the report: a line per centre, a column per year, the share «Har brukt kompetansen» counted from the columns', () => {
    const q = questionModel(input.codebook, 'KOMPSENTER')!;
    const dev = art.tables['kompsenter-utvikling']!;
    const years = [...new Set(input.panel.answers.map((a) => a.year))].filter((y) => y >= 2015 && y <= 2024).sort();
    expect(dev.columns.map((c) => c.label)).toEqual([q.label.nb, ...years.map(String)]);
    expect(dev.rows.map((r) => r.cells['rad'])).toEqual(q.parts.map((p) => p.label.nb));
    expect(dev.title).toContain('«Har brukt kompetansen»');
    for (const p of q.parts) {
      const row = dev.rows.find((r) => r.cells['rad'] === p.label.nb)!;
      for (const y of years) {
        const given = input.panel.answers.filter((a) => a.year === y).map((a) => a.answers[p.column]).filter((v): v is number => typeof v === 'number' && v !== 9);
        const onForm = (p.years[0] ?? 0) <= y && (p.years[1] ?? Infinity) >= y;
        if (!onForm || given.length === 0) expect(row.cells[`y${y}`], `${p.key} ${y}`).toBeNull();
        else expect(row.cells[`y${y}`] as number, `${p.key} ${y}`).toBeCloseTo(given.filter((v) => v === 4).length / given.length, 12);
      }
    }
    // SIFER came onto the form in 2022: empty before.
    const sifer = dev.rows.find((r) => r.cells['rad'] === 'SIFER')!;
    expect(sifer.cells['y2021']).toBeNull();
    expect(typeof sifer.cells['y2022']).toBe('number');
    expect(dev.notes.join(' ')).toContain('kompsenter-utvikling-alle');
  });

  it('asked_if works for a matrix row', () => {
    const cb = parseCodebook(
      readFileSync(join(DEFAULT_PATHS.codebooks, 'is248-codebook.yaml'), 'utf8').replace(
        /^questions:\n/m,
        'questions:\n  TEST_M:\n    type: matrix\n    text: Test\n    values: { 1: "Ja", 2: "Nei" }\n    rows: { A: "Rad A" }\n    asked_if: { RPH: [1] }\n    years: [2024, null]\n    chapter: tilbud\n',
      ),
      'test.yaml',
    );
    const row = matrixRowQuestion(surveyQuestion(cb, 'TEST_M'), 'A');
    expect(row.code).toBe('TEST_M_A');
    const r = (answers: AnswerRow['answers']): AnswerRow => ({ year: 2024, code: '9999', answers });
    const d = distribution([r({ RPH: 1, TEST_M_A: 1 }), r({ RPH: 3, TEST_M_A: 2 }), r({ RPH: 1, TEST_M_A: 2 })], row);
    expect(d.n).toBe(2);
    expect(d.counts['1']).toBe(1);
  });
});

describe('valence colours', () => {
  it('«Svært godt» (first, good end) and «Svært god» (last, good end) share a colour; the bad ends share the other', () => {
    const good = colourOf(art.figures['samarbeid-phv']!, 'Svært godt');
    expect(colourOf(art.figures['bolig']!, 'Svært god')).toBe(good);
    expect(colourOf(art.figures['bolig']!, 'Svært dårlig')).toBe(colourOf(art.figures['samarbeid-phv']!, 'Svært dårlig'));
    expect(colourOf(art.figures['nav-samarbeid']!, 'Svært godt')).toBe(good);
    expect(colourOf(art.figures['kompsenter']!, 'Har brukt kompetansen')).toBe(good);
    expect(good).not.toBe(colourOf(art.figures['bolig']!, 'Svært dårlig'));
  });

  it('«Vet ikke» is always grey, and the middle of an odd scale too', () => {
    expect(colourOf(art.figures['ips']!, 'Vet ikke')).toBe(NEUTRAL);
    expect(valenceColours(5, true)[2]).toBe(valenceColours(3, false)[1]);
    expect(valenceColours(4, false)).toEqual([...valenceColours(4, true)].reverse());
  });
});

describe('topic chapters', () => {
  it('the 2024 report has at least 17 topic chapters, the pandemic one included (the data include 2020–2021)', () => {
    const shown = visibleChapters(CHAPTERS, art.questions);
    const topics = shown.filter((c) => !['sammendrag', 'utvikling', 'metode', 'vedlegg'].includes(c.id));
    expect(topics.length).toBeGreaterThanOrEqual(17);
    expect(shown.map((c) => c.id)).toContain('pandemien');
    expect(shown.filter((c) => /^\d+$/.test(c.number)).map((c) => Number(c.number))).toEqual(shown.filter((c) => /^\d+$/.test(c.number)).map((_, i) => i + 1));
  });

  it('a report whose data do not include 2020–2021 has no pandemic chapter, and the numbers close up', () => {
    const later = art.questions.map((q) => ({ ...q, years: q.years.filter((y) => y >= 2022) }));
    const shown = visibleChapters(CHAPTERS, later);
    expect(shown.map((c) => c.id)).not.toContain('pandemien');
    expect(shown.find((c) => c.id === 'metode')!.number).toBe(String(shown.filter((c) => /^\d+$/.test(c.number)).length));
  });

  it('every topic question has prose with numbers from its table', () => {
    const s = art.questions.find((q) => q.code === 'VOLD_OVERSIKT')!;
    const total = art.tables['vold-oversikt']!.rows.find((r) => r.kind === 'total')!;
    const pct = Math.round((total.cells['svar1'] as number) * 100);
    expect(s.paragraphs.join(' ')).toContain(`${pct} prosent svarte «Ja»`);
    const omdisp = art.questions.find((q) => q.code === 'OMDISP')!;
    expect(omdisp.askedInReportYear).toBe(false);
    expect(omdisp.years).toEqual([2020, 2021]);
    expect(omdisp.paragraphs[0]).toContain('ble ikke stilt i 2024');
  });
});

describe('årsverk schemes are YAML only', () => {
  it('a new scheme C with its own tiltak and utdanning resolves for its years', () => {
    const yaml = readFileSync(join(DEFAULT_PATHS.codebooks, 'is248-codebook.yaml'), 'utf8')
      .replace('  B: { years: [2024, null] }', '  B: { years: [2024, 2029] }\n  C: { years: [2030, null] }')
      .replace(/^ {2}utdanning:\n/m, '    C:\n      V: { V_T31: "Alt for voksne" }\n      B: { B_T31: "Alt for barn og unge" }\n  utdanning:\n')
      .replace(/^ {2}# In the extract/m, '    C:\n      U31: { label: "Alle", higher_education: true }\n  # In the extract');
    const cb = parseCodebook(yaml, 'scheme-c.yaml');
    const yc = codebookForYear(cb, 2030);
    expect(yc.scheme).toBe('C');
    expect(yc.arsverk.map((v) => v.code).sort()).toEqual(['B_T31', 'B_U31', 'V_T31', 'V_U31']);
    expect(codebookForYear(cb, 2025).scheme).toBe('B');
  });
});
