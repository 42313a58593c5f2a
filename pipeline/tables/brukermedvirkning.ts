// Survey BRUKERMEDVIRKNING: user involvement in developing services — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const brukermedvirkningTable: TableDef = {
  kind: 'table',
  id: 'brukermedvirkning',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'brukermedvirkning',
      question: 'BRUKERMEDVIRKNING',
      title: `Brukerne involveres når tjenestene utvikles etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const brukermedvirkningByYearTable: TableDef = {
  kind: 'table',
  id: 'brukermedvirkning-utvikling',
  chapter: 'samarbeid',
  compute: (input) =>
    yearTable(input, {
      id: 'brukermedvirkning-utvikling',
      question: 'BRUKERMEDVIRKNING',
      title: (span) => `Brukerne involveres når tjenestene utvikles. Andel kommuner og bydeler, ${span}`,
    }),
};
