// Survey RPH: Rask psykisk helsehjelp (own, inter-municipal, none) — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const rphTable: TableDef = {
  kind: 'table',
  id: 'rph',
  chapter: 'tilbud',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'rph',
      question: 'RPH',
      title: `Rask psykisk helsehjelp etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const rphByYearTable: TableDef = {
  kind: 'table',
  id: 'rph-utvikling',
  chapter: 'tilbud',
  compute: (input) =>
    yearTable(input, {
      id: 'rph-utvikling',
      question: 'RPH',
      title: (span) => `Rask psykisk helsehjelp. Andel kommuner og bydeler, ${span}`,
    }),
};
