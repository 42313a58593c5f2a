// Survey OH_DOGN: acute 24-hour places (øyeblikkelig hjelp døgnopphold) by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const ohDognFigure: FigureDef = {
  kind: 'figure',
  id: 'oh-dogn',
  chapter: 'tilbud',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'oh-dogn',
      question: 'OH_DOGN',
      title: `Øyeblikkelig hjelp døgnopphold for personer med psykiske helse- og rusproblemer etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'categorical',
    }),
};
