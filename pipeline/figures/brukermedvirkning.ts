// Survey BRUKERMEDVIRKNING: user involvement in developing services by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const brukermedvirkningFigure: FigureDef = {
  kind: 'figure',
  id: 'brukermedvirkning',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'brukermedvirkning',
      question: 'BRUKERMEDVIRKNING',
      title: `Brukerne involveres når tjenestene utvikles etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'categorical',
    }),
};
