// Survey OH_DOGN: acute 24-hour places (øyeblikkelig hjelp døgnopphold) — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const ohDognTable: TableDef = {
  kind: 'table',
  id: 'oh-dogn',
  chapter: 'tilbud',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'oh-dogn',
      question: 'OH_DOGN',
      title: `Øyeblikkelig hjelp døgnopphold for personer med psykiske helse- og rusproblemer etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const ohDognByYearTable: TableDef = {
  kind: 'table',
  id: 'oh-dogn-utvikling',
  chapter: 'tilbud',
  compute: (input) =>
    yearTable(input, {
      id: 'oh-dogn-utvikling',
      question: 'OH_DOGN',
      title: (span) => `Øyeblikkelig hjelp døgnopphold for personer med psykiske helse- og rusproblemer. Andel kommuner og bydeler, ${span}`,
    }),
};
