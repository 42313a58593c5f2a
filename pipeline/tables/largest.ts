// The ten largest kommuner: inhabitants, årsverk and årsverk per 10 000 in the target group.
import { largestKommuner, RATE_UNIT } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import { col, num, tableModel } from './common.ts';

const COUNT = 10;

function computeLargest(input: ComputeInput): TableModel {
  const { panel, reference, reportYear } = input;
  const units = largestKommuner(panel, reference, reportYear, COUNT);
  return tableModel(input, {
    id: 'largest',
    title: `De ${COUNT} største kommunene: årsverk og årsverk per 10 000 innbyggere i målgruppen, ${reportYear}`,
    columns: [
      col.text('name', 'Kommune'),
      col.count('population', 'Innbyggere', 'personer'),
      col.arsverk1('V', 'Årsverk voksne'),
      col.arsverk1('B', 'Årsverk barn og unge'),
      col.rate('rateV', 'Voksne per 10 000 innbyggere 18 år og over', RATE_UNIT.V),
      col.rate('rateB', 'Barn og unge per 10 000 innbyggere 0–17 år', RATE_UNIT.B),
    ],
    rows: units.map((u) => ({
      cells: {
        name: u.name,
        population: num(u.population.total),
        V: num(u.arsverk.V),
        B: num(u.arsverk.B),
        rateV: num(u.per10000.V),
        rateB: num(u.per10000.B),
      },
    })),
    notes: [
      `Kommuner etter folketall per 1. januar ${reportYear}. Oslo er summen av bydelene, regnet per 10 000 innbyggere i hele Oslo kommune.`,
    ],
  });
}

export const largest: TableDef = { kind: 'table', id: 'largest', chapter: 'fylke', compute: computeLargest };
