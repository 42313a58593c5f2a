// Årsverk and årsverk per 10 000 in the target group by helseforetak, under their regional health authority.
import { byHealthRegion, nationalSum } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import { col, tableModel } from './common.ts';
import { RATE_COLUMNS, rateRow } from './size-rates.ts';

function computeHelseforetak(input: ComputeInput): TableModel {
  const { panel, reference, reportYear } = input;
  const regions = byHealthRegion(panel, reportYear);
  const land = nationalSum(panel, reference, reportYear);
  const rows = regions.flatMap((r) => [...r.helseforetak.map((hf) => rateRow(hf.label, hf)), rateRow(`${r.label} i alt`, r, 'subtotal')]);
  return tableModel(input, {
    id: 'helseforetak',
    title: `Årsverk og årsverk per 10 000 innbyggere i målgruppen etter helseforetaksområde, ${reportYear}`,
    columns: [col.text('group', 'Helseforetak'), ...RATE_COLUMNS],
    rows: [...rows, rateRow(land.label, land, 'total')],
    notes: [
      'Kommunene og Oslos bydeler er plassert i helseforetaket som har ansvaret for deres innbyggere.',
      'Helseforetakene regnes på folketallet i sine kommuner og bydeler; innbyggere i Oslo uten bydel inngår bare i hele landet.',
    ],
  });
}

export const helseforetak: TableDef = { kind: 'table', id: 'helseforetak', chapter: 'fylke', compute: computeHelseforetak };
