// Grouped bars: årsverk per 10 000 in the target group by fylke, voksne and barn og unge, with the whole country.
import { byFylke, nationalSum } from '../aggregate/index.ts';
import type { ComputeInput, FigureDef, FigureModel } from '../registry/types.ts';
import { figureModel } from './common.ts';
import { rateBars } from './size-rates.ts';

function computeFylkeRates(input: ComputeInput): FigureModel {
  const { panel, reference, reportYear } = input;
  const groups = [...byFylke(panel, reference, reportYear), nationalSum(panel, reference, reportYear)];
  return figureModel(input, {
    id: 'fylke-rates',
    title: `Årsverk per 10 000 innbyggere i målgruppen etter fylke, ${reportYear}`,
    chart: rateBars(groups, 'Fylke'),
    notes: [
      'Voksne: per 10 000 innbyggere 18 år og over. Barn og unge: per 10 000 innbyggere 0–17 år. Oslo regnes på folketallet i hele Oslo kommune.',
    ],
  });
}

export const fylkeRates: FigureDef = { kind: 'figure', id: 'fylke-rates', chapter: 'fylke', compute: computeFylkeRates };
