// Survey LAVTERSKEL: other low-threshold offers — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const lavterskelTable: TableDef = {
  kind: 'table',
  id: 'lavterskel',
  chapter: 'tilbud',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'lavterskel',
      question: 'LAVTERSKEL',
      title: `Andre lavterskeltilbud innen psykisk helse- og rusarbeid etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const lavterskelByYearTable: TableDef = {
  kind: 'table',
  id: 'lavterskel-utvikling',
  chapter: 'tilbud',
  compute: (input) =>
    yearTable(input, {
      id: 'lavterskel-utvikling',
      question: 'LAVTERSKEL',
      title: (span) => `Andre lavterskeltilbud innen psykisk helse- og rusarbeid. Andel kommuner og bydeler, ${span}`,
    }),
};
