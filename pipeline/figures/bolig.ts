// Survey BOLIG: the housing situation of the target group by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const boligFigure: FigureDef = {
  kind: 'figure',
  id: 'bolig',
  chapter: 'samarbeid',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'bolig',
      question: 'BOLIG',
      title: `Vurdering av boligsituasjonen for målgruppen etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'diverging',
    }),
};
