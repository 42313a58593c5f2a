// Survey FACT: multidisciplinary outreach teams (ACT/FACT) by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const factFigure: FigureDef = {
  kind: 'figure',
  id: 'fact',
  chapter: 'tilbud',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'fact',
      question: 'FACT',
      title: `Flerfaglige oppsøkende team (ACT, FACT eller FACT ung) etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'categorical',
      shortLabels: { '2': 'Ja, sammen med andre' },
    }),
};
