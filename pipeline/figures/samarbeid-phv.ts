// Survey SAMARBEID_PHV: cooperation with psykisk helsevern on forløp 3 by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const samarbeidPhvFigure: FigureDef = {
  kind: 'figure',
  id: 'samarbeid-phv',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'samarbeid-phv',
      question: 'SAMARBEID_PHV',
      title: `Samarbeidet med psykisk helsevern om personer i forløp 3 etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'diverging',
    }),
};
