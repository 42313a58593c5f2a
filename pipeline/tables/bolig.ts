// Survey BOLIG: the housing situation of the target group — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const boligTable: TableDef = {
  kind: 'table',
  id: 'bolig',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'bolig',
      question: 'BOLIG',
      title: `Vurdering av boligsituasjonen for målgruppen etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const boligByYearTable: TableDef = {
  kind: 'table',
  id: 'bolig-utvikling',
  chapter: 'samarbeid',
  compute: (input) =>
    yearTable(input, {
      id: 'bolig-utvikling',
      question: 'BOLIG',
      title: (span) => `Vurdering av boligsituasjonen for målgruppen. Andel kommuner og bydeler, ${span}`,
    }),
};
