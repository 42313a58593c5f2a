// Survey FACT: multidisciplinary outreach teams (ACT/FACT) — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const factTable: TableDef = {
  kind: 'table',
  id: 'fact',
  chapter: 'tilbud',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'fact',
      question: 'FACT',
      title: `Flerfaglige oppsøkende team (ACT, FACT eller FACT ung) etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const factByYearTable: TableDef = {
  kind: 'table',
  id: 'fact-utvikling',
  chapter: 'tilbud',
  compute: (input) =>
    yearTable(input, {
      id: 'fact-utvikling',
      question: 'FACT',
      title: (span) => `Flerfaglige oppsøkende team (ACT, FACT eller FACT ung). Andel kommuner og bydeler, ${span}`,
    }),
};
