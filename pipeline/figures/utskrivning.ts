// Survey UTSKRIVNING: problems serving patients ready for discharge by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const utskrivningFigure: FigureDef = {
  kind: 'figure',
  id: 'utskrivning',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'utskrivning',
      question: 'UTSKRIVNING',
      title: `Problemer med å gi nødvendige tjenester til utskrivningsklare pasienter etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'diverging',
    }),
};
