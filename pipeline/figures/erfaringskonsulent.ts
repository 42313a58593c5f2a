// Survey ERFARINGSKONSULENT: employed erfaringskonsulenter (peer workers) by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const erfaringskonsulentFigure: FigureDef = {
  kind: 'figure',
  id: 'erfaringskonsulent',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'erfaringskonsulent',
      question: 'ERFARINGSKONSULENT',
      title: `Ansatte erfaringskonsulenter etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'categorical',
    }),
};
