// Utvikling: the national series per year — årsverk for voksne, barn og unge and in total, per 10 000 in the
// target group, per 1 000 inhabitants, and how many units' figures were carried forward or estimated.
import { nationalSum, RATE_UNIT, schemeBreakNote, schemeBreakYears, seriesYears } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import { col, num, tableModel } from './common.ts';

function computeSeries(input: ComputeInput): TableModel {
  const { panel, reference, reportYear } = input;
  const years = seriesYears(panel, reportYear);
  const rows = years.map((year) => {
    const n = nationalSum(panel, reference, year);
    const counts = panel.imputationCounts.find((c) => c.year === year);
    return {
      cells: {
        year: String(year),
        V: num(n.arsverk.V),
        B: num(n.arsverk.B),
        all: num(n.arsverk.all),
        rateV: num(n.per10000.V),
        rateB: num(n.per10000.B),
        per1000: num(n.per1000),
        carried: num(counts?.carriedForward),
        estimated: num(counts?.estimated),
      },
    };
  });
  return tableModel(input, {
    id: 'series',
    title: `Årsverk, årsverk per 10 000 i målgruppen og per 1 000 innbyggere, ${years[0]}–${reportYear}`,
    columns: [
      col.text('year', 'År'),
      col.arsverk('V', 'Voksne'),
      col.arsverk('B', 'Barn og unge'),
      col.arsverk('all', 'Totalt'),
      col.rate('rateV', 'Voksne per 10 000 innbyggere 18 år og over', RATE_UNIT.V),
      col.rate('rateB', 'Barn og unge per 10 000 innbyggere 0–17 år', RATE_UNIT.B),
      { key: 'per1000', label: 'Årsverk per 1 000 innbyggere', unit: 'per 1 000 innbyggere', format: 'decimal2' },
      col.count('carried', 'Enheter med videreførte tall', 'enheter'),
      col.count('estimated', 'Enheter med beregnede tall', 'enheter'),
    ],
    rows,
    notes: [
      'Folketall per 1. januar, på dagens kommuneinndeling.',
      'Enheter med videreførte eller beregnede tall er telt i kommuneinndelingen det enkelte året (kommuner og Oslos bydeler som ikke rapporterte).',
      ...schemeBreakYears(panel, reportYear).map(schemeBreakNote),
    ],
  });
}

export const series: TableDef = { kind: 'table', id: 'series', chapter: 'utvikling', compute: computeSeries };
