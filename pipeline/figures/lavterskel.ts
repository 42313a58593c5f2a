// Survey LAVTERSKEL: other low-threshold offers by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const lavterskelFigure: FigureDef = {
  kind: 'figure',
  id: 'lavterskel',
  chapter: 'tilbud',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'lavterskel',
      question: 'LAVTERSKEL',
      title: `Andre lavterskeltilbud innen psykisk helse- og rusarbeid etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'categorical',
    }),
};
