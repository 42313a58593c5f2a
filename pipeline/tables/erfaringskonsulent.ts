// Survey ERFARINGSKONSULENT: employed erfaringskonsulenter (peer workers) — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const erfaringskonsulentTable: TableDef = {
  kind: 'table',
  id: 'erfaringskonsulent',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'erfaringskonsulent',
      question: 'ERFARINGSKONSULENT',
      title: `Ansatte erfaringskonsulenter etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const erfaringskonsulentByYearTable: TableDef = {
  kind: 'table',
  id: 'erfaringskonsulent-utvikling',
  chapter: 'samarbeid',
  compute: (input) =>
    yearTable(input, {
      id: 'erfaringskonsulent-utvikling',
      question: 'ERFARINGSKONSULENT',
      title: (span) => `Ansatte erfaringskonsulenter. Andel kommuner og bydeler, ${span}`,
    }),
};
