// Survey ENDRING_PERSONELL: changes in the use of personnel by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const endringPersonellFigure: FigureDef = {
  kind: 'figure',
  id: 'endring-personell',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'endring-personell',
      question: 'ENDRING_PERSONELL',
      title: `Endringer i bruken av personalressurser i tjenestene etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'categorical',
    }),
};
