// Årsverk and årsverk per 10 000 in the target group by fylke, with the whole country.
import { byFylke, nationalSum } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import { col, tableModel } from './common.ts';
import { RATE_COLUMNS, rateRow } from './size-rates.ts';

function computeFylke(input: ComputeInput): TableModel {
  const { panel, reference, reportYear } = input;
  const fylker = byFylke(panel, reference, reportYear);
  const land = nationalSum(panel, reference, reportYear);
  return tableModel(input, {
    id: 'fylke',
    title: `Årsverk og årsverk per 10 000 innbyggere i målgruppen etter fylke, ${reportYear}`,
    columns: [col.text('group', 'Fylke'), ...RATE_COLUMNS],
    rows: [...fylker.map((f) => rateRow(f.label, f)), rateRow(land.label, land, 'total')],
    notes: [
      `Fylkesinndeling per 1. januar ${reportYear}. Oslo er summen av bydelene, regnet per 10 000 innbyggere i hele Oslo kommune.`,
      'Årsverk for voksne per 10 000 innbyggere 18 år og over; for barn og unge per 10 000 innbyggere 0–17 år.',
    ],
  });
}

export const fylke: TableDef = { kind: 'table', id: 'fylke', chapter: 'fylke', compute: computeFylke };
