// Survey ENDRING_PERSONELL: changes in the use of personnel — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const endringPersonellTable: TableDef = {
  kind: 'table',
  id: 'endring-personell',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'endring-personell',
      question: 'ENDRING_PERSONELL',
      title: `Endringer i bruken av personalressurser i tjenestene etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const endringPersonellByYearTable: TableDef = {
  kind: 'table',
  id: 'endring-personell-utvikling',
  chapter: 'samarbeid',
  compute: (input) =>
    yearTable(input, {
      id: 'endring-personell-utvikling',
      question: 'ENDRING_PERSONELL',
      title: (span) => `Endringer i bruken av personalressurser i tjenestene. Andel kommuner og bydeler, ${span}`,
    }),
};
