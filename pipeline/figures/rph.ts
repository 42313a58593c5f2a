// Survey RPH: Rask psykisk helsehjelp (own, inter-municipal, none) by size group in the report year, as 100 % stacked bars with n on each bar.
import type { FigureDef } from '../registry/types.ts';
import { sizeGroupFigure } from '../survey/index.ts';

export const rphFigure: FigureDef = {
  kind: 'figure',
  id: 'rph',
  chapter: 'tilbud',
  compute: (input) =>
    sizeGroupFigure(input, {
      id: 'rph',
      question: 'RPH',
      title: `Rask psykisk helsehjelp etter kommunestørrelse. Andel kommuner og bydeler, ${input.reportYear}`,
      scheme: 'categorical',
    }),
};
