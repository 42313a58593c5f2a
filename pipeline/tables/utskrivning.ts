// Survey UTSKRIVNING: problems serving patients ready for discharge — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const utskrivningTable: TableDef = {
  kind: 'table',
  id: 'utskrivning',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'utskrivning',
      question: 'UTSKRIVNING',
      title: `Problemer med å gi nødvendige tjenester til utskrivningsklare pasienter etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const utskrivningByYearTable: TableDef = {
  kind: 'table',
  id: 'utskrivning-utvikling',
  chapter: 'samarbeid',
  compute: (input) =>
    yearTable(input, {
      id: 'utskrivning-utvikling',
      question: 'UTSKRIVNING',
      title: (span) => `Problemer med å gi nødvendige tjenester til utskrivningsklare pasienter. Andel kommuner og bydeler, ${span}`,
    }),
};
