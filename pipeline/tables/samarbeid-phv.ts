// Survey SAMARBEID_PHV: cooperation with psykisk helsevern on forløp 3 — share of units by size group in the report year, and nationally by year.
import type { TableDef } from '../registry/types.ts';
import { sizeGroupTable, yearTable } from '../survey/index.ts';

export const samarbeidPhvTable: TableDef = {
  kind: 'table',
  id: 'samarbeid-phv',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupTable(input, {
      id: 'samarbeid-phv',
      question: 'SAMARBEID_PHV',
      title: `Samarbeidet med psykisk helsevern om personer i forløp 3 etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
    }),
};

export const samarbeidPhvByYearTable: TableDef = {
  kind: 'table',
  id: 'samarbeid-phv-utvikling',
  chapter: 'samarbeid',
  compute: (input) =>
    yearTable(input, {
      id: 'samarbeid-phv-utvikling',
      question: 'SAMARBEID_PHV',
      title: (span) => `Samarbeidet med psykisk helsevern om personer i forløp 3. Andel kommuner og bydeler, ${span}`,
    }),
};
