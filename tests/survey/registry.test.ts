// Every survey item computes on the sample data; tables are well-formed (every share column beside an n,
// source line with the sample-data mark); figures render without warnings and their table is the chart's data;
// the output is deterministic.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../pipeline/charts/index.ts';
import { checkRegistry, computeRegistry } from '../../pipeline/registry/index.ts';
import type { ComputeInput, RegistryArtifact } from '../../pipeline/registry/types.ts';
import { surveyItems } from '../../pipeline/registry/survey.ts';
import type { RegistryItem } from '../../pipeline/registry/types.ts';
let SURVEY_ITEMS: RegistryItem[] = [];
import { sampleInput } from './data.ts';
import { defaultChapters } from '../../pipeline/report/chapters.ts';

const CHAPTERS = defaultChapters();

const SURVEY_CHAPTERS = CHAPTERS.filter((c) => c.topic || ['henvendelser', 'tilbud', 'samarbeid'].includes(c.id)).map((c) => c.id);
let input: ComputeInput;
let art: RegistryArtifact;
beforeAll(async () => {
  input = await sampleInput();
  SURVEY_ITEMS = surveyItems(input.codebook);
  art = computeRegistry(input, SURVEY_ITEMS);
});

describe('SURVEY_ITEMS', () => {
  it('has unique ids in the survey chapters, covering the catalogue', () => {
    expect(() => checkRegistry(SURVEY_ITEMS)).not.toThrow();
    for (const item of SURVEY_ITEMS) expect(SURVEY_CHAPTERS, item.id).toContain(item.chapter);
    const tables = SURVEY_ITEMS.filter((i) => i.kind === 'table').map((i) => i.id);
    const figures = SURVEY_ITEMS.filter((i) => i.kind === 'figure').map((i) => i.id);
    for (const id of ['henvendelser', 'henvendelser-logit', 'rph', 'lavterskel', 'fact', 'oh-dogn', 'kveld', 'utskrivning', 'samarbeid-phv', 'brukermedvirkning', 'erfaringskonsulent', 'endring-personell', 'bolig']) {
      expect(tables).toContain(id);
      expect(figures).toContain(id);
    }
    expect(tables).toContain('rph-arsverk');
    expect(SURVEY_ITEMS.some((i) => i.kind === 'facts' && i.id === 'survey')).toBe(true);
  });

  it('computes every table with rows, typed columns, notes and the sample-data source line', () => {
    expect(input.panel.synthetic).toBe(true);
    // A question not asked in the report year (OMDISP, 2020–2021) has an empty table and figure, said so in a note.
    const notAsked = new Set(art.questions.filter((q) => !q.askedInReportYear).map((q) => q.table));
    expect([...notAsked]).toEqual(['omdisp']);
    for (const t of Object.values(art.tables)) {
      if (notAsked.has(t.id)) {
        expect(t.rows, t.id).toEqual([]);
        expect(t.notes.join(' '), t.id).toContain('ikke stilt i 2024');
        continue;
      }
      expect(t.rows.length, t.id).toBeGreaterThan(0);
      expect(t.notes.length, t.id).toBeGreaterThan(0);
      expect(t.source).toBe('Kilde: Helsedirektoratet, IS-24/8. Eksempeldata – ikke offisielle tall.');
      const keys = t.columns.map((c) => c.key);
      for (const r of t.rows) expect(Object.keys(r.cells).sort(), t.id).toEqual([...keys].sort());
      // every share has its n: a column with unit "kommuner og bydeler", or (a matrix's development by year) n in a note
      if (t.columns.some((c) => c.format === 'percent1')) {
        const nInNote = t.notes.some((n) => /\(n = \d[\d\u00a0]*–\d[\d\u00a0]* per rad og år\)/.test(n));
        expect(t.columns.some((c) => c.unit === 'kommuner og bydeler') || nInNote, t.id).toBe(true);
      }
      for (const c of t.columns) if (c.format !== 'text') expect(c.unit ?? c.label, `${t.id}.${c.key}`).toBeTruthy();
    }
  });

  it('gives every figure alt text, a table of its numbers and the same numbers as its table', async () => {
    for (const f of Object.values(art.figures)) {
      if (f.id === 'omdisp') {
        expect(f.altText).toBe('Spørsmålet ble ikke stilt i 2024.');
        continue;
      }
      expect(f.altText.length, f.id).toBeGreaterThan(40);
      expect(f.table.rows.length, f.id).toBeGreaterThan(0);
      expect(f.source).toContain('Eksempeldata');
    }
    // stacked size-group figures: shares and n equal the table's
    for (const id of ['rph', 'lavterskel', 'fact', 'oh-dogn', 'utskrivning', 'samarbeid-phv', 'brukermedvirkning', 'erfaringskonsulent', 'endring-personell', 'bolig']) {
      const t = art.tables[id]!;
      const f = art.figures[id]!;
      expect(f.table.rows.map((r) => r.cells['bar'])).toEqual(t.rows.map((r) => r.cells['gruppe']));
      f.table.rows.forEach((r, i) => {
        for (const c of t.columns.filter((c) => c.key !== 'gruppe')) expect(r.cells[c.key], `${id} ${c.key}`).toBe(t.rows[i]!.cells[c.key]);
      });
    }
    // henvendelser by year: the figure's bars are the table's rows of that question
    const henv = art.tables['henvendelser']!;
    const fig = art.figures['henvendelser-b-ph']!;
    const rows = henv.rows.filter((r) => r.cells['malgruppe'] === 'Barn og unge, psykisk helse');
    expect(fig.table.rows.map((r) => r.cells['bar'])).toEqual(rows.map((r) => r.cells['ar']));
    fig.table.rows.forEach((r, i) => expect(r.cells['svar5']).toBe(rows[i]!.cells['svar5']));
  });

  it('renders every figure to SVG without warnings, deterministically', async () => {
    const again = computeRegistry(input, SURVEY_ITEMS);
    expect(JSON.stringify(again)).toBe(JSON.stringify(art));
    for (const f of Object.values(art.figures)) {
      const a = await renderChart(f.spec, { id: f.id, altText: f.altText });
      expect(a.warnings, f.id).toEqual([]);
      expect(a.svg).toContain('role="img"');
      const b = await renderChart(again.figures[f.id]!.spec, { id: f.id, altText: f.altText });
      expect(b.svg, f.id).toBe(a.svg);
    }
  });

  it('states when a question was not asked in the report year', () => {
    const early = { ...input, reportYear: 2021 };
    const t = SURVEY_ITEMS.find((i) => i.id === 'bolig' && i.kind === 'table')!;
    if (t.kind !== 'table') throw new Error('table');
    const m = t.compute(early);
    expect(m.rows).toEqual([]);
    expect(m.notes).toContain('Spørsmålet ble ikke stilt i 2021.');
    const byYear = SURVEY_ITEMS.find((i) => i.id === 'henvendelser' && i.kind === 'table')!;
    if (byYear.kind !== 'table') throw new Error('table');
    expect(byYear.compute(early).rows.map((r) => r.cells['ar'])).toEqual(['2021', '2021', '2021', '2021']);
  });
});
