// Årsverk and årsverk per 10 000 in the target group by kommune size group, voksne and barn og unge.
import { bySizeGroup, nationalSum, RATE_UNIT, type GroupSum } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel, TableRow } from '../registry/types.ts';
import { col, num, tableModel } from './common.ts';

export function rateRow(label: string, g: GroupSum, kind?: 'total' | 'subtotal'): TableRow {
  return {
    cells: { group: label, V: num(g.arsverk.V), B: num(g.arsverk.B), rateV: num(g.per10000.V), rateB: num(g.per10000.B) },
    ...(kind ? { kind } : {}),
  };
}

export const RATE_COLUMNS = [
  col.arsverk('V', 'Årsverk voksne'),
  col.arsverk('B', 'Årsverk barn og unge'),
  col.rate('rateV', 'Voksne per 10 000 innbyggere 18 år og over', RATE_UNIT.V),
  col.rate('rateB', 'Barn og unge per 10 000 innbyggere 0–17 år', RATE_UNIT.B),
];

function computeSizeRates(input: ComputeInput): TableModel {
  const { panel, reference, reportYear } = input;
  const groups = bySizeGroup(panel, reportYear);
  const land = nationalSum(panel, reference, reportYear);
  return tableModel(input, {
    id: 'size-rates',
    title: `Årsverk og årsverk per 10 000 innbyggere i målgruppen etter kommunestørrelse, ${reportYear}`,
    columns: [col.text('group', 'Kommunestørrelse (innbyggere)'), ...RATE_COLUMNS],
    rows: [...groups.map((g) => rateRow(g.label, g)), rateRow(land.label, land, 'total')],
    notes: [
      'Årsverk for voksne per 10 000 innbyggere 18 år og over; årsverk for barn og unge per 10 000 innbyggere 0–17 år. Folketall per 1. januar.',
      'Bydelene i Oslo regnes på bydelenes eget folketall; hele landet på landets folketall.',
    ],
  });
}

export const sizeRates: TableDef = { kind: 'table', id: 'size-rates', chapter: 'storrelse', compute: computeSizeRates };
