// Units and population (total, 0–17, 18+) by kommune size group in the report year.
import { bySizeGroup, nationalSum } from '../aggregate/index.ts';
import { formatInteger } from '../format/index.ts';
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import { col, num, tableModel } from './common.ts';

function computeSizeUnits(input: ComputeInput): TableModel {
  const { panel, reference, reportYear } = input;
  const groups = bySizeGroup(panel, reportYear);
  const land = nationalSum(panel, reference, reportYear);
  const inGroups = groups.reduce((s, g) => s + g.population.total, 0);
  const outside = land.population.total - inGroups;
  const row = (label: string, g: typeof land, kind?: 'total') => ({
    cells: {
      group: label,
      units: num(g.units),
      total: num(g.population.total),
      young: num(g.population.age0_17),
      adult: num(g.population.age18plus),
    },
    ...(kind ? { kind } : {}),
  });
  return tableModel(input, {
    id: 'size-units',
    title: `Kommuner og bydeler og folketall etter kommunestørrelse, ${reportYear}`,
    columns: [
      col.text('group', 'Kommunestørrelse (innbyggere)'),
      col.count('units', 'Enheter', 'kommuner og bydeler'),
      col.count('total', 'Innbyggere', 'personer'),
      col.count('young', 'Innbyggere 0–17 år', 'personer'),
      col.count('adult', 'Innbyggere 18 år og over', 'personer'),
    ],
    rows: [...groups.map((g) => row(g.label, g)), row('Hele landet', land, 'total')],
    notes: [
      `Folketall per 1. januar ${reportYear}. Kommunestørrelse etter innbyggere per 1. januar ${reportYear}; Oslos bydeler er en egen gruppe.`,
      outside > 0 &&
        `Hele landet omfatter også ${formatInteger(outside)} innbyggere i Oslo som ikke er registrert i en bydel (Sentrum, Marka og uten bydel).`,
    ],
  });
}

export const sizeUnits: TableDef = { kind: 'table', id: 'size-units', chapter: 'storrelse', compute: computeSizeUnits };
