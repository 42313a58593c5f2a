// Method chapter: per year, units the form went to, units that reported, whose figures were carried forward or
// estimated, and the response rate. Counted in each year's own kommune structure.
import { seriesYears } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import { share } from '../stats/index.ts';
import { col, num, tableModel } from './common.ts';

function computeResponse(input: ComputeInput): TableModel {
  const { panel, reportYear } = input;
  const years = seriesYears(panel, reportYear);
  const rows = years.map((year) => {
    const c = panel.imputationCounts.find((x) => x.year === year);
    return {
      cells: {
        year: String(year),
        units: num(c?.units),
        reported: num(c?.reported),
        carried: num(c?.carriedForward),
        estimated: num(c?.estimated),
        rate: num(c ? share(c.reported, c.units).share : undefined),
      },
    };
  });
  return tableModel(input, {
    id: 'response',
    title: `Svar, videreførte og beregnede tall, ${years[0]}–${reportYear}`,
    columns: [
      col.text('year', 'År'),
      col.count('units', 'Enheter', 'kommuner og bydeler'),
      col.count('reported', 'Rapporterte', 'kommuner og bydeler'),
      col.count('carried', 'Videreførte tall', 'kommuner og bydeler'),
      col.count('estimated', 'Beregnede tall', 'kommuner og bydeler'),
      col.share('rate', 'Svarprosent'),
    ],
    rows,
    notes: [
      'Enheter: kommunene det enkelte året (Oslo som 15 bydeler). For enheter som ikke rapporterte, er tallene fra året før videreført; finnes ingen tidligere tall, er de beregnet ut fra kommunestørrelsen.',
    ],
  });
}

export const response: TableDef = { kind: 'table', id: 'response', chapter: 'metode', compute: computeResponse };
