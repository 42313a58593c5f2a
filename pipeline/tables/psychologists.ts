// Psychologist årsverk for voksne and barn og unge per year, and the share of units with psychologist årsverk.
import { changeFromLastYear, psychologists, schemeBreakNote, schemeBreakYears, seriesYears } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import { col, num, tableModel } from './common.ts';

function computePsychologists(input: ComputeInput): TableModel {
  const { panel, codebook, reportYear } = input;
  const years = seriesYears(panel, reportYear);
  const all = years.map((y) => psychologists(panel, codebook, y));
  const rows = all.map((p, i) => {
    const before = all[i - 1];
    return {
      cells: {
        year: String(p.year),
        V: num(p.arsverk.V),
        changeV: num(changeFromLastYear(panel, p.year, before?.arsverk.V, p.arsverk.V).arsverk),
        B: num(p.arsverk.B),
        changeB: num(changeFromLastYear(panel, p.year, before?.arsverk.B, p.arsverk.B).arsverk),
        units: num(p.unitsWith.count),
        share: num(p.unitsWith.share),
        n: num(p.unitsWith.n),
      },
    };
  });
  return tableModel(input, {
    id: 'psychologists',
    title: `Årsverk utført av psykologer og andel enheter med psykolog, ${years[0]}–${reportYear}`,
    columns: [
      col.text('year', 'År'),
      col.arsverk('V', 'Psykologårsverk voksne'),
      col.change('changeV', 'Endring voksne'),
      col.arsverk('B', 'Psykologårsverk barn og unge'),
      col.change('changeB', 'Endring barn og unge'),
      col.count('units', 'Enheter med psykolog', 'kommuner og bydeler'),
      col.share('share', 'Andel enheter med psykolog'),
      col.count('n', 'Enheter i alt (n)', 'kommuner og bydeler'),
    ],
    rows,
    notes: [
      'Psykologårsverk: årsverk med utdanning psykolog eller psykologspesialist. Enheter med psykolog: kommuner og bydeler med psykologårsverk for voksne eller for barn og unge.',
      ...schemeBreakYears(panel, reportYear).map(schemeBreakNote),
    ],
  });
}

export const psychologistsTable: TableDef = { kind: 'table', id: 'psychologists', chapter: 'tiltak', compute: computePsychologists };
